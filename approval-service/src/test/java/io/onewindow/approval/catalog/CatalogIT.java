package io.onewindow.approval.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Tags;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Drafting, four-eyes publishing, immutability and the public guide, through the API. */
class CatalogIT extends ApprovalIntegrationTest {

    @Autowired
    DemoCatalog demoCatalog;

    /** The drafts name the demo hall panyu-district-center: appointment-service has made it known. */
    @BeforeEach
    void demoHallsAreKnown() {
        servicePoints().demoHallsKnown();
    }

    private static String matterJson(String code, int statutory, int promised) {
        return """
                {"code":"%s","name":"餐饮服务许可","department":"market-regulation","matterType":"01",
                 "subjects":["ENTERPRISE"],"legalBasis":"《食品安全法》第三十五条","conditions":"",
                 "materials":[{"code":"business-license","name":"营业执照","form":"COPY","required":true,
                               "replacedByLicenseType":"11100000000013338W001"}],
                 "steps":[{"code":"review","name":"审查","role":"approver","limitWorkingDays":3}],
                 "statutoryLimitWorkingDays":%d,"promisedLimitWorkingDays":%d,"fee":0,"caseType":"PROMISED",
                 "windowMayDecide":false,"fullyOnline":true,"licenseTypeCode":"11100000000013338W002",
                 "servicePoints":["panyu-district-center"]}""".formatted(code, statutory, promised);
    }

    @Test
    void catalogAdminDraftsDepartmentAdminPublishesAndThePublicSeesOnlyPublishedVersions() throws Exception {
        String code = freshCode("IT-CAT");
        String draft = mvc.perform(post("/api/approvals/catalog/matters")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 10)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reviewed = "{\"contentHash\":\"" + JsonPath.read(draft, "$.contentHash") + "\"}";
        mvc.perform(get("/api/approvals/public/matters/" + code)).andExpect(status().isNotFound());

        mvc.perform(post("/api/approvals/catalog/matters/" + code + "/versions/1/publication")
                        .with(Callers.staff("deptadmin9", Roles.DEPT_ADMIN, "health"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reviewed))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("catalog.publish-not-allowed"));
        mvc.perform(post("/api/approvals/catalog/matters/" + code + "/versions/1/publication")
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reviewed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .header("If-Match", Tags.ofVersion(mvc, code, 1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 5)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.version-published"));
        mvc.perform(get("/api/approvals/public/matters/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.promisedLimitWorkingDays").value(10))
                .andExpect(jsonPath("$.definition.steps[0].role").value("approver"));
        mvc.perform(get("/api/approvals/public/matters").param("q", code).param("subject", "ENTERPRISE"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/approvals/public/matters").param("q", code).param("subject", "PERSON"))
                .andExpect(jsonPath("$.length()").value(0));

        EventEnvelope<JsonNode> published = ApprovalTopic.eventsFor(code, 1).get(0);
        assertThat(published.type()).isEqualTo("onewindow.approval.MatterVersionPublished.v1");
        assertThat(published.data().get("steps").get(0).get("limitWorkingDays").asInt())
                .isEqualTo(3);
        assertThat(published.data().get("publishedBy").asString()).isEqualTo("deptadmin1");
        assertThat(published.data().get("contentHash").asString()).isEqualTo(JsonPath.read(draft, "$.contentHash"));
    }

    @Test
    void aDraftIsRevisedOnlyWithItsCurrentETagAndOfTwoRevisersHoldingItOneWins() throws Exception {
        String code = freshCode("IT-ETAG");
        String created = mvc.perform(post("/api/approvals/catalog/matters")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 10)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String first = Tags.ofVersion(mvc, code, 1);
        assertThat(first).startsWith("\"");
        mvc.perform(get("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .header("If-None-Match", first))
                .andExpect(status().isNotModified());
        // Other roles never learn the tag.
        mvc.perform(get("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.citizen1()))
                .andExpect(status().isForbidden());

        String second = mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.promisedLimitWorkingDays").value(8))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(second).isNotEqualTo(first).isEqualTo(Tags.ofVersion(mvc, code, 1));

        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 5)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("precondition-failed"));
        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 5)))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.code").value("precondition-required"));
        // A department admin may read the draft (and its tag) but not revise it: 403 before the precondition.
        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.deptadmin1())
                        .header("If-Match", second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 5)))
                .andExpect(status().isForbidden());
        assertThat(Tags.ofVersion(mvc, code, 1)).as("refusals write nothing").isEqualTo(second);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int promised : new int[] {7, 6}) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                                    .with(Callers.catalogadmin1())
                                    .header("If-Match", second)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(matterJson(code, 20, promised)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(JsonPath.<Integer>read(created, "$.version")).isEqualTo(1);
    }

    @Test
    void refusesADraftThatPromisesMoreThanTheLawAllowsAndDraftsByOthers() throws Exception {
        String code = freshCode("IT-CAT");
        mvc.perform(post("/api/approvals/catalog/matters")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 25)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/approvals/catalog/matters")
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, 20, 10)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/approvals/catalog/matters/" + code + "/versions").with(Callers.catalogadmin1()))
                .andExpect(status().isNotFound());
    }

    @Test
    void demoCatalogIsPublishedOnceAndSurvivesARestart() throws Exception {
        demoCatalog.run(null);
        demoCatalog.run(null);

        mvc.perform(get("/api/approvals/catalog/matters/MR-SP-001/versions").with(Callers.inspector1()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/approvals/public/matters")
                        .param("department", "market-regulation")
                        .param("online", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.definition.code == 'MR-BA-001')].caseTypeCode")
                        .value("1"));
    }
}
