package io.onewindow.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.admin.points.HoursForm;
import io.onewindow.console.admin.points.PointForm;
import io.onewindow.console.admin.points.PostsForm;
import io.onewindow.console.admin.points.ServicePointCalls;
import io.onewindow.console.gateway.ServiceProblem;
import io.onewindow.console.support.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
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
class ServicePointPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServicePointCalls calls;

    static Map<String, Object> hall() {
        return Map.ofEntries(
                Map.entry("id", "town-shiqiao"),
                Map.entry("name", "市桥街道便民服务中心"),
                Map.entry("tier", 5),
                Map.entry("parentId", "panyu-district-center"),
                Map.entry("address", "番禺区市桥街光明北路"),
                Map.entry("latitude", 22.94),
                Map.entry("longitude", 113.36),
                Map.entry("registryVersion", 4),
                Map.entry("openingHours", Map.of("MONDAY", List.of("09:00-12:00", "13:30-17:00"))),
                Map.entry(
                        "windows",
                        List.of(Map.of("number", "1", "name", "综合受理", "comprehensive", true, "delivery", false))),
                Map.entry(
                        "matters",
                        List.of(Map.of(
                                "code", "MR-BA-001",
                                "name", "仅销售预包装食品备案",
                                "department", "market-regulation",
                                "line", "A",
                                "minutesPerVisit", 15,
                                "placesPerSlot", 4))));
    }

    void theHall() {
        when(calls.point("town-shiqiao"))
                .thenReturn(ResponseEntity.ok().eTag("\"4\"").body(hall()));
    }

    @Test
    void adminsFindPointsInTheDirectory() throws Exception {
        when(calls.points("市桥", 5, 0))
                .thenReturn(new Listing(
                        List.of(Map.of("id", "town-shiqiao", "name", "市桥街道便民服务中心", "tier", 5, "windowCount", 3)),
                        1,
                        0,
                        20));

        for (RequestPostProcessor admin : new RequestPostProcessor[] {Staff.platformAdmin(), Staff.deptAdmin()}) {
            mvc.perform(get("/console/admin/service-points")
                            .param("text", "市桥")
                            .param("tier", "5")
                            .with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("市桥街道便民服务中心")))
                    .andExpect(content().string(containsString("href=\"/console/admin/service-points/town-shiqiao\"")));
        }
    }

    @Test
    void otherRolesAreRefusedServicePointsAndStaffPosts() throws Exception {
        for (RequestPostProcessor other : new RequestPostProcessor[] {
            Staff.catalogAdmin(), Staff.officer(), Staff.approver(), Staff.inspector(), Staff.citizen()
        }) {
            mvc.perform(get("/console/admin/service-points").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/admin/staff")
                            .param("username", "officer1")
                            .with(other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/console/admin/service-points/town-shiqiao"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
        verifyNoInteractions(calls);
    }

    @Test
    void aPlatformAdminSeesThePointWithEveryFormCarryingItsEtag() throws Exception {
        theHall();

        mvc.perform(get("/console/admin/service-points/town-shiqiao").with(Staff.platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市桥街道便民服务中心 · town-shiqiao")))
                .andExpect(content().string(containsString("MR-BA-001 仅销售预包装食品备案")))
                .andExpect(content().string(containsString("name=\"etag\" value=\"&quot;4&quot;\"")))
                .andExpect(content().string(containsString("value=\"09:00-12:00, 13:30-17:00\"")))
                .andExpect(content().string(containsString("id=\"windows0-comprehensive\"")))
                .andExpect(content().string(containsString("for=\"windows0-comprehensive\"")))
                .andExpect(content().string(containsString("保存网点信息和窗口")))
                .andExpect(content().string(containsString("停办该日并取消当日预约")));
    }

    @Test
    void aDepartmentAdminIsOfferedTheOfferingsOnly() throws Exception {
        theHall();

        mvc.perform(get("/console/admin/service-points/town-shiqiao").with(Staff.deptAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("保存可预约事项")))
                .andExpect(content().string(not(containsString("保存网点信息和窗口"))))
                .andExpect(content().string(not(containsString("停办该日并取消当日预约"))));
    }

    @Test
    void changingParticularsAndWindowsSendsIfMatchAndTheWholeWindowList() throws Exception {
        mvc.perform(post("/console/admin/service-points/town-shiqiao")
                        .param("etag", "\"4\"")
                        .param("name", "市桥街道政务服务中心")
                        .param("tier", "5")
                        .param("parentId", "panyu-district-center")
                        .param("address", "番禺区市桥街光明北路")
                        .param("latitude", "22.94")
                        .param("longitude", "113.36")
                        .param("selfServiceTerminals", "2")
                        .param("windows[0].number", "1")
                        .param("windows[0].name", "综合受理")
                        .param("windows[0].comprehensive", "true")
                        .param("windows[1].number", "2")
                        .param("windows[1].name", "市场监管")
                        .param("windows[1].department", "market-regulation")
                        .param("windows[2].number", "")
                        .param("windows[2].name", "")
                        .param("action", "save")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/service-points/town-shiqiao?done=changed"));

        ArgumentCaptor<PointForm> form = ArgumentCaptor.forClass(PointForm.class);
        verify(calls).change(eq("town-shiqiao"), eq("\"4\""), form.capture());
        Map<String, Object> body = form.getValue().changeBody();
        assertThat(body).containsEntry("name", "市桥街道政务服务中心").containsEntry("tier", 5);
        assertThat(body.get("windows"))
                .isEqualTo(List.of(
                        Map.of("number", "1", "name", "综合受理", "comprehensive", true, "delivery", false),
                        Map.of(
                                "number",
                                "2",
                                "name",
                                "市场监管",
                                "comprehensive",
                                false,
                                "delivery",
                                false,
                                "department",
                                "market-regulation")));
        assertThat(body.get("visitorInformation"))
                .isEqualTo(Map.of("selfServiceTerminals", 2, "twentyFourHourZone", false));
    }

    @Test
    void aStaleEtagIsRefusedAndShownOnThePoint() throws Exception {
        theHall();
        when(calls.change(eq("town-shiqiao"), eq("\"3\""), any()))
                .thenThrow(new ServiceProblem(412, "precondition-failed", "网点已被他人修改", "请刷新后重试。", List.of()));

        mvc.perform(post("/console/admin/service-points/town-shiqiao")
                        .param("etag", "\"3\"")
                        .param("name", "我的修改")
                        .param("tier", "5")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().string(containsString("网点已被他人修改")))
                .andExpect(content().string(containsString("value=\"我的修改\"")));
    }

    @Test
    void aDepartmentAdminMayNotChangeParticularsHoursOrDays() throws Exception {
        mvc.perform(post("/console/admin/service-points/town-shiqiao")
                        .param("etag", "\"4\"")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/admin/service-points/town-shiqiao/hours")
                        .param("etag", "\"4\"")
                        .param("reason", "x")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/admin/service-points/town-shiqiao/closures")
                        .param("day", "2026-12-07")
                        .param("reason", "x")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/admin/service-points")
                        .param("id", "new-hall")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void creatingAPointSendsItsWindowsAndOpeningHours() throws Exception {
        mvc.perform(post("/console/admin/service-points")
                        .param("id", "village-dalong")
                        .param("name", "大龙村便民服务站")
                        .param("tier", "6")
                        .param("parentId", "town-shiqiao")
                        .param("address", "大龙村")
                        .param("latitude", "22.9")
                        .param("longitude", "113.4")
                        .param("hours.days[MONDAY]", "09:00-12:00, 13:30-17:00")
                        .param("hours.days[SUNDAY]", "")
                        .param("windows[0].number", "1")
                        .param("windows[0].name", "综合窗口")
                        .param("windows[0].comprehensive", "true")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/service-points/village-dalong?done=created"));

        ArgumentCaptor<PointForm> form = ArgumentCaptor.forClass(PointForm.class);
        verify(calls).create(form.capture());
        Map<String, Object> body = form.getValue().createBody();
        assertThat(body).containsEntry("id", "village-dalong").containsEntry("parentId", "town-shiqiao");
        assertThat(body.get("openingHours")).isEqualTo(Map.of("MONDAY", List.of("09:00-12:00", "13:30-17:00")));
    }

    @Test
    void aDepartmentAdminOffersAMatterWithThePointsEtag() throws Exception {
        mvc.perform(post("/console/admin/service-points/town-shiqiao/offers")
                        .param("etag", "\"4\"")
                        .param("matterCode", "MR-SP-001")
                        .param("line", "A")
                        .param("minutesPerVisit", "20")
                        .param("placesPerSlot", "3")
                        .param("reason", "")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/service-points/town-shiqiao?done=offered"));

        verify(calls).offer("town-shiqiao", "\"4\"", "MR-SP-001", "A", 20, 3, "");
    }

    @Test
    void anOfferOfAnotherDepartmentsMatterIsRefusedAndShown() throws Exception {
        theHall();
        when(calls.offer(eq("town-shiqiao"), any(), eq("QX-FL-001"), any(), eq(20), eq(3), any()))
                .thenThrow(new ServiceProblem(403, "not-your-department", "不是本部门事项", "只能调整本部门的事项。", List.of()));

        mvc.perform(post("/console/admin/service-points/town-shiqiao/offers")
                        .param("etag", "\"4\"")
                        .param("matterCode", "QX-FL-001")
                        .param("line", "B")
                        .param("minutesPerVisit", "20")
                        .param("placesPerSlot", "3")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不是本部门事项")));
    }

    @Test
    void withdrawingHoursAndClosingADaySendWhatTheScheduleExpects() throws Exception {
        mvc.perform(post("/console/admin/service-points/town-shiqiao/offers/MR-BA-001/withdrawal")
                        .param("etag", "\"4\"")
                        .param("reason", "改由区中心办理")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound());
        verify(calls).withdraw("town-shiqiao", "\"4\"", "MR-BA-001", "改由区中心办理");

        mvc.perform(post("/console/admin/service-points/town-shiqiao/hours")
                        .param("etag", "\"5\"")
                        .param("days[MONDAY]", "09:00-12:00")
                        .param("days[TUESDAY]", "")
                        .param("reason", "冬令时")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound());
        ArgumentCaptor<HoursForm> hours = ArgumentCaptor.forClass(HoursForm.class);
        verify(calls).hours(eq("town-shiqiao"), eq("\"5\""), hours.capture(), eq("冬令时"));
        assertThat(hours.getValue().hours()).isEqualTo(Map.of("MONDAY", List.of("09:00-12:00")));

        mvc.perform(post("/console/admin/service-points/town-shiqiao/closures")
                        .param("day", "2026-12-07")
                        .param("reason", "线路检修")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/service-points/town-shiqiao?done=closed"));
        verify(calls).closeDay("town-shiqiao", "2026-12-07", "线路检修");
    }

    @Test
    void aChangeWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/admin/service-points/town-shiqiao/closures")
                        .param("day", "2026-12-07")
                        .param("reason", "线路检修")
                        .with(Staff.platformAdmin()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void aStaffMembersPostsAreShownAndSentBackWithTheirEtag() throws Exception {
        when(calls.staff("officer1"))
                .thenReturn(ResponseEntity.ok()
                        .eTag("\"2\"")
                        .body(Map.of(
                                "username",
                                "officer1",
                                "department",
                                "market-regulation",
                                "version",
                                2,
                                "posts",
                                List.of(Map.of("servicePointId", "panyu-district-center", "window", "5")))));

        mvc.perform(get("/console/admin/staff").param("username", "officer1").with(Staff.deptAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"panyu-district-center\"")))
                .andExpect(content().string(containsString("name=\"etag\" value=\"&quot;2&quot;\"")));

        mvc.perform(post("/console/admin/staff/officer1")
                        .param("etag", "\"2\"")
                        .param("department", "market-regulation")
                        .param("posts[0].servicePointId", "panyu-district-center")
                        .param("posts[0].window", "5")
                        .param("posts[1].servicePointId", "town-shiqiao")
                        .param("posts[1].window", "2")
                        .param("posts[2].servicePointId", "")
                        .param("posts[2].window", "")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/staff?username=officer1&done=assigned"));

        ArgumentCaptor<PostsForm> form = ArgumentCaptor.forClass(PostsForm.class);
        verify(calls).assign(eq("officer1"), eq("\"2\""), form.capture());
        assertThat(form.getValue().body())
                .isEqualTo(Map.of(
                        "department",
                        "market-regulation",
                        "posts",
                        List.of(
                                Map.of("servicePointId", "panyu-district-center", "window", "5"),
                                Map.of("servicePointId", "town-shiqiao", "window", "2"))));
    }

    @Test
    void aStaffMemberNeverPostedGetsAnEmptyFormSentWithoutIfMatch() throws Exception {
        when(calls.staff("officer9")).thenThrow(new ServiceProblem(404, "not-found", "未找到", "", List.of()));

        mvc.perform(get("/console/admin/staff").param("username", "officer9").with(Staff.platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该工作人员尚未安排岗位")))
                .andExpect(content().string(not(containsString("name=\"etag\""))));

        mvc.perform(post("/console/admin/staff/officer9")
                        .param("department", "market-regulation")
                        .param("posts[0].servicePointId", "town-shiqiao")
                        .param("posts[0].window", "2")
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound());
        verify(calls).assign(eq("officer9"), isNull(), any());
    }

    @Test
    void aPostAtAnotherDepartmentsWindowIsRefusedAndShown() throws Exception {
        when(calls.assign(eq("officer1"), any(), any()))
                .thenThrow(new ServiceProblem(
                        400,
                        "window-of-another-department",
                        "窗口属于其他部门",
                        "",
                        List.of(new ServiceProblem.FieldError("posts[0].window", "该窗口属于 tax"))));

        mvc.perform(post("/console/admin/staff/officer1")
                        .param("etag", "\"2\"")
                        .param("department", "market-regulation")
                        .param("posts[0].servicePointId", "hall-tax")
                        .param("posts[0].window", "1")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("窗口属于其他部门")))
                .andExpect(content().string(containsString("该窗口属于 tax")))
                .andExpect(content().string(containsString("value=\"hall-tax\"")));
    }
}
