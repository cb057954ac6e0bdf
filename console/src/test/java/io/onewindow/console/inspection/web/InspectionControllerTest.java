package io.onewindow.console.inspection.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.gateway.ServiceProblem;
import io.onewindow.console.inspection.InspectionCalls;
import io.onewindow.console.support.Staff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class InspectionControllerTest {

    private static final String ALERT_ID = "refusal.without-basis:CASE:0b6c3f0e-1d2a-4c5b-8e9f-112233445566";
    private static final String CASE_ID = "0b6c3f0e-1d2a-4c5b-8e9f-112233445566";
    private static final String COMPLAINT_ID = "7e57c0de-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InspectionCalls calls;

    @Test
    void theInspectorSeesTheAlertsOfTheRuleDepartmentAndStatusAsked() throws Exception {
        when(calls.alerts(4, "market-regulation", "OPEN", 1, 20)).thenReturn(page(List.of(alert("OPEN")), 21));

        mvc.perform(get("/console/inspection")
                        .with(Staff.inspector())
                        .param("rule", "4")
                        .param("department", "market-regulation")
                        .param("status", "OPEN")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("决定未写明法律依据")))
                .andExpect(content().string(containsString("规则 4：不予受理或不予许可缺少理由、依据")))
                .andExpect(content().string(containsString("严重")))
                .andExpect(content().string(containsString("共 <strong>21</strong> 条")))
                .andExpect(content().string(containsString("第 <span>2</span> / <span>2</span> 页")))
                .andExpect(content()
                        .string(containsString("rule=4&amp;department=market-regulation&amp;status=OPEN&amp;page=0")))
                .andExpect(content().string(containsString("/console/inspection/alert?id=refusal.without-basis")));
        verify(calls).alerts(4, "market-regulation", "OPEN", 1, 20);
    }

    @Test
    void withoutFiltersEveryAlertIsAsked() throws Exception {
        when(calls.alerts(null, null, null, 0, 20)).thenReturn(page(List.of(), 0));

        mvc.perform(get("/console/inspection").with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的预警")));
        verify(calls).alerts(null, null, null, 0, 20);
    }

    @Test
    void onlyInspectorsOpenTheDesk() throws Exception {
        for (RequestPostProcessor other :
                List.of(Staff.officer(), Staff.approver(), Staff.citizen(), Staff.platformAdmin())) {
            mvc.perform(get("/console/inspection").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/inspection/alert").param("id", ALERT_ID).with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/inspection/cases/" + CASE_ID).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/inspection/reviews").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/inspection/complaints").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/console/inspection/alert/status")
                            .with(other)
                            .with(csrf())
                            .param("id", ALERT_ID)
                            .param("status", "RESOLVED")
                            .param("note", "x"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(calls);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/console/inspection/reviews"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
        verifyNoInteractions(calls);
    }

    @Test
    void anAlertShowsItsEvidenceHistoryAndTheMovesItMayMake() throws Exception {
        Map<String, Object> acknowledged = alert("INVESTIGATING");
        acknowledged.put(
                "history",
                List.of(Map.of(
                        "from",
                        "ACKNOWLEDGED",
                        "to",
                        "INVESTIGATING",
                        "by",
                        "inspector1",
                        "at",
                        "2026-03-03T09:15:00+08:00",
                        "note",
                        "调取决定书")));
        when(calls.alert(ALERT_ID)).thenReturn(acknowledged);

        mvc.perform(get("/console/inspection/alert").param("id", ALERT_ID).with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("evt-denied-1")))
                .andExpect(content().string(containsString("调取决定书")))
                .andExpect(content().string(containsString("2026-03-03 09:15")))
                .andExpect(content().string(containsString("value=\"RESOLVED\"")))
                .andExpect(content().string(containsString("value=\"DISMISSED\"")))
                .andExpect(content().string(not(containsString("value=\"ACKNOWLEDGED\""))))
                .andExpect(content().string(containsString("href=\"/console/inspection/cases/" + CASE_ID + "\"")));
    }

    @Test
    void aClosedAlertOffersNoMove() throws Exception {
        when(calls.alert(ALERT_ID)).thenReturn(alert("RESOLVED"));

        mvc.perform(get("/console/inspection/alert").param("id", ALERT_ID).with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("提交处理"))));
    }

    @Test
    void movingAnAlertSendsTheStatusAndTheNoteAndShowsTheAnswer() throws Exception {
        when(calls.moveAlert(ALERT_ID, "RESOLVED", "已责令补正法律依据")).thenReturn(alert("RESOLVED"));

        mvc.perform(post("/console/inspection/alert/status")
                        .with(Staff.inspector())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("id", ALERT_ID)
                        .param("status", "RESOLVED")
                        .param("note", "已责令补正法律依据"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("预警已改为“已解决”。")))
                .andExpect(content().string(containsString("id=\"alert\"")));
        verify(calls).moveAlert(ALERT_ID, "RESOLVED", "已责令补正法律依据");
    }

    @Test
    void aMoveWithoutTheFormsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/console/inspection/alert/status")
                        .with(Staff.inspector())
                        .param("id", ALERT_ID)
                        .param("status", "RESOLVED")
                        .param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/inspection/complaints/" + COMPLAINT_ID + "/answer")
                        .with(Staff.inspector())
                        .param("reply", "x"))
                .andExpect(status().isForbidden());
        verify(calls, never()).moveAlert(anyString(), anyString(), anyString());
        verify(calls, never()).answerComplaint(anyString(), anyString());
    }

    @Test
    void anIllegalMoveIsShownAsTheServicesRefusal() throws Exception {
        when(calls.moveAlert(ALERT_ID, "RESOLVED", "直接解决"))
                .thenThrow(new ServiceProblem(409, "alert.illegal-transition", "预警状态不能这样变更", "待处理的预警须先确认。", List.of()));

        mvc.perform(post("/console/inspection/alert/status")
                        .with(Staff.inspector())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("id", ALERT_ID)
                        .param("status", "RESOLVED")
                        .param("note", "直接解决"))
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("预警状态不能这样变更")))
                .andExpect(content().string(containsString("待处理的预警须先确认。")));
    }

    @Test
    void aCaseTimelineShowsItsClockCardAndEvents() throws Exception {
        Map<String, Object> c = new HashMap<>();
        c.put("caseId", CASE_ID);
        c.put("caseNumber", "SP-2026-000001");
        c.put("matterCode", "MR-SP-001");
        c.put("matterVersion", 3);
        c.put("department", "market-regulation");
        c.put("state", "ACCEPTED");
        c.put("card", "RED");
        c.put("promisedDueDate", "2026-03-02");
        c.put("statutoryDueDate", "2026-03-16");
        c.put("promisedDueProvisional", false);
        c.put("statutoryDueProvisional", true);
        c.put("clockProvisional", true);
        c.put("workingDaysUsed", 11);
        c.put("workingDaysLeft", -1);
        c.put("pausedWorkingDays", 0);
        c.put(
                "timeline",
                List.of(Map.of(
                        "type",
                        "ApplicationAccepted",
                        "at",
                        "2026-02-16T09:30:00+08:00",
                        "actor",
                        "officer1",
                        "eventId",
                        "e1")));
        c.put("alertIds", List.of("deadline.overdue-promised:CASE:" + CASE_ID));
        when(calls.caseTimeline(CASE_ID)).thenReturn(c);

        mvc.perform(get("/console/inspection/cases/" + CASE_ID).with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("红牌")))
                .andExpect(content().string(containsString("2026-03-02")))
                .andExpect(content().string(containsString("临时推算")))
                .andExpect(content().string(containsString("受理")))
                .andExpect(content().string(containsString("2026-02-16 09:30")))
                .andExpect(content().string(containsString("deadline.overdue-promised:CASE:" + CASE_ID)));
    }

    @Test
    void aCaseSupervisionDoesNotKnowShowsTheRefusal() throws Exception {
        when(calls.caseTimeline(CASE_ID))
                .thenThrow(new ServiceProblem(404, "case.unknown", "办件不存在", "监察服务没有这个办件。", List.of()));

        mvc.perform(get("/console/inspection/cases/" + CASE_ID).with(Staff.inspector()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("监察服务没有这个办件。")));
    }

    @Test
    void theSamplingQueueOffersAFindingFormAndSendsTheFinding() throws Exception {
        Map<String, Object> review = new HashMap<>();
        review.put("caseId", CASE_ID);
        review.put("caseNumber", "SP-2026-000001");
        review.put("matterCode", "MR-SP-001");
        review.put("department", "market-regulation");
        review.put("outcome", "DENIED");
        review.put("decidedAt", "2026-03-01T16:00:00+08:00");
        review.put("decidedBy", "approver1");
        review.put("refusalReason", "场所不符合要求");
        review.put("correctionNotices", 1);
        when(calls.reviews(0, 20)).thenReturn(page(List.of(review), 1));
        when(calls.recordFinding(CASE_ID, "IRREGULAR", "WRONG_LEGAL_BASIS", "未写明依据"))
                .thenReturn(review);

        mvc.perform(get("/console/inspection/reviews").with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("场所不符合要求")))
                .andExpect(content().string(containsString("（未写明）")))
                .andExpect(content().string(containsString("记录复核结论")));
        mvc.perform(post("/console/inspection/reviews/" + CASE_ID + "/finding")
                        .with(Staff.inspector())
                        .with(csrf())
                        .param("finding", "IRREGULAR")
                        .param("category", "WRONG_LEGAL_BASIS")
                        .param("note", "未写明依据"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/inspection/reviews"));
        verify(calls).recordFinding(CASE_ID, "IRREGULAR", "WRONG_LEGAL_BASIS", "未写明依据");
    }

    @Test
    void complaintsAssignedToAnotherInspectorAreLeftOut() throws Exception {
        when(calls.complaints(null, "ASSIGNED", 0, 20))
                .thenReturn(page(
                        List.of(
                                complaint("c-mine", "inspector1", "窗口人员索要好处"),
                                complaint("c-free", null, "代办中介插队"),
                                complaint("c-other", "inspector2", "别人的投诉")),
                        3));

        mvc.perform(get("/console/inspection/complaints")
                        .param("status", "ASSIGNED")
                        .with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("窗口人员索要好处")))
                .andExpect(content().string(containsString("代办中介插队")))
                .andExpect(content().string(containsString("未分派")))
                .andExpect(content().string(not(containsString("别人的投诉"))));
    }

    @Test
    void aComplaintIsAssignedAnsweredAndClosedWithWhatTheServiceExpects() throws Exception {
        when(calls.complaint(COMPLAINT_ID)).thenReturn(complaint(COMPLAINT_ID, null, "窗口人员索要好处"));

        mvc.perform(get("/console/inspection/complaints/" + COMPLAINT_ID).with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("窗口人员索要好处")))
                .andExpect(content().string(containsString("value=\"inspector1\"")))
                .andExpect(content().string(containsString("答复投诉人")));
        mvc.perform(post("/console/inspection/complaints/" + COMPLAINT_ID + "/assign")
                        .with(Staff.inspector())
                        .with(csrf())
                        .param("assignee", "inspector1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/inspection/complaints/" + COMPLAINT_ID));
        mvc.perform(post("/console/inspection/complaints/" + COMPLAINT_ID + "/answer")
                        .with(Staff.inspector())
                        .with(csrf())
                        .param("reply", "已核实并处理"))
                .andExpect(status().isFound());
        mvc.perform(post("/console/inspection/complaints/" + COMPLAINT_ID + "/close")
                        .with(Staff.inspector())
                        .with(csrf())
                        .param("note", "投诉人无异议"))
                .andExpect(status().isFound());
        verify(calls).assignComplaint(COMPLAINT_ID, "inspector1");
        verify(calls).answerComplaint(COMPLAINT_ID, "已核实并处理");
        verify(calls).closeComplaint(COMPLAINT_ID, "投诉人无异议");
    }

    @Test
    void answeringAComplaintAssignedElsewhereShowsTheRefusal() throws Exception {
        when(calls.answerComplaint(COMPLAINT_ID, "答复"))
                .thenThrow(new ServiceProblem(
                        403, "complaint.assigned-elsewhere", "投诉已分派给其他监察人员", "只有承办人可以答复。", List.of()));

        mvc.perform(post("/console/inspection/complaints/" + COMPLAINT_ID + "/answer")
                        .with(Staff.inspector())
                        .with(csrf())
                        .param("reply", "答复"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("投诉已分派给其他监察人员")));
    }

    private static ResponseEntity<List<Map<String, Object>>> page(List<Map<String, Object>> items, long total) {
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(total))
                .body(items);
    }

    private static Map<String, Object> alert(String status) {
        Map<String, Object> a = new HashMap<>();
        a.put("id", ALERT_ID);
        a.put("ruleNumber", 4);
        a.put("ruleCode", "refusal.without-basis");
        a.put("severity", "SERIOUS");
        a.put("status", status);
        a.put("department", "market-regulation");
        a.put("caseId", CASE_ID);
        a.put("subjectType", "CASE");
        a.put("subjectId", CASE_ID);
        a.put("summary", "决定未写明法律依据");
        a.put("raisedAt", "2026-03-01T16:00:05+08:00");
        a.put("evidence", List.of("evt-denied-1"));
        a.put("details", Map.of());
        a.put("history", List.of());
        return a;
    }

    private static Map<String, Object> complaint(String id, String assignee, String text) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("id", id);
        complaint.put("text", text);
        complaint.put("status", assignee == null ? "OPEN" : "ASSIGNED");
        complaint.put("department", "market-regulation");
        complaint.put("targetType", "OFFICER");
        complaint.put("targetId", "officer1");
        complaint.put("dueOn", "2026-03-20");
        complaint.put("dueProvisional", false);
        complaint.put("filedAt", "2026-03-02T11:00:00+08:00");
        Map<String, Object> view = new HashMap<>();
        view.put("complaint", complaint);
        view.put("assignee", assignee);
        view.put("concerning", List.of("officer1"));
        view.put("routedBecause", "涉及工作人员作风");
        view.put("history", List.of());
        return view;
    }
}
