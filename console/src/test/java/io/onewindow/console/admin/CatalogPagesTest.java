package io.onewindow.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.admin.catalog.CatalogCalls;
import io.onewindow.console.admin.catalog.MatterForm;
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
class CatalogPagesTest {

    static final String HASH = "a".repeat(64);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CatalogCalls calls;

    static Map<String, Object> definition(String name) {
        return Map.of(
                "code",
                "MR-BA-001",
                "name",
                name,
                "department",
                "market-regulation",
                "matterType",
                "20",
                "caseType",
                "ON_THE_SPOT",
                "subjects",
                List.of("PERSON", "ENTERPRISE"),
                "legalBasis",
                "《食品安全法》第三十五条",
                "materials",
                List.of(Map.of("code", "id-card", "name", "身份证明", "required", true, "form", "ORIGINAL")),
                "steps",
                List.of(),
                "servicePoints",
                List.of("panyu-district-center"));
    }

    static Map<String, Object> draft() {
        return Map.of(
                "version",
                2,
                "status",
                "DRAFT",
                "contentHash",
                HASH,
                "definition",
                definition("仅销售预包装食品备案（修订）"),
                "approvals",
                List.of(Map.of(
                        "department", "market-regulation",
                        "approvedBy", "deptadmin1",
                        "approvedAt", "2026-12-03T01:15:00Z",
                        "contentHash", HASH)));
    }

    static Map<String, Object> published() {
        return Map.of(
                "version",
                1,
                "status",
                "PUBLISHED",
                "contentHash",
                "b".repeat(64),
                "publishedAt",
                "2026-01-05T02:00:00Z",
                "definition",
                definition("仅销售预包装食品备案"),
                "approvals",
                List.of());
    }

    void twoVersions() {
        when(calls.versions("MR-BA-001", 0)).thenReturn(new Listing(List.of(draft(), published()), 2, 0, 20));
    }

    @Test
    void anAdminFindsPublishedMattersByTheServicesSearch() throws Exception {
        when(calls.matters("食品", 0)).thenReturn(new Listing(List.of(published()), 1, 0, 20));

        mvc.perform(get("/console/admin/catalog").param("q", "食品").with(Staff.catalogAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("仅销售预包装食品备案")))
                .andExpect(content().string(containsString("href=\"/console/admin/catalog/MR-BA-001\"")))
                .andExpect(content().string(containsString("2026-01-05 10:00")));
    }

    @Test
    void theNextPageOfASearchKeepsTheSearch() throws Exception {
        when(calls.matters("食品", 0)).thenReturn(new Listing(List.of(published()), 45, 0, 20));

        mvc.perform(get("/console/admin/catalog").param("q", "食品").with(Staff.deptAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 页，共 3 页（45 条）")))
                .andExpect(content()
                        .string(containsString("href=\"/console/admin/catalog?q=%E9%A3%9F%E5%93%81&amp;page=1\"")));
    }

    @Test
    void everyVersionShowsItsContentHashAndWhoApprovedIt() throws Exception {
        twoVersions();

        mvc.perform(get("/console/admin/catalog/MR-BA-001").with(Staff.deptAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 版 · 草稿")))
                .andExpect(content().string(containsString("第 1 版 · 已发布")))
                .andExpect(content().string(containsString(HASH)))
                .andExpect(content().string(containsString("deptadmin1")))
                .andExpect(content().string(containsString("2026-12-03 09:15")))
                .andExpect(content().string(containsString("审核通过此内容（第 2 版）")))
                .andExpect(content().string(containsString("发布此内容（第 2 版）")))
                .andExpect(content().string(not(containsString("修订草稿"))));
    }

    @Test
    void aCatalogAdminMayReviseAndDraftButIsNotOfferedTheReview() throws Exception {
        twoVersions();

        mvc.perform(get("/console/admin/catalog/MR-BA-001").with(Staff.catalogAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/admin/catalog/MR-BA-001/versions/2/revision")))
                .andExpect(content().string(containsString("/console/admin/catalog/drafts/new?from=MR-BA-001")))
                .andExpect(content().string(not(containsString("审核通过此内容"))));
    }

    @Test
    void otherRolesAreRefusedEveryCatalogPage() throws Exception {
        for (RequestPostProcessor other :
                new RequestPostProcessor[] {Staff.officer(), Staff.approver(), Staff.inspector(), Staff.citizen()}) {
            mvc.perform(get("/console/admin/catalog").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/console/admin/catalog/MR-BA-001").with(other)).andExpect(status().isForbidden());
        }
        verifyNoInteractions(calls);
    }

    @Test
    void anonymousIsSentToTheLogin() throws Exception {
        mvc.perform(get("/console/admin/catalog/MR-BA-001"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
    }

    @Test
    void theDepartmentAdminApprovesTheContentHashHeSaw() throws Exception {
        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/approval")
                        .param("contentHash", HASH)
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/catalog/MR-BA-001?done=approved&version=2"));

        verify(calls).approve("MR-BA-001", 2, HASH);
    }

    @Test
    void publishingNamesTheContentHash() throws Exception {
        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/publication")
                        .param("contentHash", HASH)
                        .with(Staff.platformAdmin())
                        .with(csrf()))
                .andExpect(status().isFound());

        verify(calls).publish("MR-BA-001", 2, HASH);
    }

    @Test
    void aReviewWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/approval")
                        .param("contentHash", HASH)
                        .with(Staff.deptAdmin()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void theCatalogAdminMayNotApproveOrPublishThroughTheConsole() throws Exception {
        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/approval")
                        .param("contentHash", HASH)
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/publication")
                        .param("contentHash", HASH)
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void theCatalogsFourEyesRefusalIsShownOnTheVersionsPage() throws Exception {
        twoVersions();
        when(calls.publish("MR-BA-001", 2, HASH))
                .thenThrow(new ServiceProblem(
                        409, "catalog.approval-missing", "缺少部门审核", "以下部门尚未审核该内容：meteorology", List.of()));

        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/publication")
                        .param("contentHash", HASH)
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("缺少部门审核")))
                .andExpect(content().string(containsString("以下部门尚未审核该内容：meteorology")))
                .andExpect(content().string(containsString("第 2 版 · 草稿")));
    }

    @Test
    void theDraftFormStartsFromTheLatestVersionWithItsMaterialsAsRows() throws Exception {
        twoVersions();

        mvc.perform(get("/console/admin/catalog/drafts/new")
                        .param("from", "MR-BA-001")
                        .with(Staff.catalogAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"仅销售预包装食品备案（修订）\"")))
                .andExpect(content().string(containsString("name=\"materials[0].name\"")))
                .andExpect(content().string(containsString("value=\"身份证明\"")))
                .andExpect(content().string(containsString("name=\"materials[1].name\"")))
                .andExpect(content().string(containsString("for=\"materials0.name\"")));
    }

    @Test
    void aDepartmentAdminMayNotDraft() throws Exception {
        mvc.perform(get("/console/admin/catalog/drafts/new").with(Staff.deptAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/admin/catalog/drafts")
                        .param("code", "MR-BA-001")
                        .with(Staff.deptAdmin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void aDraftSendsTheFormAsTheCatalogsRequestWithoutBlankRows() throws Exception {
        when(calls.draft(any())).thenReturn(Map.of("version", 3));

        mvc.perform(post("/console/admin/catalog/drafts")
                        .param("code", "MR-BA-001")
                        .param("name", "仅销售预包装食品备案")
                        .param("department", "market-regulation")
                        .param("matterType", "20")
                        .param("caseType", "ON_THE_SPOT")
                        .param("subjects", "PERSON", "ENTERPRISE")
                        .param("legalBasis", "《食品安全法》第三十五条")
                        .param("statutoryLimitWorkingDays", "1")
                        .param("servicePoints", "panyu-district-center\ntown-shiqiao")
                        .param("materials[0].code", "id-card")
                        .param("materials[0].name", "身份证明")
                        .param("materials[0].required", "true")
                        .param("materials[0].form", "ORIGINAL")
                        .param("materials[1].code", "")
                        .param("materials[1].name", "")
                        .param("steps[0].code", "")
                        .param("action", "save")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/catalog/MR-BA-001?done=drafted&version=3"));

        ArgumentCaptor<MatterForm> form = ArgumentCaptor.forClass(MatterForm.class);
        verify(calls).draft(form.capture());
        Map<String, Object> body = form.getValue().body();
        assertThat(body)
                .containsEntry("code", "MR-BA-001")
                .containsEntry("subjects", List.of("PERSON", "ENTERPRISE"))
                .containsEntry("statutoryLimitWorkingDays", 1)
                .containsEntry("servicePoints", List.of("panyu-district-center", "town-shiqiao"))
                .containsEntry("steps", List.of());
        assertThat(body.get("materials"))
                .isEqualTo(List.of(Map.of("code", "id-card", "name", "身份证明", "required", true, "form", "ORIGINAL")));
    }

    @Test
    void addingAMaterialRowRedrawsTheFormWithoutCallingTheCatalog() throws Exception {
        mvc.perform(post("/console/admin/catalog/drafts")
                        .param("code", "MR-BA-001")
                        .param("materials[0].code", "id-card")
                        .param("materials[0].name", "身份证明")
                        .param("action", "addMaterial")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"身份证明\"")))
                .andExpect(content().string(containsString("name=\"materials[2].name\"")));
        verifyNoInteractions(calls);
    }

    @Test
    void aNumberThatIsNotOneIsShownAndNothingIsSent() throws Exception {
        mvc.perform(post("/console/admin/catalog/drafts")
                        .param("code", "MR-BA-001")
                        .param("statutoryLimitWorkingDays", "二十")
                        .param("action", "save")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("statutoryLimitWorkingDays")));
        verifyNoInteractions(calls);
    }

    @Test
    void theCatalogsRefusalOfADraftIsShownWithTheFormKept() throws Exception {
        when(calls.draft(any()))
                .thenThrow(new ServiceProblem(
                        400,
                        "catalog.unknown-department",
                        "部门未登记",
                        "部门 nowhere 未登记或已撤销",
                        List.of(new ServiceProblem.FieldError("department", "未登记的部门"))));

        mvc.perform(post("/console/admin/catalog/drafts")
                        .param("code", "MR-BA-001")
                        .param("name", "仅销售预包装食品备案")
                        .param("department", "nowhere")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("部门未登记")))
                .andExpect(content().string(containsString("未登记的部门")))
                .andExpect(content().string(containsString("value=\"nowhere\"")));
    }

    @Test
    void aRevisionSendsTheVersionsEtagAsIfMatch() throws Exception {
        when(calls.version("MR-BA-001", 2))
                .thenReturn(ResponseEntity.ok().eTag("\"v7\"").body(draft()));

        mvc.perform(get("/console/admin/catalog/MR-BA-001/versions/2/revision").with(Staff.catalogAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"etag\" value=\"&quot;v7&quot;\"")));

        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/revision")
                        .param("etag", "\"v7\"")
                        .param("code", "MR-BA-001")
                        .param("name", "新名称")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/admin/catalog/MR-BA-001?done=revised&version=2"));

        ArgumentCaptor<MatterForm> form = ArgumentCaptor.forClass(MatterForm.class);
        verify(calls).revise(eq("MR-BA-001"), eq(2), eq("\"v7\""), form.capture());
        assertThat(form.getValue().body()).containsEntry("name", "新名称");
    }

    @Test
    void aStaleRevisionIsRefusedAndShown() throws Exception {
        when(calls.revise(anyString(), anyInt(), anyString(), any()))
                .thenThrow(new ServiceProblem(412, "precondition-failed", "内容已被他人修改", "请重新打开草稿后再修订。", List.of()));

        mvc.perform(post("/console/admin/catalog/MR-BA-001/versions/2/revision")
                        .param("etag", "\"v6\"")
                        .param("code", "MR-BA-001")
                        .param("name", "新名称")
                        .with(Staff.catalogAdmin())
                        .with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().string(containsString("内容已被他人修改")))
                .andExpect(content().string(containsString("value=\"新名称\"")));
    }
}
