package io.onewindow.approval.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Tags;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Four eyes where the catalog's power is, with real Keycloak tokens: a version that moves a matter
 * to another department needs the admins of both departments, and publication names the content
 * hash that was reviewed. A refusal writes nothing.
 */
class CatalogFourEyesIT extends ApprovalIntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** No housing admin in the realm: the receiving department's admin is a test caller. */
    private static final RequestPostProcessor HOUSING_ADMIN =
            Callers.staff("housingadmin1", Roles.DEPT_ADMIN, "housing");

    private static RequestPostProcessor token(String user) {
        String token = TOKENS.computeIfAbsent(
                user, u -> KeycloakTestServer.shared().passwordToken(u, KeycloakTestServer.DEMO_PASSWORD));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static String matterJson(String code, String department, String name) {
        return """
                {"code":"%s","name":"%s","department":"%s","matterType":"01",
                 "subjects":["ENTERPRISE"],"legalBasis":"《食品安全法》第三十五条","conditions":"",
                 "materials":[],"steps":[{"code":"review","name":"审查","role":"approver","limitWorkingDays":3}],
                 "statutoryLimitWorkingDays":20,"promisedLimitWorkingDays":10,"fee":0,"caseType":"PROMISED",
                 "windowMayDecide":false,"fullyOnline":true,"servicePoints":["panyu-district-center"]}""".formatted(code, name, department);
    }

    /** The drafts name the demo hall panyu-district-center: appointment-service has made it known. */
    @BeforeEach
    void demoHallsAreKnown() {
        servicePoints().demoHallsKnown();
    }

    private static String hashBody(String hash) {
        return "{\"contentHash\":\"" + hash + "\"}";
    }

    private String draft(String code, String department, String name) throws Exception {
        String draft = mvc.perform(post("/api/approvals/catalog/matters")
                        .with(token("catalogadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, department, name)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(draft, "$.contentHash");
    }

    private ResultActions act(String code, int version, String act, RequestPostProcessor caller, String body)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/api/approvals/catalog/matters/" + code + "/versions/" + version
                        + "/" + act)
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private Document stored(String code, int version) {
        Document document =
                mongo.findById(code + "@" + version, Document.class, ApprovalServiceApplication.MATTER_VERSIONS);
        document.remove("version");
        return document;
    }

    /** Publishes version 1 of {@code code} in {@code department}, drafted and published through the API. */
    private void publishedIn(String code, String department, RequestPostProcessor departmentAdmin) throws Exception {
        String hash = draft(code, department, "餐饮服务许可");
        act(code, 1, "publication", departmentAdmin, hashBody(hash)).andExpect(status().isOk());
    }

    @Test
    void theCatalogAdminAndTheReceivingAdminCannotMoveAMatterWithoutTheOwningDepartment() throws Exception {
        String code = freshCode("IT-MOVE");
        publishedIn(code, "market-regulation", token("deptadmin1"));
        String hash = draft(code, "housing", "餐饮服务许可");
        Document before = stored(code, 2);

        act(code, 2, "publication", HOUSING_ADMIN, hashBody(hash))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.approval-missing"));
        act(code, 2, "approvals", token("admin1"), hashBody(hash))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("catalog.move-needs-both-departments"));
        act(code, 2, "publication", token("admin1"), hashBody(hash))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("catalog.move-needs-both-departments"));
        act(code, 2, "approvals", Callers.staff("met1", Roles.DEPT_ADMIN, "meteorology"), hashBody(hash))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("catalog.publish-not-allowed"));
        act(code, 2, "approvals", token("officer1"), hashBody(hash)).andExpect(status().isForbidden());
        act(code, 2, "approvals", token("catalogadmin1"), hashBody(hash)).andExpect(status().isForbidden());
        assertThat(stored(code, 2)).as("refusals write nothing").isEqualTo(before);
        mvc.perform(get("/api/approvals/public/matters/" + code))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.definition.department").value("market-regulation"));

        act(code, 2, "approvals", token("deptadmin1"), hashBody(hash))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.approvals[0].department").value("market-regulation"))
                .andExpect(jsonPath("$.approvals[0].contentHash").value(hash));
        act(code, 2, "publication", HOUSING_ADMIN, hashBody(hash))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/approvals/public/matters/" + code))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.definition.department").value("housing"))
                .andExpect(jsonPath("$.approvals.length()").value(0));
        EventEnvelope<JsonNode> published = ApprovalTopic.eventsFor(code, 2).get(1);
        assertThat(published.data().get("version").asInt()).isEqualTo(2);
        assertThat(published.data().get("department").asString()).isEqualTo("housing");
        assertThat(published.data().get("contentHash").asString()).isEqualTo(hash);
    }

    @Test
    void theReceivingAdminAloneCannotTakeAMatterOverEither() throws Exception {
        String code = freshCode("IT-MOVE");
        publishedIn(code, "housing", HOUSING_ADMIN);
        String hash = draft(code, "market-regulation", "餐饮服务许可");
        Document before = stored(code, 2);

        act(code, 2, "publication", token("deptadmin1"), hashBody(hash))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.approval-missing"));
        assertThat(stored(code, 2)).isEqualTo(before);

        act(code, 2, "approvals", HOUSING_ADMIN, hashBody(hash)).andExpect(status().isOk());
        act(code, 2, "publication", token("deptadmin1"), hashBody(hash))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.department").value("market-regulation"));
    }

    @Test
    void contentChangedAfterTheReviewIsNotPublished() throws Exception {
        String code = freshCode("IT-HASH");
        String reviewed = draft(code, "market-regulation", "餐饮服务许可");
        act(code, 1, "approvals", token("deptadmin1"), hashBody(reviewed)).andExpect(status().isOk());
        String revised = JsonPath.read(
                mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                                .with(token("catalogadmin1"))
                                .header("If-Match", Tags.ofVersion(mvc, code, 1))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(matterJson(code, "market-regulation", "餐饮服务许可(收费)")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.approvals.length()").value(0))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.contentHash");
        assertThat(revised).isNotEqualTo(reviewed);
        Document before = stored(code, 1);

        act(code, 1, "publication", token("deptadmin1"), hashBody(reviewed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.content-hash-mismatch"));
        act(code, 1, "publication", token("deptadmin1"), hashBody("0".repeat(64)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.content-hash-mismatch"));
        act(code, 1, "publication", token("catalogadmin1"), hashBody(revised)).andExpect(status().isForbidden());
        assertThat(stored(code, 1)).as("refusals write nothing").isEqualTo(before);
        mvc.perform(get("/api/approvals/public/matters/" + code)).andExpect(status().isNotFound());

        act(code, 1, "publication", token("deptadmin1"), hashBody(revised))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.name").value("餐饮服务许可(收费)"));
    }

    @Test
    void refusesPublicationsThatNameNoOrAMalformedHash() throws Exception {
        String code = freshCode("IT-HASH");
        draft(code, "market-regulation", "餐饮服务许可");
        Document before = stored(code, 1);

        act(code, 1, "publication", token("deptadmin1"), null).andExpect(status().isBadRequest());
        act(code, 1, "publication", token("deptadmin1"), "{}").andExpect(status().isBadRequest());
        act(code, 1, "publication", token("deptadmin1"), "{\"contentHash\":").andExpect(status().isBadRequest());
        act(code, 1, "publication", token("deptadmin1"), hashBody("ABC")).andExpect(status().isBadRequest());
        act(code, 1, "publication", token("deptadmin1"), "{\"contentHash\":{\"$gt\":\"\"}}")
                .andExpect(status().isBadRequest());
        act(code, 1, "approvals", token("deptadmin1"), "{\"contentHash\":42}").andExpect(status().isBadRequest());
        act(code, 1, "approvals", token("deptadmin1"), hashBody("$ne" + "0".repeat(61)))
                .andExpect(status().isBadRequest());
        assertThat(stored(code, 1)).isEqualTo(before);
        act("IT-NOPE-1", 1, "publication", token("deptadmin1"), hashBody("0".repeat(64)))
                .andExpect(status().isNotFound());
    }
}
