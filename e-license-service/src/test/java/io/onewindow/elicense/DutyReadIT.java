package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.elicense.support.FakeApprovalService;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff read a license's full data only for a real case of their department that cites it, as
 * approval-service knows the case; naming any other case is refused with 403, reads nothing, and is
 * recorded as LicenseReadRefused. Holder endpoints are for citizens and enterprises only.
 */
@ServiceIT
class DutyReadIT {

    static final String CITIZEN1 = "440113199003071235";
    static final String CITIZEN1_LICENSE = "lic-demo-citizen1-food";
    static final String FOOD_MATTER = "MR-FOOD-01";
    static final FakeApprovalService APPROVAL = FakeApprovalService.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventCodec codec;

    private String identifier() {
        return mongo.findById(CITIZEN1_LICENSE, Document.class, "licenses").getString("identifier");
    }

    private static String freshCaseNumber() {
        return "AP-20260302-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "license_uses", mongo.count(new Query(), "license_uses"),
                "license_read_refusals", mongo.count(new Query(), "license_read_refusals"),
                "license_grants", mongo.count(new Query(), "license_grants"),
                "licenses", mongo.count(new Query(), "licenses"));
    }

    private ResultActions read(RequestPostProcessor who, String identifier, String matterCode, String caseNumber)
            throws Exception {
        String body = "{\"identifier\":\"%s\",\"purpose\":\"food license review\"".formatted(identifier)
                + (matterCode == null ? "" : ",\"matterCode\":\"" + matterCode + "\"")
                + (caseNumber == null ? "" : ",\"caseNumber\":\"" + caseNumber + "\"")
                + "}";
        return mvc.perform(post("/api/licenses/reads")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Document refusalOf(String username, String caseNumber) {
        return mongo.findOne(
                Query.query(Criteria.where("readerUsername")
                        .is(username)
                        .and("caseNumber")
                        .is(caseNumber)),
                Document.class,
                "license_read_refusals");
    }

    @Test
    void theOfficerAndTheApproverOfTheCasesDepartmentReadALicenseTheirCaseCites() throws Exception {
        String identifier = identifier();
        String caseNumber = freshCaseNumber();
        APPROVAL.knowsCase(caseNumber, "market-regulation", FOOD_MATTER, identifier);
        Map<String, Long> before = counts();

        for (RequestPostProcessor staff : List.of(Callers.officer1(), Callers.approver1())) {
            read(staff, identifier, FOOD_MATTER, caseNumber)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.holderCode").value(CITIZEN1));
        }
        // Without the matter code the case number alone names the case.
        read(Callers.officer1(), identifier, null, caseNumber).andExpect(status().isOk());

        assertThat(mongo.count(
                        Query.query(Criteria.where("caseNumber")
                                .is(caseNumber)
                                .and("basis")
                                .is("DUTY_CHECK")),
                        "license_uses"))
                .isEqualTo(3);
        assertThat(counts().get("license_read_refusals")).isEqualTo(before.get("license_read_refusals"));
    }

    @Test
    void namingAnyMatterAndNoCaseIsRefusedReadsNothingAndIsRecordedAsARefusal() throws Exception {
        String identifier = identifier();
        Map<String, Long> before = counts();

        read(Callers.officer1(), identifier, "ANY", "NONE")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:license-use.no-duty"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NO_SUCH_CASE")))
                .andExpect(jsonPath("$.holderCode").doesNotExist())
                .andExpect(jsonPath("$.holderName").doesNotExist());

        Map<String, Long> after = counts();
        assertThat(after.get("license_uses")).isEqualTo(before.get("license_uses"));
        assertThat(after.get("license_read_refusals")).isEqualTo(before.get("license_read_refusals") + 1);
        Document refusal = refusalOf("officer1", "NONE");
        assertThat(refusal.getString("reason")).isEqualTo("NO_SUCH_CASE");
        assertThat(refusal.getString("readerDepartment")).isEqualTo("market-regulation");
        assertThat(refusal.getString("matterCode")).isEqualTo("ANY");
        assertThat(refusal.getString("identifier")).isEqualTo(identifier);

        String refusalId = refusal.getString("_id");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.findById(refusalId, Document.class, "license_read_refusals")
                        .getList("outbox", Object.class)
                        .isEmpty());
        var events = TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.LICENSE).stream()
                .filter(r -> refusalId.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .toList();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("onewindow.license.LicenseReadRefused.v1");
            assertThat(e.data().get("reason").asString()).isEqualTo("NO_SUCH_CASE");
            assertThat(e.data().get("readerUsername").asString()).isEqualTo("officer1");
            assertThat(e.data().get("caseNumber").asString()).isEqualTo("NONE");
        });
    }

    @Test
    void aCaseOfAnotherDepartmentACaseNotCitingTheLicenseOrAnotherMatterIsRefused() throws Exception {
        String identifier = identifier();
        String meteorologyCase = freshCaseNumber();
        String notCiting = freshCaseNumber();
        String citing = freshCaseNumber();
        APPROVAL.knowsCase(meteorologyCase, "meteorology", "MET-01", identifier);
        APPROVAL.knowsCase(
                notCiting,
                "market-regulation",
                FOOD_MATTER,
                "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.2026000001.001.D");
        APPROVAL.knowsCase(citing, "market-regulation", FOOD_MATTER, identifier);
        Map<String, Long> before = counts();

        read(Callers.officer1(), identifier, "MET-01", meteorologyCase)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("OTHER_DEPARTMENT")));
        read(Callers.approver1(), identifier, FOOD_MATTER, notCiting)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOT_CITED")));
        read(Callers.officer1(), identifier, "MR-OTHER-01", citing)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NO_SUCH_CASE")));
        // A meteorology approver naming market-regulation's citing case.
        read(Callers.staff("met1", Roles.APPROVER, "meteorology"), identifier, FOOD_MATTER, citing)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.holderCode").doesNotExist());

        assertThat(refusalOf("officer1", meteorologyCase).getString("reason")).isEqualTo("OTHER_DEPARTMENT");
        assertThat(refusalOf("approver1", notCiting).getString("reason")).isEqualTo("NOT_CITED");
        assertThat(refusalOf("officer1", citing).getString("reason")).isEqualTo("NO_SUCH_CASE");
        assertThat(refusalOf("met1", citing).getString("reason")).isEqualTo("OTHER_DEPARTMENT");
        assertThat(counts().get("license_uses")).isEqualTo(before.get("license_uses"));
    }

    @Test
    void withoutACaseOrForAnUnknownIdentifierTheAnswerIsTheSameRefusalSoIdentifiersCannotBeProbed() throws Exception {
        String identifier = identifier();
        String unknown = "1.2.156.3005.2.11100000000013338W002.11440113MB2C000057.2026999999.001.X";
        Map<String, Long> before = counts();

        for (String probed : List.of(identifier, unknown, "not-an-identifier")) {
            read(Callers.officer1(), probed, null, null)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:license-use.no-grant"));
            read(Callers.citizen2(), probed, null, null)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:license-use.no-grant"));
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theStatusCheckNamingACaseNeedsTheSameDutyAndAWindowFilingCheckWithoutCaseStillWorks() throws Exception {
        String identifier = identifier();
        String caseNumber = freshCaseNumber();
        APPROVAL.knowsCase(caseNumber, "market-regulation", FOOD_MATTER, identifier);
        String check = "{\"identifier\":\"%s\",\"holderCode\":\"%s\"".formatted(identifier, CITIZEN1);
        Map<String, Long> before = counts();

        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check + ",\"matterCode\":\"ANY\",\"caseNumber\":\"NONE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:license-use.no-duty"))
                .andExpect(jsonPath("$.belongsToHolder").doesNotExist())
                .andExpect(jsonPath("$.licenseTypeCode").doesNotExist());
        assertThat(counts().get("license_uses")).isEqualTo(before.get("license_uses"));
        assertThat(counts().get("license_read_refusals")).isEqualTo(before.get("license_read_refusals") + 1);

        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check + ",\"matterCode\":\"" + FOOD_MATTER + "\",\"caseNumber\":\"" + caseNumber
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belongsToHolder").value(true));
        // At the window, before the case exists: no case named, the check is logged as a use.
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"));
        // The applicant's own check, as approval-service makes it with the applicant's token.
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(check + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belongsToHolder").value(true));
        assertThat(counts().get("license_uses")).isEqualTo(before.get("license_uses") + 2);
    }

    @Test
    void whileApprovalIsDownADutyReadAnswers503AndReadsAndRecordsNothing() throws Exception {
        String identifier = identifier();
        String caseNumber = freshCaseNumber();
        APPROVAL.knowsCase(caseNumber, "market-regulation", FOOD_MATTER, identifier);
        Map<String, Long> before = counts();
        APPROVAL.goDown();
        try {
            read(Callers.officer1(), identifier, FOOD_MATTER, caseNumber)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:approval-service.unavailable"))
                    .andExpect(jsonPath("$.holderCode").doesNotExist());
        } finally {
            APPROVAL.comeBack();
        }
        assertThat(counts()).isEqualTo(before);
        read(Callers.officer1(), identifier, FOOD_MATTER, caseNumber).andExpect(status().isOk());
    }

    @Test
    void holderEndpointsRefuseStaffAgentsAndPartnersWhoseTokenCarriesTheHoldersIdNumber() throws Exception {
        Map<String, Long> before = counts();
        String grant = "{\"department\":\"tax\",\"purpose\":\"x\",\"validUntil\":\"%s\"}"
                .formatted(Instant.now().plusSeconds(3600));
        for (String role : List.of(
                Roles.WINDOW_OFFICER,
                Roles.APPROVER,
                Roles.DEPT_ADMIN,
                Roles.AGENT,
                Roles.INSPECTOR,
                Roles.PARTNER_SYSTEM)) {
            RequestPostProcessor withId = Callers.as(new Caller(
                    "u-x-" + role, "x-" + role, Set.of(role), "market-regulation", CITIZEN1, null, "onewindow-portal"));
            mvc.perform(get("/api/licenses/mine").with(withId)).andExpect(status().isForbidden());
            for (String path : List.of("", "/qr", "/pdf", "/grants", "/uses")) {
                mvc.perform(get("/api/licenses/" + CITIZEN1_LICENSE + path).with(withId))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(post("/api/licenses/" + CITIZEN1_LICENSE + "/grants")
                            .with(withId)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(grant))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/licenses/" + CITIZEN1_LICENSE + "/grants/grant-" + UUID.randomUUID())
                            .with(withId))
                    .andExpect(status().isForbidden());
            // Not a holder read either: without a grant or a duty case the data stays closed.
            read(withId, identifier(), null, null).andExpect(status().isForbidden());
        }
        assertThat(counts()).isEqualTo(before);

        // the wallet is paged: the largest page, so the demo license is on it however many tests issued
        mvc.perform(get("/api/licenses/mine?size=100").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + CITIZEN1_LICENSE + "')]").exists());
        mvc.perform(get("/api/licenses/" + CITIZEN1_LICENSE).with(Callers.citizen1()))
                .andExpect(status().isOk());
    }

    @Test
    void badInputOnADutyReadIsRefusedAndWritesNothing() throws Exception {
        Map<String, Long> before = counts();
        for (String body : List.of(
                "{\"identifier\":\"%s\",\"purpose\":\"x\",\"caseNumber\":\"{\\\"$gt\\\":\\\"\\\"}\"}"
                        .formatted(identifier()),
                "{\"identifier\":\"%s\",\"purpose\":\"x\",\"caseNumber\":{\"$gt\":\"\"}}".formatted(identifier()),
                "{\"identifier\":\"%s\",\"purpose\":\"x\",\"caseNumber\":12".formatted(identifier()),
                "{\"identifier\":\"%s\",\"purpose\":\"x\",\"caseNumber\":[\"AP-1\"]}".formatted(identifier()),
                "{\"identifier\":\"%s\",\"purpose\":\"x\",\"caseNumber\":\"%s\"}"
                        .formatted(identifier(), "A".repeat(65)))) {
            mvc.perform(post("/api/licenses/reads")
                            .with(Callers.officer1())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest());
        }
        assertThat(counts()).isEqualTo(before);
    }
}
