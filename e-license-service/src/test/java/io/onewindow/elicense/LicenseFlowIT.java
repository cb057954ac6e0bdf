package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.elicense.license.Issuance;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.elicense.support.Approvals;
import io.onewindow.elicense.support.FakeApprovalService;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service against the real MongoDB-protocol server and Kafka broker: approval events
 * in, signed licenses out, verification, use with consent, and the events on the license topic.
 */
@ServiceIT
class LicenseFlowIT {

    static final String CITIZEN1 = "440113199003071235";
    static final String CITIZEN2 = "440113200002290028";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    Issuance issuance;

    private String approve(String caseId, String holderCode) throws Exception {
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(
                caseId, holderCode, Instant.now().minusSeconds(60));
        EventEnvelope<ApplicationApproved> envelope = Approvals.envelope(approved, Instant.now());
        kafka.send(Topics.APPROVAL, caseId, codec.write(envelope)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> licenseOfCase(caseId) != null);
        return licenseOfCase(caseId).getString("_id");
    }

    private Document licenseOfCase(String caseId) {
        return mongo.findOne(Query.query(Criteria.where("caseId").is(caseId)), Document.class, "licenses");
    }

    private String identifierOf(String licenseId) {
        return mongo.findById(licenseId, Document.class, "licenses").getString("identifier");
    }

    private List<EventEnvelope<tools.jackson.databind.JsonNode>> licenseEvents(String licenseId, String type) {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        mongo.find(Query.query(Criteria.where("outbox.0").exists(true)), Document.class, "licenses")
                                        .isEmpty()
                                && mongo.find(
                                                Query.query(Criteria.where("outbox.0")
                                                        .exists(true)),
                                                Document.class,
                                                "license_uses")
                                        .isEmpty());
        List<ConsumerRecord<String, String>> records =
                TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.LICENSE);
        return records.stream()
                .filter(r -> licenseId.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .filter(e -> e.type().equals(type))
                .toList();
    }

    private String verify(String json) throws Exception {
        return mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String verifyIdentifier(String identifier) throws Exception {
        return JsonPath.read(verify("{\"identifier\":\"" + identifier + "\"}"), "$.result");
    }

    @Test
    void anApprovalDeliveredTwiceAndReplayedIssuesExactlyOneSignedLicense() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(
                caseId, CITIZEN1, Instant.now().minusSeconds(60));
        String sameEvent = codec.write(Approvals.envelope(approved, Instant.now()));
        kafka.send(Topics.APPROVAL, caseId, sameEvent).get();
        kafka.send(Topics.APPROVAL, caseId, sameEvent).get();
        // The same approval under a new event id (e.g. re-published by approval-service).
        kafka.send(Topics.APPROVAL, caseId, codec.write(Approvals.envelope(approved, Instant.now())))
                .get();

        await().atMost(Duration.ofSeconds(30)).until(() -> licenseOfCase(caseId) != null);
        String licenseId = licenseOfCase(caseId).getString("_id");
        List<EventEnvelope<tools.jackson.databind.JsonNode>> issued =
                licenseEvents(licenseId, "onewindow.license.LicenseIssued.v1");

        assertThat(mongo.count(Query.query(Criteria.where("caseId").is(caseId)), "licenses"))
                .isEqualTo(1);
        assertThat(issued).singleElement().satisfies(e -> {
            assertThat(e.data().get("caseId").asString()).isEqualTo(caseId);
            assertThat(e.data().get("maskedHolderCode").asString()).isEqualTo("440113********1235");
        });
        assertThat(verifyIdentifier(identifierOf(licenseId))).isEqualTo("VALID");
    }

    @Test
    void theSameApprovalAppliedConcurrentlyStillIssuesOneLicense() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(
                caseId, CITIZEN2, Instant.now().minusSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<License>>> runs = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return issuance.issueForApprovedCase(approved);
                }));
            }
            start.countDown();
            Set<String> answered = new HashSet<>();
            for (var run : runs) {
                answered.add(run.get().orElseThrow().id());
            }
            assertThat(answered).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(Query.query(Criteria.where("caseId").is(caseId)), "licenses"))
                .isEqualTo(1);
    }

    @Test
    void aMatterWithoutALicenseTypeIssuesNothingAndAnotherDepartmentsTypeIsRefused() {
        ApplicationApproved template =
                Approvals.foodBusinessLicenseApprovedFor("case-" + UUID.randomUUID(), CITIZEN2, Instant.now());
        ApplicationApproved noLicense = new ApplicationApproved(
                template.caseId(),
                template.caseNumber(),
                template.matterCode(),
                template.matterName(),
                template.matterVersion(),
                template.department(),
                null,
                template.holderCodeType(),
                template.maskedHolderCode(),
                template.holderPseudonym(),
                template.decidedBy(),
                template.decidedAt());
        assertThat(issuance.issueForApprovedCase(noLicense)).isEmpty();

        // approval-service confirms a meteorology case that names a market-regulation type.
        var meteorologyCase =
                Approvals.foodBusinessLicenseFacts(template.caseId(), "meteorology", CITIZEN2, Instant.now());
        FakeApprovalService.shared().knowsApproved(meteorologyCase);
        ApplicationApproved otherDepartment = Approvals.announced(meteorologyCase);
        assertThatThrownBy(() -> issuance.issueForApprovedCase(otherDepartment))
                .isInstanceOf(io.onewindow.platform.domain.ConflictException.class);
        assertThat(mongo.count(Query.query(Criteria.where("caseId").is(template.caseId())), "licenses"))
                .isZero();
    }

    @Test
    void aLicenseAnswersItsIssuingInstantWithTheDistrictsOffsetAndItsDatesAsPlainDates() throws Exception {
        String license = "$[?(@.id == 'lic-demo-enterprise1-business')]";
        mvc.perform(get("/api/licenses/mine").with(Callers.enterprise1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(license + ".issuedAt", org.hamcrest.Matchers.hasSize(1)))
                .andExpect(jsonPath(
                        license + ".issuedAt",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern(
                                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00"))))
                .andExpect(jsonPath(
                        license + ".issuedOn",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}"))));
    }

    @Test
    void anEnterpriseHoldsAndChecksItsCompanysLicenseByCreditCode() throws Exception {
        mvc.perform(get("/api/licenses/mine").with(Callers.enterprise1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'lic-demo-enterprise1-business')].holderCode")
                        .value("91440113MA5D000166"));
        String identifier = identifierOf("lic-demo-enterprise1-business");
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.enterprise1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"identifier\":\"%s\",\"holderCode\":\"91440113MA5D000166\"}".formatted(identifier)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.belongsToHolder").value(true))
                .andExpect(jsonPath("$.validTo").doesNotExist());
        mvc.perform(get("/api/licenses/lic-demo-enterprise1-business").with(Callers.citizen1()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRevokedLicenseVerifiesRevokedRightAfterRevocationAlsoFromAnOlderQrCode() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        String qr = JsonPath.read(
                mvc.perform(get("/api/licenses/" + licenseId + "/qr").with(Callers.citizen1()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.payload");
        assertThat(verifyIdentifier(identifier)).isEqualTo("VALID");

        mvc.perform(post("/api/licenses/" + licenseId + "/revocation")
                        .with(Callers.approver1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"obtained by false statements\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));

        assertThat(verifyIdentifier(identifier)).isEqualTo("REVOKED");
        String byQr = verify("{\"payload\":\"" + qr + "\"}");
        assertThat((String) JsonPath.read(byQr, "$.result")).isEqualTo("REVOKED");
        assertThat((String) JsonPath.read(byQr, "$.qrStatus")).isEqualTo("VALID");
        assertThat(byQr).doesNotContain(CITIZEN1).doesNotContain("false statements");
        assertThat(licenseEvents(licenseId, "onewindow.license.LicenseRevoked.v1"))
                .hasSize(1);
    }

    @Test
    void forgedTruncatedResignedAndMisspelledInputsVerifyInvalidNeverAsAnError() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        String qr = JsonPath.read(
                mvc.perform(get("/api/licenses/" + licenseId + "/qr").with(Callers.citizen1()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.payload");
        String wrongCheck = identifier.substring(0, identifier.length() - 1) + (identifier.endsWith("A") ? "B" : "A");
        String forgedStatus = qr.replace("|VALID|", "|REVOKED|");
        String truncated = qr.substring(0, qr.length() - 10);
        String unknownKey = qr.replace("|market-regulation-k", "|market-regulation-x");
        // Re-signed: a well-formed payload signed by a key the platform never published.
        KeyPair rogue = Sm2.generateKeyPair();
        String unsigned = qr.substring(0, qr.lastIndexOf('|'));
        String resigned = unsigned + "|"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Sm2.sign(rogue.getPrivate(), unsigned.getBytes(StandardCharsets.UTF_8)));

        assertThat(verifyIdentifier(wrongCheck)).isEqualTo("INVALID");
        assertThat(verifyIdentifier("1.2.156.3005.2.nonsense")).isEqualTo("INVALID");
        for (String payload : List.of(forgedStatus, truncated, unknownKey, resigned, "OWL1|x", "garbage")) {
            assertThat((String) JsonPath.read(verify("{\"payload\":\"" + payload + "\"}"), "$.result"))
                    .as(payload)
                    .isEqualTo("INVALID");
        }
        assertThat((String) JsonPath.read(verify("{\"payload\":\"" + qr + "\"}"), "$.result"))
                .isEqualTo("VALID");
    }

    @Test
    void aTamperedStoredLicenseVerifiesInvalid() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(licenseId)),
                Update.update("holderName", "Someone Else"),
                "licenses");
        assertThat(verifyIdentifier(identifierOf(licenseId))).isEqualTo("INVALID");
    }

    @Test
    void aLicenseTamperedAfterItVerifiedValidVerifiesInvalidAtOnce() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        // Verified before: its signature check is remembered for the content as it was.
        assertThat(verifyIdentifier(identifier)).isEqualTo("VALID");
        assertThat(verifyIdentifier(identifier)).isEqualTo("VALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(licenseId)),
                Update.update("validTo", java.time.LocalDate.of(2099, 12, 31)),
                "licenses");
        assertThat(verifyIdentifier(identifier)).isEqualTo("INVALID");
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(licenseId)),
                Update.update("holderName", "Someone Else"),
                "licenses");
        assertThat(verifyIdentifier(identifier)).isEqualTo("INVALID");
    }

    @Test
    void aRevocationWrittenByAnotherInstanceIsSeenOnTheNextVerification() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        assertThat(verifyIdentifier(identifier)).isEqualTo("VALID");
        assertThat(verifyIdentifier(identifier)).isEqualTo("VALID");

        // Another instance revokes: only the library changes, this instance is not told.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(licenseId)),
                new Update().set("status", "REVOKED").inc("version", 1),
                "licenses");
        assertThat(verifyIdentifier(identifier)).isEqualTo("REVOKED");
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(licenseId)),
                new Update().set("status", "SUSPENDED").inc("version", 1),
                "licenses");
        assertThat(verifyIdentifier(identifier)).isEqualTo("SUSPENDED");
    }

    @Test
    void theCheckServesHoldersForTheirOwnCodeAndOfficersOnDutyAndLogsTheDutyCheck() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        String body = "{\"identifier\":\"%s\",\"holderCode\":\"%s\"}";
        // The case the officer names is a real case of their department citing the license.
        FakeApprovalService.shared().knowsCase("PY-9", "market-regulation", "MR-9", identifier);

        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(identifier, CITIZEN1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.belongsToHolder").value(true))
                .andExpect(jsonPath("$.licenseTypeCode").value("11100000000013338W002"));
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.citizen2())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(identifier, CITIZEN1)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(identifier, CITIZEN1)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"identifier\":\"%s\",\"holderCode\":\"%s\",\"caseNumber\":\"PY-9\",\"matterCode\":\"MR-9\"}"
                                        .formatted(identifier, CITIZEN2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belongsToHolder").value(false));
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(identifier.replace(".001.", ".002."), CITIZEN1)))
                .andExpect(jsonPath("$.status").value("INVALID"));

        mvc.perform(get("/api/licenses/" + licenseId + "/uses").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].basis").value("DUTY_CHECK"))
                .andExpect(jsonPath("$[0].usedBy").value("officer1"))
                .andExpect(jsonPath("$[0].caseNumber").value("PY-9"));
        assertThat(licenseEvents(licenseId, "onewindow.license.LicenseUsed.v1")).hasSize(1);
    }

    @Test
    void aPartnerReadsOnlyWithTheHoldersGrantAndTheHolderSeesTheUse() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        String identifier = identifierOf(licenseId);
        String read = "{\"identifier\":\"%s\",\"purpose\":\"tax registration\"}".formatted(identifier);

        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(read))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/licenses/" + licenseId + "/grants")
                        .with(Callers.citizen2())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"tax\",\"purpose\":\"tax registration\",\"validUntil\":\""
                                + Instant.now().plusSeconds(3600) + "\"}"))
                .andExpect(status().isNotFound());
        String grant = mvc.perform(post("/api/licenses/" + licenseId + "/grants")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"tax\",\"purpose\":\"tax registration\",\"validUntil\":\""
                                + Instant.now().plusSeconds(3600) + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String grantId = JsonPath.read(grant, "$.id");

        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.partner("housing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(read))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(read))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderCode").value(CITIZEN1));

        mvc.perform(get("/api/licenses/" + licenseId + "/uses").with(Callers.citizen1()))
                .andExpect(jsonPath("$[0].basis").value("GRANT"))
                .andExpect(jsonPath("$[0].department").value("tax"))
                .andExpect(jsonPath("$[0].grantId").value(grantId));
        mvc.perform(get("/api/licenses/" + licenseId + "/uses").with(Callers.citizen2()))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/licenses/" + licenseId + "/grants/" + grantId).with(Callers.citizen1()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(read))
                .andExpect(status().isForbidden());
        assertThat(licenseEvents(licenseId, "onewindow.license.LicenseUsed.v1"))
                .singleElement()
                .satisfies(e -> assertThat(e.data().get("basis").asString()).isEqualTo("GRANT"));
    }

    @Test
    void holdersSeeOnlyTheirOwnLicenses() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        mvc.perform(get("/api/licenses/mine").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + licenseId + "')]").exists());
        mvc.perform(get("/api/licenses/mine").with(Callers.citizen2()))
                .andExpect(jsonPath("$[?(@.id == '" + licenseId + "')]").doesNotExist());
        mvc.perform(get("/api/licenses/" + licenseId).with(Callers.citizen2())).andExpect(status().isNotFound());
        mvc.perform(get("/api/licenses/" + licenseId + "/pdf").with(Callers.citizen2()))
                .andExpect(status().isNotFound());
        // Staff and partner systems hold no licenses: the wallet refuses them outright.
        for (RequestPostProcessor other : List.of(Callers.officer1(), Callers.partner("tax"))) {
            mvc.perform(get("/api/licenses/" + licenseId).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/licenses/" + licenseId + "/pdf").with(other)).andExpect(status().isForbidden());
        }
        byte[] pdf = mvc.perform(get("/api/licenses/" + licenseId + "/pdf").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void departmentsChangeOnlyTheirOwnLicensesAndRenewalSupersedes() throws Exception {
        String licenseId = approve("case-" + UUID.randomUUID(), CITIZEN1);
        mvc.perform(post("/api/licenses/" + licenseId + "/suspension")
                        .with(Callers.staff("met1", "approver", "meteorology"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/licenses/" + licenseId + "/suspension")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(mongo.findById(licenseId, Document.class, "licenses").getString("status"))
                .isEqualTo("VALID");

        String renewed = mvc.perform(
                        post("/api/licenses/" + licenseId + "/renewal").with(Callers.deptadmin1()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String newIdentifier = JsonPath.read(renewed, "$.identifier");
        assertThat(newIdentifier).contains(".002.");
        assertThat(verifyIdentifier(newIdentifier)).isEqualTo("VALID");
        String old = verify("{\"identifier\":\"" + identifierOf(licenseId) + "\"}");
        assertThat((String) JsonPath.read(old, "$.result")).isEqualTo("REVOKED");
        assertThat((String) JsonPath.read(old, "$.supersededBy")).isEqualTo(newIdentifier);
        mvc.perform(post("/api/licenses/" + licenseId + "/renewal").with(Callers.deptadmin1()))
                .andExpect(status().isConflict());
    }

    @Test
    void aCatalogAdminDefinesATypeThatItsDepartmentThenDigitisesLicensesOf() throws Exception {
        // Four eyes: the catalog admin proposes, the department's admin confirms; one officer
        // requests the digitisation, a second person of the department confirms it.
        String proposal = mvc.perform(put("/api/licenses/types/11100000400013398G002")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"防雷装置竣工验收意见书","definingBody":"中国气象局","department":"meteorology",
                                 "issuerName":"广州市番禺区气象局","issuerCode":"12440113MB2C00010M","validityYears":0,
                                 "faceFields":["项目名称","建设地点"]}"""))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/licenses/types/changes/" + JsonPath.read(proposal, "$.id") + "/confirmation")
                        .with(Callers.staff("met1", "dept-admin", "meteorology")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/licenses/public/types"))
                .andExpect(jsonPath("$[?(@.code == '11100000400013398G002')].department")
                        .value("meteorology"));
        String request = mvc.perform(post("/api/licenses/digitisations")
                        .with(Callers.staff("met1", "dept-admin", "meteorology"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"11100000400013398G002","holderName":"番禺示例建设有限公司",
                                 "holderCode":"91440113MA5D000166","holderCodeType":"001","issuedOn":"2024-05-06",
                                 "validFrom":"2024-05-06","faceData":{"项目名称":"示例大厦","建设地点":"番禺区"}}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String digitised = mvc.perform(
                        post("/api/licenses/digitisations/" + JsonPath.read(request, "$.id") + "/confirmation")
                                .with(Callers.staff("met2", "window-officer", "meteorology")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("DIGITISED"))
                .andExpect(jsonPath("$.keyId").value("meteorology-k1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(verifyIdentifier(JsonPath.read(digitised, "$.identifier"))).isEqualTo("VALID");
    }

    @Test
    void keyRotationKeepsOldLicensesVerifiable() throws Exception {
        String before = approve("case-" + UUID.randomUUID(), CITIZEN1);
        mvc.perform(post("/api/licenses/keys/rotation").with(Callers.deptadmin1()))
                .andExpect(status().isCreated());
        String after = approve("case-" + UUID.randomUUID(), CITIZEN1);

        String oldKey = mongo.findById(before, Document.class, "licenses").getString("keyId");
        String newKey = mongo.findById(after, Document.class, "licenses").getString("keyId");
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(verifyIdentifier(identifierOf(before))).isEqualTo("VALID");
        assertThat(verifyIdentifier(identifierOf(after))).isEqualTo("VALID");
        mvc.perform(get("/api/licenses/public/keys"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.keyId == '" + oldKey + "')].retiredAt").isNotEmpty())
                .andExpect(jsonPath("$[?(@.keyId == '" + newKey + "')].curve").value("sm2p256v1"));
        Document stored = mongo.findById(newKey, Document.class, "signing_keys");
        assertThat(stored.toJson()).doesNotContain("PRIVATE");
        assertThat(stored.getString("sealedPrivateKey")).isNotBlank();
    }
}
