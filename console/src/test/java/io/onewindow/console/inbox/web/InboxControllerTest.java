package io.onewindow.console.inbox.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
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

import io.onewindow.console.gateway.ServiceGateway;
import io.onewindow.console.gateway.ServiceProblem;
import io.onewindow.console.inbox.InboxCalls;
import io.onewindow.console.support.Staff;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class InboxControllerTest {

    private static final String CASE_ID = "0b6c3f0e-1d2a-4c5b-8e9f-112233445566";
    private static final String FILE_ID = "65a1b2c3d4e5f60718293a4b";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InboxCalls calls;

    @Test
    void theApproverSeesTheAcceptedCasesNearestDueDateFirstWithTheirClock() throws Exception {
        when(calls.acceptedCases())
                .thenReturn(List.of(
                        accepted("aaaa", "SP-2026-000002", "2026-03-20", 8, false, null),
                        accepted("bbbb", "SP-2026-000001", "2026-03-02", -1, true, "review")));

        String page = mvc.perform(get("/console/inbox").with(Staff.approver()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审批待办")))
                .andExpect(content().string(containsString("共 <strong>2</strong> 件")))
                .andExpect(content().string(containsString("临时推算")))
                .andExpect(content().string(containsString("已超期")))
                .andExpect(content().string(containsString("href=\"/console/inbox/cases/bbbb\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the overdue case, due 2026-03-02, before the one due 2026-03-20, whatever order the service gave
        org.assertj.core.api.Assertions.assertThat(page.indexOf("SP-2026-000001"))
                .isLessThan(page.indexOf("SP-2026-000002"));
        org.assertj.core.api.Assertions.assertThat(page).contains("class=\"overdue\"");
    }

    @Test
    void aCaseDueLaterIsNotMarkedOverdueNorProvisional() throws Exception {
        when(calls.acceptedCases())
                .thenReturn(List.of(accepted("aaaa", "SP-2026-000002", "2026-03-20", 8, false, null)));

        mvc.perform(get("/console/inbox").with(Staff.approver()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("已超期"))))
                .andExpect(content().string(not(containsString("临时推算"))))
                .andExpect(content().string(containsString("作出决定")));
    }

    @Test
    void onlyApproversOpenTheInbox() throws Exception {
        for (RequestPostProcessor other :
                List.of(Staff.officer(), Staff.inspector(), Staff.citizen(), Staff.catalogAdmin())) {
            mvc.perform(get("/console/inbox").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/inbox/cases/" + CASE_ID).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/approval")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(calls);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/console/inbox"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
        verifyNoInteractions(calls);
    }

    @Test
    void theCasePageShowsTheFileMaterialsHistoryAndTheNextStepsForm() throws Exception {
        when(calls.caseFile(CASE_ID)).thenReturn(caseFile("review"));

        mvc.perform(get("/console/inbox/cases/" + CASE_ID).with(Staff.approver()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("食品经营许可")))
                .andExpect(content().string(containsString("广州番禺示例科技有限公司")))
                .andExpect(content().string(containsString("9144**********0166")))
                .andExpect(content().string(containsString("目录第 <span>3</span> 版")))
                .andExpect(content()
                        .string(containsString("href=\"/console/inbox/cases/" + CASE_ID + "/files/" + FILE_ID + "\"")))
                .andExpect(content().string(containsString("一次性告知补正")))
                .andExpect(content().string(containsString("2026-02-13 10:00")))
                .andExpect(content().string(containsString("完成本环节")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("准予许可</button>"))));
    }

    @Test
    void afterEveryStepTheApproverMayApproveOrDenyWithAReason() throws Exception {
        when(calls.caseFile(CASE_ID)).thenReturn(caseFile(null));

        mvc.perform(get("/console/inbox/cases/" + CASE_ID).with(Staff.approver()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("准予许可</button>")))
                .andExpect(content().string(containsString("不予许可的理由（必填）")))
                .andExpect(content().string(not(containsString("完成本环节"))));
    }

    @Test
    void aMaterialIsStreamedAsAnAttachmentWithTheServicesContentType() throws Exception {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        doAnswer(invocation -> {
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(MediaType.APPLICATION_PDF);
                    // even if a service said inline, the console hands it out as a download
                    headers.set(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "inline; filename*=UTF-8''%E5%B9%B3%E9%9D%A2%E5%9B%BE.pdf");
                    headers.setContentLength(pdf.length);
                    ServiceGateway.Download sink = invocation.getArgument(2);
                    sink.accept(headers, new ByteArrayInputStream(pdf));
                    return null;
                })
                .when(calls)
                .material(eq(CASE_ID), eq(FILE_ID), any());

        mvc.perform(get("/console/inbox/cases/" + CASE_ID + "/files/" + FILE_ID).with(Staff.approver()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION, containsString("%E5%B9%B3%E9%9D%A2%E5%9B%BE.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void aMaterialTheServiceRefusesShowsItsProblem() throws Exception {
        doAnswer(invocation -> {
                    throw new ServiceProblem(404, "case", "办件不存在", "没有这个办件或您无权查看。", List.of());
                })
                .when(calls)
                .material(eq(CASE_ID), eq(FILE_ID), any());

        mvc.perform(get("/console/inbox/cases/" + CASE_ID + "/files/" + FILE_ID).with(Staff.approver()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("办件不存在")));
    }

    @Test
    void completingAStepSendsTheStepAndTheOpinion() throws Exception {
        when(calls.completeStep(CASE_ID, "review", "材料齐全")).thenReturn(caseFile("decide"));

        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/steps")
                        .with(Staff.approver())
                        .with(csrf())
                        .param("stepCode", "review")
                        .param("opinion", "材料齐全"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/inbox/cases/" + CASE_ID));
        verify(calls).completeStep(CASE_ID, "review", "材料齐全");
    }

    @Test
    void anActionWithoutTheFormsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/steps")
                        .with(Staff.approver())
                        .param("stepCode", "review"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/approval").with(Staff.approver()))
                .andExpect(status().isForbidden());
        verify(calls, never()).completeStep(anyString(), anyString(), any());
        verify(calls, never()).approve(anyString());
    }

    @Test
    void approvingThroughHtmxAnswersTheCaseAsTheServiceNowHasIt() throws Exception {
        Map<String, Object> approved = caseFile(null);
        approved.put("state", "APPROVED");
        when(calls.approve(CASE_ID)).thenReturn(approved);

        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/approval")
                        .with(Staff.approver())
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已作出准予许可决定。")))
                .andExpect(content().string(containsString("id=\"case\"")))
                .andExpect(content().string(not(containsString("<html"))));
        verify(calls).approve(CASE_ID);
    }

    @Test
    void aDenialSendsTheReasonAndTheLegalBasis() throws Exception {
        when(calls.deny(CASE_ID, "场所不符合要求", "《食品经营许可管理办法》第十一条")).thenReturn(caseFile(null));

        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/denial")
                        .with(Staff.approver())
                        .with(csrf())
                        .param("reason", "场所不符合要求")
                        .param("legalBasis", "《食品经营许可管理办法》第十一条"))
                .andExpect(status().isFound());
        verify(calls).deny(CASE_ID, "场所不符合要求", "《食品经营许可管理办法》第十一条");
    }

    @Test
    void extensionSuspensionAndResumptionSendWhatTheServiceRequires() throws Exception {
        when(calls.extend(CASE_ID, 5, "需现场核查")).thenReturn(caseFile(null));
        when(calls.suspend(CASE_ID, "EXPERT_REVIEW", "专家评审", 3)).thenReturn(caseFile(null));
        when(calls.resume(CASE_ID)).thenReturn(caseFile(null));

        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/extension")
                        .with(Staff.approver())
                        .with(csrf())
                        .param("workingDays", "5")
                        .param("reason", "需现场核查"))
                .andExpect(status().isFound());
        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/suspensions")
                        .with(Staff.approver())
                        .with(csrf())
                        .param("procedure", "EXPERT_REVIEW")
                        .param("reason", "专家评审")
                        .param("expectedWorkingDays", "3"))
                .andExpect(status().isFound());
        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/resumption")
                        .with(Staff.approver())
                        .with(csrf()))
                .andExpect(status().isFound());
        verify(calls).extend(CASE_ID, 5, "需现场核查");
        verify(calls).suspend(CASE_ID, "EXPERT_REVIEW", "专家评审", 3);
        verify(calls).resume(CASE_ID);
    }

    @Test
    void aRefusalOfTheServiceIsShownInTheProblemAreaOfThePage() throws Exception {
        when(calls.extend(CASE_ID, 3, "再次延期"))
                .thenThrow(new ServiceProblem(409, "clock.already-extended", "期限已延长过", "审批期限只能延长一次。", List.of()));

        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/extension")
                        .with(Staff.approver())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("workingDays", "3")
                        .param("reason", "再次延期"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("期限已延长过")))
                .andExpect(content().string(containsString("审批期限只能延长一次。")));
        mvc.perform(post("/console/inbox/cases/" + CASE_ID + "/extension")
                        .with(Staff.approver())
                        .with(csrf())
                        .param("workingDays", "3")
                        .param("reason", "再次延期"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("期限已延长过")));
    }

    private static Map<String, Object> accepted(
            String id, String number, String promisedDue, int daysLeft, boolean provisional, String nextStep) {
        Map<String, Object> clock = new HashMap<>();
        clock.put("promisedDueDate", promisedDue);
        clock.put("statutoryDueDate", "2026-04-10");
        clock.put("promisedWorkingDaysLeft", daysLeft);
        clock.put("statutoryWorkingDaysLeft", 15);
        clock.put("promisedDueDateProvisional", provisional);
        clock.put("statutoryDueDateProvisional", false);
        clock.put("suspended", false);
        clock.put("provisionalNote", provisional ? "临时推算：所涉年份的国务院放假安排尚未发布" : null);
        Map<String, Object> c = new HashMap<>();
        c.put("id", id);
        c.put("caseNumber", number);
        c.put("matterName", "食品经营许可");
        c.put("state", "ACCEPTED");
        c.put("applicant", Map.of("type", "ENTERPRISE", "name", "广州番禺示例科技有限公司", "maskedCode", "9144**********0166"));
        c.put("nextStep", nextStep);
        c.put("clock", clock);
        return c;
    }

    private static Map<String, Object> caseFile(String nextStep) {
        Map<String, Object> c = accepted(CASE_ID, "SP-2026-000001", "2026-03-02", 3, false, nextStep);
        c.put("matterCode", "MR-SP-001");
        c.put("matterVersion", 3);
        c.put("department", "market-regulation");
        c.put("channel", "ONLINE");
        c.put("receivedAt", "2026-02-13T10:00:00+08:00");
        c.put("acceptedAt", "2026-02-16T09:30:00+08:00");
        c.put("acceptedAutomatically", false);
        c.put("formData", Map.of("经营者名称", "广州番禺示例科技有限公司"));
        c.put(
                "materials",
                List.of(
                        Map.of("materialCode", "layout", "fileId", FILE_ID, "fileName", "layout.pdf"),
                        Map.of(
                                "materialCode",
                                "business-license",
                                "licenseIdentifier",
                                "44-MR-0001",
                                "licenseCheck",
                                "VALID")));
        c.put(
                "corrections",
                List.of(Map.of(
                        "sequence",
                        1,
                        "items",
                        List.of(Map.of("materialCode", "safety-rules", "problem", "未提交食品安全管理制度")),
                        "by",
                        "officer1",
                        "at",
                        "2026-02-13T15:00:00+08:00")));
        @SuppressWarnings("unchecked")
        Map<String, Object> clock = (Map<String, Object>) c.get("clock");
        clock.put("workingDaysUsed", 7);
        clock.put("extensionWorkingDays", 0);
        clock.put("pauses", List.of());
        c.put("steps", List.of());
        return c;
    }
}
