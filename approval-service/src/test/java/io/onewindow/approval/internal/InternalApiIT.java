package io.onewindow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The internal API with real Keycloak tokens: the e-license service's service account (role
 * platform-service) reads an approved case's facts and a case's cited licenses; every person, every
 * partner system and a caller without a token is refused, and a refusal reads and logs nothing.
 */
class InternalApiIT extends ApprovalIntegrationTest {

    static final String E_LICENSE_CLIENT = "e-license-service";
    static final String E_LICENSE_SECRET = "e-license-service-demo-secret";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String serviceToken;

    @BeforeEach
    void tokens() {
        KeycloakTestServer keycloak = KeycloakTestServer.shared();
        serviceToken = keycloak.clientCredentialsToken(E_LICENSE_CLIENT, E_LICENSE_SECRET);
        for (String user : new String[] {
            "citizen1",
            "enterprise1",
            "agent1",
            "officer1",
            "approver1",
            "deptadmin1",
            "catalogadmin1",
            "inspector1",
            "admin1"
        }) {
            tokens.put(user, keycloak.demoUserToken(user));
        }
        tokens.put("partner-tax", keycloak.clientCredentialsToken("partner-tax", "partner-tax-demo-secret"));
        tokens.put(
                "partner-housing", keycloak.clientCredentialsToken("partner-housing", "partner-housing-demo-secret"));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private String action(RequestPostProcessor who, String caseId, String action, String json) throws Exception {
        return mvc.perform(post("/api/approvals/cases/" + caseId + "/" + action)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A food-license case of citizen1, accepted and reviewed; approved when {@code approve}. */
    private String[] foodLicenseCase(boolean approve) throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-INT"))).code();
        clock.setTo("2026-03-02");
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        action(Callers.officer1(), caseId, "acceptance", "{}");
        action(Callers.approver1(), caseId, "steps", "{\"stepCode\":\"review\",\"opinion\":\"符合条件\"}");
        action(Callers.approver1(), caseId, "steps", "{\"stepCode\":\"decide\",\"opinion\":\"准予许可\"}");
        String view = approve
                ? action(Callers.approver1(), caseId, "approval", "{\"faceData\":{\"经营者名称\":\"张三小吃店\"}}")
                : mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.approver1()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        return new String[] {caseId, JsonPath.read(view, "$.caseNumber"), matter};
    }

    @Test
    void theServiceAccountReadsTheFactsOfAnApprovedCaseWithTheHolderDataToPrint() throws Exception {
        String[] c = foodLicenseCase(true);

        mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + c[0]), serviceToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(c[0]))
                .andExpect(jsonPath("$.caseNumber").value(c[1]))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.matterCode").value(c[2]))
                .andExpect(
                        jsonPath("$.matterName").value(Matters.foodLicense(c[2]).name()))
                .andExpect(jsonPath("$.matterVersion").value(1))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.licenseTypeCode").value(Matters.FOOD_LICENSE_TYPE))
                .andExpect(jsonPath("$.decidedBy").value("approver1"))
                .andExpect(jsonPath("$.decidedAt").exists())
                .andExpect(jsonPath("$.holderCode").value("440113199003071235"))
                .andExpect(jsonPath("$.holderCodeType").value("111"))
                .andExpect(jsonPath("$.holderName").isNotEmpty())
                .andExpect(jsonPath("$.faceData.经营者名称").value("张三小吃店"));

        // Completed after approval still counts as approved.
        action(Callers.officer1(), c[0], "completion", "{}");
        mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + c[0]), serviceToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));

        // The service's reads are logged like anyone's.
        assertThat(mongo.count(
                        Query.query(org.springframework.data.mongodb.core.query.Criteria.where("caseId")
                                .is(c[0])
                                .and("reader")
                                .is("service-account-e-license-service")),
                        "case_reads"))
                .isEqualTo(2);
    }

    @Test
    void aCaseNotApprovedIs409AndAnUnknownCase404() throws Exception {
        String[] c = foodLicenseCase(false);

        mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + c[0]), serviceToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:internal.case-not-approved"));
        mvc.perform(bearer(
                        get("/api/approvals/internal/approved-cases/00000000-0000-0000-0000-000000000000"),
                        serviceToken))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/approvals/internal/case-citations/AP-19990101-999999"), serviceToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void theServiceAccountReadsTheLicensesACaseCites() throws Exception {
        String[] c = foodLicenseCase(false);

        mvc.perform(bearer(get("/api/approvals/internal/case-citations/" + c[1]), serviceToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(c[0]))
                .andExpect(jsonPath("$.caseNumber").value(c[1]))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.matterCode").value(c[2]))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.licenseIdentifiers[0]").value(Applications.BUSINESS_LICENSE_ID))
                .andExpect(jsonPath("$.licenseIdentifiers.length()").value(1));
    }

    @Test
    void everyPersonAndPartnerIsRefused403AndNoTokenIs401AndNothingIsReadOrLogged() throws Exception {
        String[] c = foodLicenseCase(true);
        long reads = mongo.count(new Query(), "case_reads");

        for (Map.Entry<String, String> caller : tokens.entrySet()) {
            mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + c[0]), caller.getValue()))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(get("/api/approvals/internal/case-citations/" + c[1]), caller.getValue()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/approvals/internal/approved-cases/" + c[0])).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/approvals/internal/case-citations/" + c[1])).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + c[0]), "not-a-token"))
                .andExpect(status().isUnauthorized());

        assertThat(mongo.count(new Query(), "case_reads")).isEqualTo(reads);
    }

    @Test
    void malformedIdsAndSmuggledOperatorsAreRefusedAsBadInput() throws Exception {
        long reads = mongo.count(new Query(), "case_reads");
        for (String bad : new String[] {"not-a-case-id", "%7B%22%24gt%22%3A%22%22%7D", "%7B%22$gt%22:%22%22%7D"}) {
            mvc.perform(bearer(get("/api/approvals/internal/approved-cases/" + bad), serviceToken))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.holderCode").doesNotExist());
        }
        for (String bad : new String[] {"AP_1;drop", "%7B%22$gt%22:%22%22%7D", "x".repeat(65)}) {
            mvc.perform(bearer(get("/api/approvals/internal/case-citations/" + bad), serviceToken))
                    .andExpect(status().isBadRequest());
        }
        assertThat(mongo.count(new Query(), "case_reads")).isEqualTo(reads);
    }
}
