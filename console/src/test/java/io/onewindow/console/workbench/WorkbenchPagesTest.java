package io.onewindow.console.workbench;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import io.onewindow.console.support.Staff;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The window officer's workbench: pages per role, what the (faked) services answer, what the forms send. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class WorkbenchPagesTest {

    private static final String POINT = "hall-business-registration";
    private static final String QUEUE = "/console/workbench/queue?point=" + POINT + "&window=B3";
    private static final String VALID_ID = "440113200002290028";
    /** The same number with a wrong GB 11643 check character. */
    private static final String WRONG_CHECK = "440113200002290027";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkbenchCalls calls;

    @BeforeEach
    void services() {
        when(calls.servicePoints())
                .thenReturn(List.of(Map.of("id", POINT, "name", "企业登记专区"), Map.of("id", "hall-tax", "name", "税务大厅")));
        when(calls.servicePoint(POINT))
                .thenReturn(Map.of(
                        "id",
                        POINT,
                        "name",
                        "企业登记专区",
                        "matters",
                        List.of(Map.of("code", "MR-ENT-REG", "name", "企业设立登记", "line", "B"))));
        when(calls.queue(POINT)).thenReturn(queue());
        when(calls.matter("MR-ENT-REG")).thenReturn(matter(false));
    }

    // ---- who may open the workbench

    @Test
    void anOfficerSeesTheTicketCalledToHisWindowAndTheWaitingListInCallingOrder() throws Exception {
        mvc.perform(get(QUEUE).with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企业登记专区 · B3 号窗口")))
                .andExpect(content().string(containsString("data-ticket=\"t-1\"")))
                .andExpect(content().string(containsString(">B001<")))
                .andExpect(content().string(containsString("2026-12-03 14:05")))
                .andExpect(content().string(containsString("B003→B2")))
                .andExpect(content().string(containsString("队列 B（等候 2 人）")))
                .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")))
                .andExpect(content().string(containsString("重呼")))
                .andExpect(content().string(containsString("办结/已到")))
                .andExpect(content().string(containsString("未到")));
        String page = mvc.perform(get(QUEUE).with(Staff.officer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // waiting in the order the service gave (the priority visitor first), not re-sorted
        org.assertj.core.api.Assertions.assertThat(page.indexOf(">B005<")).isLessThan(page.indexOf(">B002<"));
    }

    @Test
    void theTicketsCalledToAnotherWindowAreNotShownAsMine() throws Exception {
        mvc.perform(get(QUEUE).with(Staff.officer()))
                .andExpect(content().string(not(containsString("data-ticket=\"t-3\""))));
    }

    @Test
    void otherRolesAreRefusedAndNothingIsAsked() throws Exception {
        for (var who : List.of(Staff.approver(), Staff.inspector(), Staff.citizen(), Staff.platformAdmin())) {
            mvc.perform(get(QUEUE).with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/console/workbench/cases/c-1?point=" + POINT + "&window=B3")
                            .with(who))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/workbench/call")
                            .with(who)
                            .with(csrf())
                            .param("point", POINT)
                            .param("line", "B")
                            .param("window", "B3"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(calls);
    }

    @Test
    void withoutLoginTheWorkbenchStartsTheLogin() throws Exception {
        mvc.perform(get(QUEUE))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
        verifyNoInteractions(calls);
    }

    @Test
    void theOfficerChoosesAPointThenOneOfHisWindowsThere() throws Exception {
        mvc.perform(get("/console/workbench").with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + POINT + "\"")))
                .andExpect(content().string(containsString("税务大厅")));
        mvc.perform(get("/console/workbench/queue?point=" + POINT).with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"B1\">B1 号窗口</option>")))
                .andExpect(content().string(containsString("<option value=\"B3\">B3 号窗口</option>")));
        // a window he does not hold there is not taken: the choice again
        mvc.perform(get("/console/workbench/queue?point=" + POINT + "&window=B9")
                        .with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我所在的窗口")));
    }

    @Test
    void aPointWhereTheOfficerIsNotPostedShowsTheServicesRefusal() throws Exception {
        when(calls.queue("hall-tax"))
                .thenThrow(new ServiceProblem(403, "not-posted-here", "未在此处任职", "您未被安排在该服务网点的窗口。", List.of()));
        mvc.perform(get("/console/workbench/queue?point=hall-tax&window=T1").with(Staff.officer()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("未在此处任职")))
                .andExpect(content().string(containsString("您未被安排在该服务网点的窗口。")));
    }

    // ---- the live queue

    @Test
    void theLiveListIsAFragmentWithoutTheForms() throws Exception {
        mvc.perform(get("/console/workbench/queue/live?point=" + POINT + "&window=B3")
                        .with(Staff.officer())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">B001<")))
                .andExpect(content().string(not(containsString("预约码"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void callingSendsTheWindowForTheLineAndShowsTheNumberCalled() throws Exception {
        when(calls.callNext(POINT, "B", "B3")).thenReturn(ticket("t-5", "B005", "CALLED"));
        htmx(post("/console/workbench/call")
                        .param("point", POINT)
                        .param("line", "B")
                        .param("window", "B3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已叫号 B005，请到 B3 号窗口。")));
        verify(calls).callNext(POINT, "B", "B3");
    }

    @Test
    void callingWhenNobodyWaitsSaysSo() throws Exception {
        when(calls.callNext(POINT, "B", "B3")).thenReturn(Map.of());
        htmx(post("/console/workbench/call")
                        .param("point", POINT)
                        .param("line", "B")
                        .param("window", "B3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("队列 B 当前无人等候。")));
    }

    @Test
    void aCallWithoutTheCsrfTokenIsRefusedAndNothingIsCalled() throws Exception {
        mvc.perform(post("/console/workbench/call")
                        .with(Staff.officer())
                        .param("point", POINT)
                        .param("line", "B")
                        .param("window", "B3"))
                .andExpect(status().isForbidden());
        verify(calls, never()).callNext(anyString(), anyString(), anyString());
    }

    @Test
    void aCallRefusedByTheServiceIsShownInTheMessageArea() throws Exception {
        when(calls.callNext(POINT, "A", "B3"))
                .thenThrow(new ServiceProblem(403, "not-your-line", "不是您的队列", "B3 号窗口不能叫 A 队列的号。", List.of()));
        htmx(post("/console/workbench/call")
                        .param("point", POINT)
                        .param("line", "A")
                        .param("window", "B3"))
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("不是您的队列")))
                .andExpect(content().string(containsString("B3 号窗口不能叫 A 队列的号。")));
    }

    @Test
    void recallAndFinishSendTheTicketAndWhetherTheVisitorCame() throws Exception {
        Map<String, Object> recalled = ticket("t-1", "B001", "CALLED");
        when(calls.recall("t-1")).thenReturn(recalled);
        when(calls.finish("t-1", false)).thenReturn(ticket("t-1", "B001", "SERVED"));
        when(calls.finish("t-2", true)).thenReturn(ticket("t-2", "B004", "ABSENT"));
        htmx(post("/console/workbench/tickets/t-1/recall").param("point", POINT).param("window", "B3"))
                .andExpect(content().string(containsString("已重呼 B001。")));
        htmx(post("/console/workbench/tickets/t-1/finish")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("absent", "false"))
                .andExpect(content().string(containsString("B001 已办结。")));
        htmx(post("/console/workbench/tickets/t-2/finish")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("absent", "true"))
                .andExpect(content().string(containsString("B004 已记为未到。")));
        verify(calls).recall("t-1");
        verify(calls).finish("t-1", false);
        verify(calls).finish("t-2", true);
    }

    @Test
    void withoutHtmxAQueueActionComesBackToTheQueuePage() throws Exception {
        when(calls.finish("t-1", false)).thenReturn(ticket("t-1", "B001", "SERVED"));
        mvc.perform(post("/console/workbench/tickets/t-1/finish")
                        .with(Staff.officer())
                        .with(csrf())
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("absent", "false"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(QUEUE));
    }

    // ---- check-in and walk-in

    @Test
    void checkInSendsTheBookingCodeAndTheCardsNumberAndShowsTheTicket() throws Exception {
        when(calls.checkIn("AB12CD34EF", VALID_ID, true)).thenReturn(ticket("t-9", "B009", "WAITING"));
        htmx(post("/console/workbench/check-ins")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("bookingCode", " ab12cd34ef ")
                        .param("idNumber", VALID_ID)
                        .param("priority", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签到成功：B009")))
                .andExpect(content().string(containsString("等候中")));
        verify(calls).checkIn("AB12CD34EF", VALID_ID, true);
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterIsRefusedBeforeAnythingIsSent() throws Exception {
        htmx(post("/console/workbench/check-ins")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("bookingCode", "AB12CD34EF")
                        .param("idNumber", WRONG_CHECK))
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("身份证号码校验位不符（GB 11643）")));
        htmx(post("/console/workbench/walk-ins")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("matterCode", "MR-ENT-REG")
                        .param("idNumber", "44011320000229"))
                .andExpect(content().string(containsString("身份证号码应为18位")));
        verify(calls, never()).checkIn(anyString(), anyString(), anyBoolean());
        verify(calls, never()).walkIn(anyString(), anyString(), anyString(), anyBoolean());
    }

    @Test
    void anotherPersonsCardIsTheServicesRefusalShownToTheOfficer() throws Exception {
        when(calls.checkIn("AB12CD34EF", VALID_ID, false))
                .thenThrow(new ServiceProblem(
                        403, "check-in-identity-mismatch", "证件与预约人不符", "所持身份证与预约人不一致，不能签到。", List.of()));
        htmx(post("/console/workbench/check-ins")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("bookingCode", "AB12CD34EF")
                        .param("idNumber", VALID_ID))
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("证件与预约人不符")))
                .andExpect(content().string(containsString("所持身份证与预约人不一致，不能签到。")));
    }

    @Test
    void aWalkInTicketIsForTheChosenMatterAtThisPoint() throws Exception {
        when(calls.walkIn(POINT, "MR-ENT-REG", VALID_ID, false)).thenReturn(ticket("t-8", "B008", "WAITING"));
        htmx(post("/console/workbench/walk-ins")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("matterCode", "MR-ENT-REG")
                        .param("idNumber", VALID_ID))
                .andExpect(content().string(containsString("已取号：B008")));
        verify(calls).walkIn(POINT, "MR-ENT-REG", VALID_ID, false);
    }

    // ---- receiving a case

    @Test
    void aTicketShowsTheMattersMaterialsAsAChecklistAndTheReceptionForm() throws Exception {
        when(calls.ticket("t-1")).thenReturn(ticket("t-1", "B001", "CALLED"));
        mvc.perform(get("/console/workbench/tickets/t-1?point=" + POINT + "&window=B3")
                        .with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("号票 B001")))
                .andExpect(content().string(containsString("材料清单：企业设立登记")))
                .andExpect(content().string(containsString("公司章程")))
                .andExpect(content().string(containsString("住所使用证明")))
                .andExpect(content().string(containsString("收件并生成办件")));
    }

    @Test
    void receivingSendsTheTicketTheWindowTheMatterAndTheApplicantThenOpensTheCase() throws Exception {
        when(calls.ticket("t-1")).thenReturn(ticket("t-1", "B001", "SERVED"));
        when(calls.receive("t-1", "B3", "MR-ENT-REG", "李晓雯", VALID_ID))
                .thenReturn(Map.of("id", "c-1", "caseNumber", "MR-20261203-000001"));
        htmx(post("/console/workbench/tickets/t-1/case")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("principalName", " 李晓雯 ")
                        .param("principalIdNumber", VALID_ID))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("HX-Redirect", "/console/workbench/cases/c-1?point=" + POINT + "&window=B3"));
        verify(calls).receive("t-1", "B3", "MR-ENT-REG", "李晓雯", VALID_ID);
    }

    @Test
    void aLinkedTicketIsReceivedAsOneLinkedFilingWithAPartPerMatter() throws Exception {
        Map<String, Object> linked = ticket("t-7", "A003", "SERVED");
        linked.put("linkedBusiness", "HOUSING-TRANSFER");
        linked.put(
                "linkedParts",
                List.of(
                        Map.of(
                                "bookingId",
                                "b1",
                                "matterCode",
                                "RE-TRANSFER-REG",
                                "department",
                                "real-estate-registration"),
                        Map.of("bookingId", "b2", "matterCode", "TAX-HOUSING-DEED", "department", "tax")));
        when(calls.ticket("t-7")).thenReturn(linked);
        when(calls.receiveLinked(any(), any(), any(), any(), any()))
                .thenReturn(Map.of("linkedNumber", "LB-20261203-000001", "parts", List.of(Map.of("id", "c-7"))));
        htmx(post("/console/workbench/tickets/t-7/case")
                        .param("point", "panyu-district-center")
                        .param("window", "1")
                        .param("principalName", "李晓雯")
                        .param("principalIdNumber", VALID_ID))
                .andExpect(header().string(
                                "HX-Redirect", "/console/workbench/cases/c-7?point=panyu-district-center&window=1"));
        verify(calls).receiveLinked("t-7", "1", List.of("RE-TRANSFER-REG", "TAX-HOUSING-DEED"), "李晓雯", VALID_ID);
        verify(calls, never()).receive(any(), any(), any(), any(), any());
    }

    @Test
    void aVisitTheServiceRefusesToReceiveShowsWhy() throws Exception {
        when(calls.ticket("t-1")).thenReturn(ticket("t-1", "B001", "SERVED"));
        when(calls.receive(any(), any(), any(), any(), any()))
                .thenThrow(new ServiceProblem(
                        409, "counter.visitor-mismatch", "申请人与到场人不符", "申请人的身份证号码与签到时的证件不一致。", List.of()));
        htmx(post("/console/workbench/tickets/t-1/case")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("principalName", "李晓雯")
                        .param("principalIdNumber", VALID_ID))
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(content().string(containsString("申请人与到场人不符")));
    }

    // ---- the case at the counter

    @Test
    void aCaseShowsItsClockWithProvisionalDatesMarkedAndTheCatalogsMaterialsToCorrect() throws Exception {
        when(calls.caseOf("c-1")).thenReturn(caseInPreReview());
        mvc.perform(get("/console/workbench/cases/c-1?point=" + POINT + "&window=B3")
                        .with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办件 MR-20261203-000001")))
                .andExpect(content().string(containsString("预审中")))
                .andExpect(content().string(containsString("2027-01-05")))
                .andExpect(content().string(containsString("临时推算</span>")))
                .andExpect(content().string(containsString("（剩余 3 个工作日）")))
                .andExpect(content().string(containsString("id=\"material-articles\"")))
                // pre-review found the articles missing: ticked, with the problem written
                .andExpect(content().string(containsString("value=\"articles\" checked")))
                .andExpect(content().string(containsString("发出一次性告知")))
                .andExpect(content().string(containsString(">受理</button>")))
                .andExpect(content().string(containsString("不予受理")))
                .andExpect(content().string(not(containsString("当场受理并作出决定"))));
    }

    @Test
    void theOnTheSpotDecisionIsOfferedOnlyWhereTheMatterAllowsIt() throws Exception {
        when(calls.caseOf("c-1")).thenReturn(caseInPreReview());
        when(calls.matter("MR-ENT-REG")).thenReturn(matter(true));
        mvc.perform(get("/console/workbench/cases/c-1?point=" + POINT + "&window=B3")
                        .with(Staff.officer()))
                .andExpect(content().string(containsString("当场受理并作出决定")));
        when(calls.decideOnTheSpot("c-1")).thenReturn(Map.of("id", "c-1"));
        htmx(post("/console/workbench/cases/c-1/on-the-spot-decision")
                        .param("point", POINT)
                        .param("window", "B3"))
                .andExpect(header().exists("HX-Redirect"));
        verify(calls).decideOnTheSpot("c-1");
    }

    @Test
    void theCorrectionNoticeListsEveryChosenMaterialWithItsProblemAtOnce() throws Exception {
        when(calls.correct(any(), any(), any())).thenReturn(Map.of("id", "c-1"));
        htmx(post("/console/workbench/cases/c-1/corrections")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("material", "articles", "premises")
                        .param("problem-articles", "未提交")
                        .param("problem-premises", "租赁合同已过期")
                        .param("problem-id-card", "not chosen, not sent"))
                .andExpect(
                        header().string("HX-Redirect", "/console/workbench/cases/c-1?point=" + POINT + "&window=B3"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("articles", "未提交");
        expected.put("premises", "租赁合同已过期");
        verify(calls).correct("c-1", expected, null);
    }

    @Test
    void aCorrectionNoticeNeedsAMaterialAndAProblemForEach() throws Exception {
        htmx(post("/console/workbench/cases/c-1/corrections")
                        .param("point", POINT)
                        .param("window", "B3"))
                .andExpect(content().string(containsString("请至少选择一项需要补正的材料。")));
        htmx(post("/console/workbench/cases/c-1/corrections")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("material", "premises")
                        .param("problem-premises", "  "))
                .andExpect(content().string(containsString("请写明材料「premises」的问题。")));
        verify(calls, never()).correct(any(), any(), any());
    }

    @Test
    void acceptRefuseAndDeliverSendWhatTheServiceNeeds() throws Exception {
        when(calls.accept("c-1")).thenReturn(Map.of());
        when(calls.refuse(any(), any(), any())).thenReturn(Map.of());
        when(calls.deliver(any(), any(), any(), any())).thenReturn(Map.of());
        htmx(post("/console/workbench/cases/c-1/acceptance")
                        .param("point", POINT)
                        .param("window", "B3"))
                .andExpect(header().exists("HX-Redirect"));
        htmx(post("/console/workbench/cases/c-1/refusal")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("reason", "不属于本机关职权范围")
                        .param("legalBasis", "《行政许可法》第三十二条第一款第二项"))
                .andExpect(header().exists("HX-Redirect"));
        htmx(post("/console/workbench/cases/c-1/completion")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("collectorIdNumber", VALID_ID))
                .andExpect(header().exists("HX-Redirect"));
        verify(calls).accept("c-1");
        verify(calls).refuse("c-1", "不属于本机关职权范围", "《行政许可法》第三十二条第一款第二项");
        verify(calls).deliver("c-1", POINT, "B3", VALID_ID);
    }

    @Test
    void aRefusalToAcceptTheServiceDeclinesIsShownWithItsFields() throws Exception {
        when(calls.refuse(any(), any(), any()))
                .thenThrow(new ServiceProblem(
                        400,
                        "validation",
                        "请求有误",
                        "请更正下列字段。",
                        List.of(new ServiceProblem.FieldError("legalBasis", "不能为空"))));
        htmx(post("/console/workbench/cases/c-1/refusal")
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("reason", "理由")
                        .param("legalBasis", "依据"))
                .andExpect(content().string(containsString("请求有误")))
                .andExpect(content().string(containsString("legalBasis")))
                .andExpect(content().string(containsString("不能为空")));
    }

    @Test
    void caseActionsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/console/workbench/cases/c-1/acceptance")
                        .with(Staff.officer())
                        .param("point", POINT)
                        .param("window", "B3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/workbench/check-ins")
                        .with(Staff.officer())
                        .param("point", POINT)
                        .param("window", "B3")
                        .param("bookingCode", "AB12CD34EF")
                        .param("idNumber", VALID_ID))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    // ---- fakes

    private org.springframework.test.web.servlet.ResultActions htmx(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(Staff.officer()).with(csrf()).header("HX-Request", "true"));
    }

    private static Map<String, Object> ticket(String id, String number, String status) {
        Map<String, Object> t = new HashMap<>();
        t.put("id", id);
        t.put("number", number);
        t.put("servicePointId", POINT);
        t.put("matterCode", "MR-ENT-REG");
        t.put("status", status);
        t.put("window", "B3");
        t.put("issuedAt", "2026-12-03T05:50:00Z");
        t.put("linkedBusiness", null);
        t.put("linkedParts", List.of());
        t.put("linkedNumber", null);
        t.put("cases", List.of());
        return t;
    }

    private static Map<String, Object> queued(String id, String number, boolean priority, String window) {
        Map<String, Object> t = new HashMap<>();
        t.put("id", id);
        t.put("number", number);
        t.put("matterCode", "MR-ENT-REG");
        t.put("priority", priority);
        t.put("booked", true);
        t.put("issuedAt", "2026-12-03T05:50:00Z");
        t.put("calledAt", window == null ? null : "2026-12-03T06:05:00Z");
        t.put("window", window);
        t.put("recalls", 0);
        return t;
    }

    private static Map<String, Object> queue() {
        return Map.of(
                "servicePointId", POINT,
                "windows", List.of("B1", "B2", "B3"),
                "lines",
                        List.of(Map.of(
                                "line", "B",
                                "waiting",
                                        List.of(queued("t-5", "B005", true, null), queued("t-2", "B002", false, null)),
                                "called",
                                        List.of(
                                                queued("t-1", "B001", false, "B3"),
                                                queued("t-3", "B003", false, "B2")))));
    }

    private static Map<String, Object> matter(boolean windowMayDecide) {
        return Map.of(
                "version",
                1,
                "definition",
                Map.of(
                        "code", "MR-ENT-REG",
                        "name", "企业设立登记",
                        "caseType", "PROMISED",
                        "windowMayDecide", windowMayDecide,
                        "materials",
                                List.of(
                                        material("id-card", "居民身份证"),
                                        material("articles", "公司章程"),
                                        material("premises", "住所使用证明"))));
    }

    private static Map<String, Object> material(String code, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("form", "ORIGINAL");
        m.put("required", true);
        m.put("condition", null);
        return m;
    }

    private static Map<String, Object> caseInPreReview() {
        Map<String, Object> clock = new HashMap<>();
        clock.put("art32Deadline", "2027-01-05");
        clock.put("art32DeadlineProvisional", true);
        clock.put("statutoryDueDate", "2026-12-31");
        clock.put("statutoryDueDateProvisional", false);
        clock.put("statutoryWorkingDaysLeft", 20);
        clock.put("promisedDueDate", "2026-12-08");
        clock.put("promisedDueDateProvisional", false);
        clock.put("promisedWorkingDaysLeft", 3);
        clock.put("workingDaysUsed", 0);
        clock.put("suspended", false);
        clock.put("provisionalNote", "临时推算：所涉年份的国务院放假安排尚未发布");
        Map<String, Object> c = new HashMap<>();
        c.put("id", "c-1");
        c.put("caseNumber", "MR-20261203-000001");
        c.put("matterCode", "MR-ENT-REG");
        c.put("matterName", "企业设立登记");
        c.put("state", "PRE_REVIEW");
        c.put("preReview", "DEFECTS_FOUND");
        c.put("defects", List.of("articles: missing"));
        c.put("applicant", Map.of("type", "PERSON", "name", "李晓雯", "maskedCode", "440113********0028"));
        c.put("receivedAt", "2026-12-03T06:10:00Z");
        c.put("corrections", List.of());
        c.put("clock", clock);
        c.put("decision", null);
        c.put("delivery", null);
        c.put("linked", null);
        return c;
    }
}
