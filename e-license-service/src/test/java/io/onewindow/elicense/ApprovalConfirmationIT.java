package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.elicense.license.Issuance;
import io.onewindow.elicense.support.Approvals;
import io.onewindow.elicense.support.FakeApprovalService;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * An ApplicationApproved on the topic is only a cue: the license is issued only for a case
 * approval-service confirms, with the holder data from its answer. Events written straight into
 * Kafka for a case approval-service does not know, has not approved, or knows otherwise issue
 * nothing; approval-service being down delays issuance without losing the event.
 */
@ServiceIT
class ApprovalConfirmationIT {

    static final String CITIZEN1 = "440113199003071235";
    static final String CITIZEN2 = "440113200002290028";
    static final FakeApprovalService APPROVAL = FakeApprovalService.shared();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MeterRegistry meters;

    private Document licenseOfCase(String caseId) {
        return mongo.findOne(Query.query(Criteria.where("caseId").is(caseId)), Document.class, "licenses");
    }

    private double unconfirmed(String reason) {
        return meters.counter(Issuance.UNCONFIRMED_METRIC, "reason", reason).count();
    }

    /** Writes the event straight into Kafka and waits until the issuance consumer has applied it. */
    private void deliverAndWait(EventEnvelope<?> envelope, String caseId) throws Exception {
        kafka.send(Topics.APPROVAL, caseId, codec.write(envelope)).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(
                        Query.query(Criteria.where("_id").is("e-license-issuance:" + envelope.id())),
                        IdempotentConsumer.COLLECTION));
    }

    /** The serial counters as stored (type, issuer, year → last serial handed out). */
    private List<Document> serialCounters() {
        return mongo.findAll(Document.class, "license_serials");
    }

    @Test
    void aForgedApprovalOfACaseApprovalDoesNotKnowIssuesNothingTakesNoSerialAndIsCounted() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved forged = Approvals.announced(
                Approvals.foodBusinessLicenseFacts(caseId, "market-regulation", CITIZEN2, Instant.now()));
        double before = unconfirmed("UNKNOWN_CASE");
        long licenses = mongo.count(new Query(), "licenses");
        List<Document> serials = serialCounters();

        deliverAndWait(Approvals.envelope(forged, Instant.now()), caseId);

        assertThat(licenseOfCase(caseId)).isNull();
        assertThat(mongo.count(new Query(), "licenses")).isEqualTo(licenses);
        // Nothing is taken before approval-service confirms: a forged event costs no serial.
        assertThat(serialCounters()).isEqualTo(serials);
        assertThat(unconfirmed("UNKNOWN_CASE")).isEqualTo(before + 1);
        assertThat(APPROVAL.asked()).contains("/api/approvals/internal/approved-cases/" + caseId);
    }

    @Test
    void aForgedVersion1EventWithFullHolderDataForACaseNotApprovedIssuesNothing() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        APPROVAL.knowsNotApproved(caseId);
        ApplicationApproved event = Approvals.announced(
                Approvals.foodBusinessLicenseFacts(caseId, "market-regulation", CITIZEN2, Instant.now()));
        double before = unconfirmed("NOT_APPROVED");

        deliverAndWait(Approvals.v1Envelope(event, "冒名者", CITIZEN2, Instant.now()), caseId);

        assertThat(licenseOfCase(caseId)).isNull();
        assertThat(unconfirmed("NOT_APPROVED")).isEqualTo(before + 1);
    }

    @Test
    void anEventThatNamesAnotherLicenseTypeThanTheApprovedCaseIssuesNothing() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved real = Approvals.foodBusinessLicenseApprovedFor(caseId, CITIZEN1, Instant.now());
        ApplicationApproved tampered = new ApplicationApproved(
                real.caseId(),
                real.caseNumber(),
                real.matterCode(),
                real.matterName(),
                real.matterVersion(),
                real.department(),
                "11100000000013338W001",
                real.holderCodeType(),
                real.maskedHolderCode(),
                real.holderPseudonym(),
                real.decidedBy(),
                real.decidedAt());
        double before = unconfirmed("MISMATCH");

        deliverAndWait(Approvals.envelope(tampered, Instant.now()), caseId);

        assertThat(licenseOfCase(caseId)).isNull();
        assertThat(unconfirmed("MISMATCH")).isEqualTo(before + 1);
    }

    @Test
    void aRealApprovedCaseGetsItsLicenseWithTheHolderDataApprovalAnswers() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(caseId, CITIZEN1, Instant.now());
        assertThat(approved.toString()).doesNotContain(CITIZEN1, Approvals.HOLDER_NAME);

        deliverAndWait(Approvals.envelope(approved, Instant.now()), caseId);

        Document license = licenseOfCase(caseId);
        assertThat(license).isNotNull();
        assertThat(license.getString("holderCode")).isEqualTo(CITIZEN1);
        assertThat(license.getString("holderName")).isEqualTo(Approvals.HOLDER_NAME);
        assertThat(license.getString("origin")).isEqualTo("APPROVAL");
        assertThat(license.get("faceData", Document.class).getString("经营场所")).isEqualTo("广州市番禺区市桥街1号");
    }

    @Test
    void aVersion1EventOfARealCaseIsStillReadButTheLicensePrintsApprovalsHolderDataNotTheEvents() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(caseId, CITIZEN1, Instant.now());

        deliverAndWait(Approvals.v1Envelope(approved, "冒名者", CITIZEN2, Instant.now()), caseId);

        Document license = licenseOfCase(caseId);
        assertThat(license).isNotNull();
        assertThat(license.getString("holderCode")).isEqualTo(CITIZEN1);
        assertThat(license.getString("holderName")).isEqualTo(Approvals.HOLDER_NAME);
        assertThat(license.get("faceData", Document.class).getString("经营场所")).isEqualTo("广州市番禺区市桥街1号");
    }

    @Test
    void whileApprovalIsDownTheEventWaitsAndIsIssuedOnceApprovalAnswers() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(caseId, CITIZEN2, Instant.now());
        EventEnvelope<ApplicationApproved> envelope = Approvals.envelope(approved, Instant.now());
        APPROVAL.goDown();
        try {
            kafka.send(Topics.APPROVAL, caseId, codec.write(envelope)).get();
            Thread.sleep(2500);
            assertThat(licenseOfCase(caseId)).isNull();
            assertThat(mongo.exists(
                            Query.query(Criteria.where("_id").is("e-license-issuance:" + envelope.id())),
                            IdempotentConsumer.COLLECTION))
                    .isFalse();
        } finally {
            APPROVAL.comeBack();
        }
        await().atMost(Duration.ofSeconds(45)).until(() -> licenseOfCase(caseId) != null);
        assertThat(licenseOfCase(caseId).getString("holderCode")).isEqualTo(CITIZEN2);
    }

    @Test
    void theServiceCallsWithItsOwnCachedServiceToken(@Autowired ApprovalClient client) {
        String caseId = "case-" + UUID.randomUUID();
        Approvals.foodBusinessLicenseApprovedFor(caseId, CITIZEN1, Instant.now());
        int before = APPROVAL.tokens().size();

        assertThat(client.approvedCase(caseId).confirmed()).isTrue();
        assertThat(client.approvedCase(caseId).confirmed()).isTrue();
        assertThat(client.approvedCase("case-" + UUID.randomUUID()).unconfirmed())
                .isEqualTo(ApprovalClient.Unconfirmed.UNKNOWN_CASE);

        var used = APPROVAL.tokens().subList(before, APPROVAL.tokens().size());
        assertThat(used).hasSize(3);
        assertThat(used.stream().distinct()).hasSize(1);
    }
}
