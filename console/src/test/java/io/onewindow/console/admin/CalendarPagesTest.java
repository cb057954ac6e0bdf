package io.onewindow.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.admin.calendar.CalendarCalls;
import io.onewindow.console.admin.calendar.YearForm;
import io.onewindow.console.gateway.ServiceProblem;
import io.onewindow.console.support.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CalendarCalls calls;

    static Map<String, Object> proposed() {
        return Map.of(
                "id", "p-2027",
                "year", 2027,
                "status", "PROPOSED",
                "noticeNumber", "国办发明电〔2026〕7号",
                "noticeDate", "2026-11-10",
                "enteredBy", "admin1",
                "enteredAt", "2026-11-12T01:30:00Z",
                "daysOff", List.of(Map.of("date", "2027-01-01", "holiday", "元旦")),
                "makeUpWorkingDays", List.of(Map.of("date", "2027-02-07", "holiday", "春节")));
    }

    @Test
    void aPlatformAdminSeesTheEnteredYearsAndTheirState() throws Exception {
        when(calls.proposals(0)).thenReturn(new Listing(List.of(proposed()), 1, 0, 20));

        mvc.perform(get("/console/admin/calendar").with(Staff.platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国办发明电〔2026〕7号")))
                .andExpect(content().string(containsString("待确认")))
                .andExpect(content().string(containsString("2026-11-12 09:30")))
                .andExpect(content().string(containsString("放假 2027-01-01 元旦")))
                .andExpect(content().string(containsString("确认发布 2027 年安排")))
                .andExpect(content().string(containsString("for=\"daysOff0.date\"")));
    }

    @Test
    void everyOtherRoleIsRefusedTheCalendar() throws Exception {
        for (RequestPostProcessor other : new RequestPostProcessor[] {
            Staff.catalogAdmin(),
            Staff.deptAdmin(),
            Staff.officer(),
            Staff.approver(),
            Staff.inspector(),
            Staff.citizen()
        }) {
            mvc.perform(get("/console/admin/calendar").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/console/admin/calendar/proposals/p-2027/confirmation")
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/console/admin/calendar"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
        verifyNoInteractions(calls);
    }

    @Test
    void enteringAYearSendsTheNoticeAndTheDaysAsTheCalendarsRequest() throws Exception {
        mvc.perform(post("/console/admin/calendar/years")
                        .param("year", "2027")
                        .param("noticeNumber", "国办发明电〔2026〕7号")
                        .param("noticeDate", "2026-11-10")
                        .param("daysOff[0].date", "2027-01-01")
                        .param("daysOff[0].holiday", "元旦")
                        .param("daysOff[1].date", "")
                        .param("daysOff[1].holiday", "")
                        .param("makeUpWorkingDays[0].date", "2027-02-07")
                        .param("makeUpWorkingDays[0].holiday", "春节")
                        .param("action", "save")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/calendar?done=entered"));

        ArgumentCaptor<YearForm> form = ArgumentCaptor.forClass(YearForm.class);
        verify(calls).enter(form.capture());
        assertThat(form.getValue().body())
                .isEqualTo(Map.of(
                        "year", 2027,
                        "notice", Map.of("number", "国办发明电〔2026〕7号", "date", "2026-11-10"),
                        "daysOff", List.of(Map.of("date", "2027-01-01", "holiday", "元旦")),
                        "makeUpWorkingDays", List.of(Map.of("date", "2027-02-07", "holiday", "春节"))));
    }

    @Test
    void theCalendarsListOfErrorsIsShownWithTheEntryKept() throws Exception {
        when(calls.proposals(anyInt())).thenReturn(new Listing(List.of(), 0, 0, 20));
        when(calls.enter(any()))
                .thenThrow(new ServiceProblem(
                        400,
                        "validation",
                        "安排有误",
                        "请更正后重新录入。",
                        List.of(new ServiceProblem.FieldError("daysOff[0].date", "不在 2027 年内"))));

        mvc.perform(post("/console/admin/calendar/years")
                        .param("year", "2027")
                        .param("noticeNumber", "国办发明电〔2026〕7号")
                        .param("noticeDate", "2026-11-10")
                        .param("daysOff[0].date", "2026-01-01")
                        .param("daysOff[0].holiday", "元旦")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不在 2027 年内")))
                .andExpect(content().string(containsString("value=\"2026-01-01\"")));
    }

    @Test
    void confirmingOnesOwnYearIsRefusedByTheCalendarAndShown() throws Exception {
        when(calls.proposals(anyInt())).thenReturn(new Listing(List.of(proposed()), 1, 0, 20));
        when(calls.confirm("p-2027"))
                .thenThrow(new ServiceProblem(403, "calendar.four-eyes", "须由另一名管理员确认", "录入人不能确认自己录入的安排。", List.of()));

        mvc.perform(post("/console/admin/calendar/proposals/p-2027/confirmation")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("须由另一名管理员确认")))
                .andExpect(content().string(containsString("录入人不能确认自己录入的安排。")));
    }

    @Test
    void anotherAdminConfirmsOrRejectsWithAReason() throws Exception {
        mvc.perform(post("/console/admin/calendar/proposals/p-2027/confirmation")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/calendar?done=confirmed"));
        verify(calls).confirm("p-2027");

        mvc.perform(post("/console/admin/calendar/proposals/p-2028/rejection")
                        .param("reason", "春节调休日期录错")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/calendar?done=rejected"));
        verify(calls).reject("p-2028", "春节调休日期录错");
    }

    @Test
    void aConfirmationWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/admin/calendar/proposals/p-2027/confirmation")
                        .with(Staff.platformAdmin()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }
}
