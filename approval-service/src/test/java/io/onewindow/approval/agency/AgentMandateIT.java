package io.onewindow.approval.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.support.AgencyRegisterFeed;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Agents file for others only with a mandate: the register's events are written straight onto the
 * appointment topic (as appointment-service's outbox would), and agent1 files with real Keycloak
 * tokens. Without a live mandate covering the matter nothing is written, no case number is taken,
 * and the refusal is published as {@code AgentFilingRefused}.
 */
class AgentMandateIT extends ApprovalIntegrationTest {

    @Autowired
    IdentityPseudonyms pseudonyms;

    private AgencyRegisterFeed register;
    private Applications applications;
    private String agentToken;
    private String intermediary;
    private String matter;
    private String otherMatter;
    private String principal;

    @BeforeEach
    void agent1EnrolledUnderAFreshIntermediary() {
        clock.setTo("2026-03-02");
        register = new AgencyRegisterFeed(mongo, pseudonyms);
        applications = new Applications(mvc);
        agentToken = KeycloakTestServer.shared().demoUserToken("agent1");
        intermediary = AgencyRegisterFeed.freshIntermediary();
        register.enrolAgent1(intermediary);
        matter = published(Matters.foodLicense(freshCode("IT-AGY"))).code();
        otherMatter = published(Matters.foodLicense(freshCode("IT-AGY"))).code();
        principal = AgencyRegisterFeed.freshIdNumber();
    }

    private RequestPostProcessor agent1() {
        return request -> {
            request.addHeader("Authorization", "Bearer " + agentToken);
            return request;
        };
    }

    private String grant(List<String> matters) {
        Instant now = clock.instant();
        return register.grantToAgent1(
                intermediary, principal, matters, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    }

    private ResultActions file(RequestPostProcessor who, String matterCode, String idNumber) throws Exception {
        String layout = applications.upload(who, "layout.pdf");
        return mvc.perform(post("/api/approvals/cases")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"matterCode":"%s","principal":{"name":"委托人","idNumber":"%s"},
                         "materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matterCode, idNumber, layout)));
    }

    private long casesFor(String idNumber) {
        return mongo.count(Query.query(Criteria.where("applicantCode").is(idNumber)), "cases");
    }

    private long numbersTaken() {
        return mongo.findAll(Document.class, "case_numbers").stream()
                .mapToLong(d -> ((Number) d.get("value")).longValue())
                .sum();
    }

    /** Files as agent1 and expects the refusal: 403 with the code, nothing written, the refusal published. */
    private void refused(String matterCode, String code, String reason) throws Exception {
        long numbers = numbersTaken();
        file(agent1(), matterCode, principal)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + code))
                .andExpect(jsonPath("$.code").value(code));
        assertThat(casesFor(principal)).isZero();
        assertThat(numbersTaken()).isEqualTo(numbers);
        assertRefusalPublished(matterCode, reason);
    }

    private void assertRefusalPublished(String matterCode, String reason) {
        Document stored = mongo.findOne(
                Query.query(Criteria.where("agentUsername")
                                .is("agent1")
                                .and("refusal.principalPseudonym")
                                .is(pseudonyms.ofIdNumber(principal))
                                .and("refusal.matterCode")
                                .is(matterCode))
                        .with(Sort.by(Sort.Direction.DESC, "refusal.refusedAt")),
                Document.class,
                "agent_filing_refusals");
        assertThat(stored).as("refusal recorded").isNotNull();
        List<EventEnvelope<JsonNode>> events = ApprovalTopic.eventsFor(stored.getString("_id"), 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo("onewindow.approval.AgentFilingRefused.v1");
        JsonNode data = events.get(0).data();
        assertThat(data.get("agentUsername").asString()).isEqualTo("agent1");
        assertThat(data.get("agentPseudonym").asString()).isEqualTo(register.agent1Pseudonym());
        assertThat(data.get("principalPseudonym").asString()).isEqualTo(pseudonyms.ofIdNumber(principal));
        assertThat(data.get("matterCode").asString()).isEqualTo(matterCode);
        assertThat(data.get("department").asString()).isEqualTo("market-regulation");
        assertThat(data.get("reason").asString()).isEqualTo(reason);
        assertThat(data.toString()).doesNotContain(principal).doesNotContain(AgencyRegisterFeed.AGENT1_ID_NUMBER);
    }

    @Test
    void withoutAMandateTheFilingIsRefusedAndNothingIsWritten() throws Exception {
        refused(matter, "mandate.missing", "NO_MANDATE");
    }

    @Test
    void aMandateLetsTheAgentFile() throws Exception {
        grant(List.of());
        String body = file(agent1(), matter, principal)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agent").value("agent1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseId = JsonPath.read(body, "$.id");
        assertThat(casesFor(principal)).isEqualTo(1);
        JsonNode submitted = ApprovalTopic.eventsFor(caseId, 1).get(0).data();
        assertThat(submitted.get("applicantPseudonym").asString()).isEqualTo(pseudonyms.ofIdNumber(principal));
    }

    @Test
    void aMandateForOtherMattersIsOutOfScope() throws Exception {
        grant(List.of(otherMatter));
        refused(matter, "mandate.out-of-scope", "MANDATE_OUT_OF_SCOPE");
        file(agent1(), otherMatter, principal).andExpect(status().isCreated());
    }

    @Test
    void aRevokedMandateNoLongerCovers() throws Exception {
        String mandate = grant(List.of());
        register.revoke(mandate, principal, clock.instant().minusSeconds(1));
        refused(matter, "mandate.missing", "NO_MANDATE");
    }

    @Test
    void anExpiredMandateNoLongerCovers() throws Exception {
        Instant now = clock.instant();
        register.grantToAgent1(intermediary, principal, List.of(), now.minus(Duration.ofDays(30)), now.minusSeconds(1));
        refused(matter, "mandate.missing", "NO_MANDATE");
    }

    @Test
    void aMandateNotYetValidDoesNotCover() throws Exception {
        Instant now = clock.instant();
        register.grantToAgent1(intermediary, principal, List.of(), now.plusSeconds(60), now.plus(Duration.ofDays(30)));
        refused(matter, "mandate.missing", "NO_MANDATE");
    }

    @Test
    void aBarredAgentIsRefusedUntilReinstated() throws Exception {
        grant(List.of());
        register.suspend(intermediary, "agent1", Instant.now());
        refused(matter, "agency.suspended", "SUSPENDED");

        register.reinstate(intermediary, "agent1", Instant.now());
        file(agent1(), matter, principal).andExpect(status().isCreated());
    }

    @Test
    void aBarredIntermediaryStopsItsAgentsUntilReinstated() throws Exception {
        grant(List.of());
        register.suspend(intermediary, null, Instant.now());
        refused(matter, "agency.suspended", "SUSPENDED");

        register.reinstate(intermediary, null, Instant.now());
        file(agent1(), matter, principal).andExpect(status().isCreated());
    }

    @Test
    void anAgentNotEnrolledAnywhereIsRefused() throws Exception {
        // confirmed at a window like agent1, so that only the register can refuse him
        RequestPostProcessor stranger = Callers.as(Callers.confirmed(new Caller(
                "u-agent7",
                "agent7",
                Set.of(Roles.AGENT),
                null,
                AgencyRegisterFeed.freshIdNumber(),
                null,
                "onewindow-portal")));
        long numbers = numbersTaken();
        file(stranger, matter, principal)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("agency.not-enrolled"));
        assertThat(casesFor(principal)).isZero();
        assertThat(numbersTaken()).isEqualTo(numbers);
        assertThat(mongo.count(Query.query(Criteria.where("agentUsername").is("agent7")), "agent_filing_refusals"))
                .isEqualTo(1);
    }

    @Test
    void agent1UnderAnotherAccountsIdNumberIsNotEnrolled() throws Exception {
        // The account name alone is not enough: the ID number in the token must be the enrolled one.
        grant(List.of());
        RequestPostProcessor impostor = Callers.as(Callers.confirmed(new Caller(
                "u-x",
                "agent1",
                Set.of(Roles.AGENT),
                null,
                AgencyRegisterFeed.freshIdNumber(),
                null,
                "onewindow-portal")));
        file(impostor, matter, principal)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("agency.not-enrolled"));
        assertThat(casesFor(principal)).isZero();
    }

    @Test
    void withdrawalAndAnswersToCorrectionsNeedTheMandateStill() throws Exception {
        String mandate = grant(List.of());
        String body = file(agent1(), matter, principal)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseId = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/approvals/cases/" + caseId + "/corrections")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"materialCode\":\"safety-rules\",\"problem\":\"未提交\"}]}"))
                .andExpect(status().isOk());
        String rules = applications.upload(agent1(), "rules.pdf");

        register.revoke(mandate, principal, clock.instant().minusSeconds(1));

        mvc.perform(post("/api/approvals/cases/" + caseId + "/resubmission")
                        .with(agent1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":[{\"materialCode\":\"safety-rules\",\"fileId\":\"%s\"}]}"
                                .formatted(rules)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mandate.missing"));
        mvc.perform(post("/api/approvals/cases/" + caseId + "/withdrawal")
                        .with(agent1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"不办了\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mandate.missing"));
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(caseId)), Document.class, "cases");
        assertThat(stored.get("state")).isEqualTo("CORRECTION_REQUIRED");
        assertThat(mongo.count(Query.query(Criteria.where("refusal.caseId").is(caseId)), "agent_filing_refusals"))
                .isEqualTo(2);

        // With a new mandate the agent may answer again.
        grant(List.of(matter));
        mvc.perform(post("/api/approvals/cases/" + caseId + "/withdrawal")
                        .with(agent1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"不办了\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void windowOfficersStillFileForAPrincipalWithoutAMandate() throws Exception {
        file(Callers.officer1(), matter, principal).andExpect(status().isCreated());
        assertThat(casesFor(principal)).isEqualTo(1);
    }

    @Test
    void theApplicantThemselvesNeedsNoMandate() throws Exception {
        applications.completeFoodLicense(Callers.citizen1(), matter);
    }
}
