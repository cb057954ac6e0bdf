package io.onewindow.approval.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Partner systems docking with real Keycloak client-credentials tokens, own department only. */
class PartnerDockingIT extends ApprovalIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String taxToken;
    private String taxMatter;
    private String partnerCase;

    @BeforeEach
    void partnerTaxWithAMatter() {
        // A fixed working morning before the reported due date (2026-12-15), inside the shipped
        // calendar: the mirrored clock counts working days from the acceptance, whatever the real date.
        clock.setTo("2026-12-02");
        taxToken = KeycloakTestServer.shared().clientCredentialsToken("partner-tax", "partner-tax-demo-secret");
        taxMatter = published(Matters.taxMatter(freshCode("IT-TX"))).code();
        partnerCase = "TAX-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> report(String token, String matter, String milestone, Instant at, String dueDate)
            throws Exception {
        String json = """
                {"partnerCaseNumber":"%s","matterCode":"%s","milestone":"%s","occurredAt":"%s"%s}""".formatted(
                        partnerCase, matter, milestone, at, dueDate == null ? "" : ",\"dueDate\":\"" + dueDate + "\"");
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/approvals/partner/milestones"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> read(String token, String caseNumber) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/approvals/partner/cases/" + caseNumber))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void partnerReportsMilestonesInOrderAndTheyAreMirroredAndPublished() throws Exception {
        Instant now = clock.instant();

        assertThat(report(taxToken, taxMatter, "RECEIVED", now.minusSeconds(600), null)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> accepted = report(taxToken, taxMatter, "ACCEPTED", now.minusSeconds(300), "2026-12-15");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"department\":\"tax\"").contains("\"dueDate\":\"2026-12-15\"");
        HttpResponse<String> mirror = read(taxToken, partnerCase);
        assertThat(mirror.statusCode()).isEqualTo(200);
        assertThat(mirror.body()).contains("\"clock\":{\"acceptedOn\":").contains("\"workingDaysLeft\":");
        String caseId = mirror.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        assertThat(ApprovalTopic.typesFor(caseId, 2))
                .containsExactly("PartnerMilestoneReported", "PartnerMilestoneReported");
    }

    @Test
    void outOfOrderBackDatedAndUnknownMatterReportsAreRefusedAndRecorded() throws Exception {
        Instant now = clock.instant();
        long refusalsBefore = mongo.getCollection("partner_refusals").countDocuments();
        report(taxToken, taxMatter, "RECEIVED", now.minusSeconds(600), null);

        HttpResponse<String> skipped = report(taxToken, taxMatter, "COMPLETED", now.minusSeconds(60), null);
        assertThat(skipped.statusCode()).isEqualTo(409);
        assertThat(skipped.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(skipped.body()).contains("partner.out-of-order");

        HttpResponse<String> backDated =
                report(taxToken, taxMatter, "ACCEPTED", now.minusSeconds(3 * 24 * 3600), "2026-12-15");
        assertThat(backDated.body()).contains("partner.back-dated");

        String marketMatter = published(Matters.foodLicense(freshCode("IT-MR"))).code();
        HttpResponse<String> otherDepartment = report(taxToken, marketMatter, "RECEIVED", now, null);
        assertThat(otherDepartment.body()).contains("partner.unknown-matter");

        assertThat(mongo.getCollection("partner_refusals").countDocuments()).isEqualTo(refusalsBefore + 3);
        assertThat(ApprovalTopic.typesFor("tax/" + partnerCase, 3))
                .containsExactly("PartnerReportRefused", "PartnerReportRefused", "PartnerReportRefused");
    }

    @Test
    void anAcceptanceDueBeyondTheCalendarIsRefusedWithoutAWriteAndTheCaseStaysReadable(
            @org.springframework.beans.factory.annotation.Autowired
                    io.onewindow.platform.calendar.WorkingCalendar calendar)
            throws Exception {
        Instant now = clock.instant();
        long refusalsBefore = mongo.getCollection("partner_refusals").countDocuments();
        assertThat(report(taxToken, taxMatter, "RECEIVED", now.minusSeconds(600), null)
                        .statusCode())
                .isEqualTo(201);
        String beyond = calendar.provisionalHorizon().orElseThrow().plusYears(1) + "-01-15";

        HttpResponse<String> refused = report(taxToken, taxMatter, "ACCEPTED", now.minusSeconds(300), beyond);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("calendar-not-covered");
        HttpResponse<String> mirror = read(taxToken, partnerCase);
        assertThat(mirror.statusCode()).isEqualTo(200);
        assertThat(mirror.body()).doesNotContain("ACCEPTED").doesNotContain(beyond);
        assertThat(mongo.getCollection("partner_refusals").countDocuments())
                .as("a calendar the platform cannot count yet is not held against the partner")
                .isEqualTo(refusalsBefore);

        HttpResponse<String> retried = report(taxToken, taxMatter, "ACCEPTED", now.minusSeconds(300), "2026-12-15");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(read(taxToken, partnerCase).body()).contains("ACCEPTED").contains("\"countable\":true");
    }

    @Test
    void anotherPartnerCannotSeeTheCaseAndPeopleCannotReport() throws Exception {
        report(taxToken, taxMatter, "RECEIVED", clock.instant().minusSeconds(60), null);
        String housingToken =
                KeycloakTestServer.shared().clientCredentialsToken("partner-housing", "partner-housing-demo-secret");
        String citizenToken = KeycloakTestServer.shared().passwordToken("citizen1", "demo");

        assertThat(read(housingToken, partnerCase).statusCode()).isEqualTo(404);
        assertThat(read(taxToken, partnerCase).statusCode()).isEqualTo(200);
        HttpResponse<String> citizen = report(citizenToken, taxMatter, "ACCEPTED", clock.instant(), "2026-12-15");
        assertThat(citizen.statusCode()).isEqualTo(403);
        assertThat(report("not-a-token", taxMatter, "ACCEPTED", clock.instant(), "2026-12-15")
                        .statusCode())
                .isEqualTo(401);
    }

    private org.springframework.test.web.servlet.ResultActions reportAs(
            org.springframework.test.web.servlet.request.RequestPostProcessor caller,
            String matter,
            String caseNumber,
            String milestone,
            Instant at,
            String dueDate)
            throws Exception {
        String json = """
                {"partnerCaseNumber":"%s","matterCode":"%s","milestone":"%s","occurredAt":"%s"%s}""".formatted(
                        caseNumber, matter, milestone, at, dueDate == null ? "" : ",\"dueDate\":\"" + dueDate + "\"");
        return mvc.perform(post("/api/approvals/partner/milestones")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor partnerSystem(
            String department, String clientId) {
        return Callers.as(new Caller(
                "u-" + clientId,
                "service-account-" + clientId,
                Set.of(Roles.PARTNER_SYSTEM),
                department,
                null,
                null,
                clientId));
    }

    @Test
    void aSystemOfAnUnregisteredDepartmentOrNotTheDepartmentsRegisteredSystemIsRefusedAndRecorded() throws Exception {
        Instant now = clock.instant();
        long refusalsBefore = mongo.getCollection("partner_refusals").countDocuments();
        long mirrorsBefore = mongo.getCollection("partner_cases").countDocuments();

        reportAs(partnerSystem("customs", "partner-customs"), taxMatter, partnerCase, "RECEIVED", now, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:partner.unknown-department"));
        reportAs(partnerSystem("tax", "partner-housing"), taxMatter, partnerCase, "RECEIVED", now, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.client-not-registered"));
        reportAs(partnerSystem("tax", "onewindow-cli"), taxMatter, partnerCase, "RECEIVED", now, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.client-not-registered"));
        mvc.perform(get("/api/approvals/partner/cases/" + partnerCase).with(partnerSystem("tax", "partner-housing")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.client-not-registered"));

        assertThat(mongo.getCollection("partner_cases").countDocuments()).isEqualTo(mirrorsBefore);
        assertThat(mongo.getCollection("partner_refusals").countDocuments()).isEqualTo(refusalsBefore + 3);
        assertThat(ApprovalTopic.eventsFor("customs/" + partnerCase, 1))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.data().get("problemCode").asString()).isEqualTo("partner.unknown-department"));
        assertThat(ApprovalTopic.eventsFor("tax/" + partnerCase, 2))
                .extracting(e -> e.data().get("reportedBy").asString())
                .containsExactly("partner-housing", "onewindow-cli");

        assertThat(report(taxToken, taxMatter, "RECEIVED", now.minusSeconds(60), null)
                        .statusCode())
                .as("the registered system of tax, with its real token")
                .isEqualTo(201);
    }

    @Test
    void aRetiredDepartmentsSystemReportsNoMoreButStillReadsItsCases() throws Exception {
        String department = "it-dept-" + UUID.randomUUID().toString().substring(0, 8);
        String client = "partner-" + department;
        mvc.perform(post("/api/approvals/departments")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"番禺区测试局\",\"partnerClientId\":\"%s\"}"
                                .formatted(department, client)))
                .andExpect(status().isCreated());
        String matter = published(Matters.inDepartment(freshCode("IT-TX"), Matters.taxMatter("XX"), department))
                .code();
        Instant now = clock.instant();
        reportAs(partnerSystem(department, client), matter, partnerCase, "RECEIVED", now.minusSeconds(600), null)
                .andExpect(status().isCreated());

        mvc.perform(post("/api/approvals/departments/" + department + "/retirement")
                        .with(Callers.admin1()))
                .andExpect(status().isOk());

        reportAs(partnerSystem(department, client), matter, partnerCase, "ACCEPTED", now.minusSeconds(60), "2026-12-15")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("partner.department-retired"));
        mvc.perform(get("/api/approvals/partner/cases/" + partnerCase).with(partnerSystem(department, client)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones.length()").value(1));
        assertThat(ApprovalTopic.typesFor(department + "/" + partnerCase, 1)).containsExactly("PartnerReportRefused");
    }

    private org.springframework.test.web.servlet.ResultActions receivedFor(String caseNumber, String applicantJson)
            throws Exception {
        String json = """
                {"partnerCaseNumber":"%s","matterCode":"%s","milestone":"RECEIVED","occurredAt":"%s",%s}""".formatted(caseNumber, taxMatter, clock.instant().minusSeconds(600), applicantJson);
        return mvc.perform(post("/api/approvals/partner/milestones")
                .with(partnerSystem("tax", "partner-tax"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theApplicantNamedWithReceivedIsPublishedOnlyAsAKeyedPseudonym(
            @org.springframework.beans.factory.annotation.Autowired
                    io.onewindow.platform.identity.IdentityPseudonyms pseudonyms)
            throws Exception {
        String received = receivedFor(partnerCase, "\"applicantIdNumber\":\"440113199003071235\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicantType").value("PERSON"))
                .andExpect(jsonPath("$.applicantKnown").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseId = received.replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        reportAs(
                        partnerSystem("tax", "partner-tax"),
                        taxMatter,
                        partnerCase,
                        "ACCEPTED",
                        clock.instant().minusSeconds(300),
                        "2026-12-15")
                .andExpect(status().isCreated());

        String pseudonym = pseudonyms.ofApplicant("440113199003071235", false);
        assertThat(ApprovalTopic.eventsFor(caseId, 2))
                .extracting(e -> e.data().get("applicantPseudonym").asString())
                .containsExactly(pseudonym, pseudonym);
        assertThat(ApprovalTopic.eventsFor(caseId, 2)).allSatisfy(e -> {
            assertThat(e.data().get("applicantType").asString()).isEqualTo("PERSON");
            assertThat(e.data().toString()).doesNotContain("440113199003071235");
        });
        org.bson.Document stored = mongo.getCollection("partner_cases")
                .find(new org.bson.Document("_id", "tax/" + partnerCase))
                .first();
        assertThat(stored.toJson()).doesNotContain("440113199003071235").contains(pseudonym);

        String enterpriseCase = partnerCase + "-E";
        receivedFor(enterpriseCase, "\"applicantCreditCode\":\"91440113MA5D000166\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicantType").value("ENTERPRISE"));
    }

    @Test
    void aBadApplicantIsRefusedWith400NamingTheFieldAndNothingIsWritten() throws Exception {
        long mirrorsBefore = mongo.getCollection("partner_cases").countDocuments();
        long refusalsBefore = mongo.getCollection("partner_refusals").countDocuments();

        receivedFor(partnerCase, "\"applicantIdNumber\":\"440113199003071230\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:resident-id.check-character"))
                .andExpect(jsonPath("$.errors[0].field").value("applicantIdNumber"));
        receivedFor(partnerCase, "\"applicantCreditCode\":\"91440113MA5D0001I6\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("credit-code.check-character"))
                .andExpect(jsonPath("$.errors[0].field").value("applicantCreditCode"));
        receivedFor(partnerCase, "\"applicantIdNumber\":\"' OR 1=1 --\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicantIdNumber"));
        receivedFor(partnerCase, "\"applicantIdNumber\":\"" + "4".repeat(500) + "\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicantIdNumber"));
        receivedFor(
                        partnerCase,
                        "\"applicantIdNumber\":\"440113199003071235\",\"applicantCreditCode\":\"91440113MA5D000166\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("partner.applicant-ambiguous"));
        receivedFor(partnerCase, "\"applicantIdNumber\":12345").andExpect(status().isBadRequest());

        assertThat(mongo.getCollection("partner_cases").countDocuments()).isEqualTo(mirrorsBefore);
        assertThat(mongo.getCollection("partner_refusals").countDocuments()).isEqualTo(refusalsBefore);

        // with another milestone than RECEIVED: refused, and the case stays as it was
        receivedFor(partnerCase, "\"applicantIdNumber\":\"440113199003071235\"").andExpect(status().isCreated());
        String accepted = """
                {"partnerCaseNumber":"%s","matterCode":"%s","milestone":"ACCEPTED","occurredAt":"%s",\
                "dueDate":"2026-12-15","applicantIdNumber":"440113200002290028"}""".formatted(partnerCase, taxMatter, clock.instant().minusSeconds(300));
        mvc.perform(post("/api/approvals/partner/milestones")
                        .with(partnerSystem("tax", "partner-tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(accepted))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("partner.applicant-not-received"));
        mvc.perform(get("/api/approvals/partner/cases/" + partnerCase).with(partnerSystem("tax", "partner-tax")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones.length()").value(1));
        assertThat(mongo.getCollection("partner_refusals").countDocuments()).isEqualTo(refusalsBefore);
    }
}
