package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.elicense.support.Approvals;
import io.onewindow.elicense.support.RealTokens;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Written notices from real approval events through the shared Kafka broker: one sealed notice per
 * act, verifiable in public, delivered on the applicant's first fetch, refused to everyone else.
 */
@ServiceIT
class NoticeFlowIT {

    static final String CITIZEN1 = "440113199003071235";
    static final String DEPARTMENT = "market-regulation";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdentityPseudonyms pseudonyms;

    private String send(String key, DomainEvent event) throws Exception {
        String json = codec.write(EventEnvelope.wrap("/onewindow/approval-service", event, Instant.now()));
        kafka.send(Topics.APPROVAL, key, json).get();
        return json;
    }

    private List<Document> noticesOf(String caseId) {
        return mongo.find(
                Query.query(Criteria.where("caseId").is(caseId))
                        .with(org.springframework.data.domain.Sort.by("issuedAt")),
                Document.class,
                "notices");
    }

    private List<Document> awaitNotices(String caseId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(caseId).size() >= count);
        return noticesOf(caseId);
    }

    private ApplicationSubmitted filing(String caseId, Channel channel, String submittedBy) {
        return new ApplicationSubmitted(
                caseId,
                "PY-" + caseId,
                Approvals.FOOD_MATTER,
                3,
                DEPARTMENT,
                channel,
                "PERSON",
                "440113********1235",
                null,
                submittedBy,
                Instant.now().minusSeconds(600),
                pseudonyms.ofApplicant(CITIZEN1, false));
    }

    private ApplicationAccepted acceptance(String caseId) {
        return new ApplicationAccepted(
                caseId,
                "PY-" + caseId,
                Approvals.FOOD_MATTER,
                DEPARTMENT,
                Instant.now().minusSeconds(500),
                LocalDate.now().plusDays(28),
                LocalDate.now().plusDays(14),
                "officer1",
                false);
    }

    private CorrectionRequested correction(String caseId) {
        return new CorrectionRequested(
                caseId,
                "PY-" + caseId,
                Approvals.FOOD_MATTER,
                DEPARTMENT,
                1,
                List.of(new CorrectionItem("M01", "营业执照", "复印件不清晰"), new CorrectionItem("M02", "经营场所证明", "缺少租赁合同")),
                null,
                "officer1",
                Instant.now().minusSeconds(400));
    }

    private void publishMatterName() throws Exception {
        send(
                Approvals.FOOD_MATTER,
                new MatterVersionPublished(
                        Approvals.FOOD_MATTER,
                        3,
                        "食品经营许可",
                        DEPARTMENT,
                        "01",
                        "2",
                        List.of("PERSON", "ENTERPRISE"),
                        "《中华人民共和国食品安全法》第三十五条",
                        20,
                        10,
                        "0",
                        "",
                        false,
                        true,
                        Approvals.FOOD_LICENSE_TYPE,
                        List.of(),
                        List.of(),
                        List.of(),
                        "catalogadmin1",
                        Instant.now().minusSeconds(3600)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(Approvals.FOOD_MATTER + ":3", Document.class, "notice_matters") != null);
    }

    private String verification(String noticeId) throws Exception {
        String body = mvc.perform(get("/api/licenses/public/notices/" + noticeId + "/verification"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.result");
    }

    private String list(String caseId, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(caller))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private byte[] pdf(String noticeId, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/api/licenses/notices/" + noticeId + "/pdf").with(caller))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
        }
    }

    private List<EventEnvelope<tools.jackson.databind.JsonNode>> licenseTopicEvents(String key, String type) {
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.LICENSE).stream()
                .filter(r -> key.equals(r.key()))
                .map(r -> codec.read(r.value()))
                .filter(e -> e.type().equals(type))
                .toList();
    }

    @Test
    void aCaseSubmittedAcceptedCorrectedAndApprovedYieldsThreeSealedNoticesAndARedeliveryNone() throws Exception {
        publishMatterName();
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.ONLINE, "citizen1"));
        String accepted = send(caseId, acceptance(caseId));
        send(caseId, correction(caseId));
        // The acceptance delivered again, as after a rebalance: no second notice.
        kafka.send(Topics.APPROVAL, caseId, accepted).get();
        ApplicationApproved approved = Approvals.foodBusinessLicenseApprovedFor(
                caseId, CITIZEN1, Instant.now().minusSeconds(60));
        send(caseId, approved);

        List<Document> notices = awaitNotices(caseId, 3);
        // The approval came after the redelivered acceptance on the same partition, so all is processed.
        assertThat(notices)
                .extracting(d -> d.getString("kind"))
                .containsExactly("ACCEPTANCE", "CORRECTION", "APPROVAL");
        Document acceptance = notices.get(0);
        assertThat(acceptance.getString("title")).isEqualTo("受理通知书");
        assertThat(acceptance.getString("matterName")).isEqualTo("食品经营许可");
        assertThat(acceptance.getString("applicantMasked")).isEqualTo("440113********1235");
        assertThat(acceptance.getString("readerUsername")).isEqualTo("citizen1");
        assertThat(acceptance.getString("keyId")).startsWith(DEPARTMENT + "-k");
        assertThat(acceptance.getString("contentHash")).matches("[0-9a-f]{64}");
        assertThat(String.join("", acceptance.getList("paragraphs", String.class)))
                .contains("决定予以受理");
        assertThat(String.join("", notices.get(1).getList("paragraphs", String.class)))
                .contains("1. 营业执照：复印件不清晰")
                .contains("2. 经营场所证明：缺少租赁合同");
        for (Document notice : notices) {
            assertThat(verification(notice.getString("_id"))).isEqualTo("VALID");
        }
        mvc.perform(get("/api/licenses/public/notices/" + acceptance.getString("_id") + "/verification"))
                .andExpect(jsonPath("$.kind").value("ACCEPTANCE"))
                .andExpect(jsonPath("$.caseNumber").value("PY-" + caseId))
                .andExpect(jsonPath("$.department").value(DEPARTMENT))
                .andExpect(jsonPath("$.applicantMasked").value("440113********1235"))
                .andExpect(jsonPath("$.issuedAt").exists());
        String noticeId = acceptance.getString("_id");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> licenseTopicEvents(noticeId, "onewindow.license.NoticeIssued.v1")
                                .size()
                        == 1);
        assertThat(noticesOf(caseId)).hasSize(3);
    }

    @Test
    void theSealBlockNamesTheDepartmentAsItsRegistrySaysAndALateOlderNameChangesNothing() throws Exception {
        long version = System.currentTimeMillis();
        send(DEPARTMENT, new DepartmentRecorded(DEPARTMENT, version, "番禺区市场监督管理局", null, true, "admin1"));
        send(DEPARTMENT, new DepartmentRecorded(DEPARTMENT, version - 1, "旧的名称", null, true, "admin1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document d = mongo.findById(DEPARTMENT, Document.class, "notice_departments");
            return d != null && d.get("version", Number.class).longValue() >= version;
        });
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.ONLINE, "citizen1"));
        send(caseId, acceptance(caseId));

        Document notice = awaitNotices(caseId, 1).get(0);
        assertThat(notice.get("facts", Document.class).getString("departmentName"))
                .isEqualTo("番禺区市场监督管理局");
        assertThat(textOf(pdf(notice.getString("_id"), Callers.officer1()))).contains("番禺区市场监督管理局");
        assertThat(verification(notice.getString("_id"))).isEqualTo("VALID");
    }

    @Test
    void theApplicantsFirstFetchDeliversOnceAndStaffFetchesDeliverNothing() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.ONLINE, "citizen1"));
        send(caseId, acceptance(caseId));
        send(caseId, correction(caseId));
        List<Document> notices = awaitNotices(caseId, 2);
        String acceptanceId = notices.get(0).getString("_id");
        String correctionId = notices.get(1).getString("_id");

        // The department's officer and approver read them; that is no delivery.
        String byOfficer = list(caseId, Callers.officer1());
        assertThat(JsonPath.<List<Object>>read(byOfficer, "$")).hasSize(2);
        assertThat(textOf(pdf(acceptanceId, Callers.approver1()))).contains("受理通知书");
        assertThat(noticesOf(caseId))
                .allSatisfy(d -> assertThat(d.get("deliveredAt")).isNull());

        // The applicant (real Keycloak token of citizen1) lists them: both delivered.
        String byApplicant = list(caseId, RealTokens.of("citizen1"));
        assertThat(JsonPath.<List<String>>read(byApplicant, "$[*].kind")).containsExactly("ACCEPTANCE", "CORRECTION");
        assertThat(JsonPath.<List<String>>read(byApplicant, "$[*].deliveryChannel"))
                .containsOnly("ONLINE");
        Instant delivered = noticesOf(caseId).get(0).getDate("deliveredAt").toInstant();

        // Fetching again changes nothing; the PDF prints in Chinese.
        list(caseId, Callers.citizen1());
        byte[] pdf = pdf(correctionId, Callers.citizen1());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = textOf(pdf);
        assertThat(text)
                .contains("补正材料通知书")
                .contains("营业执照：复印件不清晰")
                .contains("/api/licenses/public/notices/" + correctionId + "/verification")
                .doesNotContain("?");
        assertThat(noticesOf(caseId).get(0).getDate("deliveredAt").toInstant()).isEqualTo(delivered);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> licenseTopicEvents(acceptanceId, "onewindow.license.NoticeDelivered.v1")
                                .size()
                        == 1);
        EventEnvelope<tools.jackson.databind.JsonNode> event = licenseTopicEvents(
                        acceptanceId, "onewindow.license.NoticeDelivered.v1")
                .get(0);
        assertThat(event.data().get("channel").asText()).isEqualTo("ONLINE");
        assertThat(event.data().get("caseId").asText()).isEqualTo(caseId);
        assertThat(event.data().toString()).doesNotContain(CITIZEN1);
        Thread.sleep(500);
        assertThat(licenseTopicEvents(acceptanceId, "onewindow.license.NoticeDelivered.v1"))
                .hasSize(1);
    }

    @Test
    void aCaseFiledAtTheWindowIsReadByTheApplicantThroughTheirPseudonym() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.WINDOW, "officer1"));
        send(caseId, acceptance(caseId));
        String noticeId = awaitNotices(caseId, 1).get(0).getString("_id");
        assertThat(noticesOf(caseId).get(0).getString("readerUsername")).isNull();

        // The officer who filed it is staff, not the applicant: no delivery.
        pdf(noticeId, Callers.officer1());
        assertThat(noticesOf(caseId).get(0).get("deliveredAt")).isNull();

        assertThat(textOf(pdf(noticeId, Callers.citizen1()))).contains("受理通知书");
        assertThat(noticesOf(caseId).get(0).get("deliveredAt")).isNotNull();
        mvc.perform(get("/api/licenses/notices/" + noticeId + "/pdf").with(Callers.citizen2()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCitizenAndAnotherDepartmentsOfficerAreRefusedAndNothingIsDelivered() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.ONLINE, "citizen1"));
        send(caseId, acceptance(caseId));
        String noticeId = awaitNotices(caseId, 1).get(0).getString("_id");

        for (RequestPostProcessor other : List.of(
                Callers.citizen2(),
                RealTokens.of("officer2"),
                Callers.staff("approver9", "approver", "housing"),
                Callers.enterprise1(),
                Callers.agent1())) {
            mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(other))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("notice.not-reader"))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("受理"))));
            mvc.perform(get("/api/licenses/notices/" + noticeId + "/pdf").with(other))
                    .andExpect(status().isForbidden());
        }
        // Roles that read no notices at all.
        mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(Callers.inspector1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/licenses/notices").param("caseId", caseId)).andExpect(status().isUnauthorized());
        // A case nobody knows: refused alike, so ids cannot be probed.
        mvc.perform(get("/api/licenses/notices")
                        .param("caseId", "case-unknown-" + UUID.randomUUID())
                        .with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        assertThat(noticesOf(caseId).get(0).get("deliveredAt")).isNull();
    }

    @Test
    void aNoticeWhoseFilingWasNotSeenIsIssuedAndReadByTheDepartmentOnly() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        send(
                caseId,
                new ApplicationDenied(
                        caseId,
                        "PY-" + caseId,
                        Approvals.FOOD_MATTER,
                        DEPARTMENT,
                        "经营场所与食品安全要求不符",
                        "《食品经营许可和备案管理办法》第十二条",
                        "approver1",
                        Instant.now().minusSeconds(60)));
        Document denial = awaitNotices(caseId, 1).get(0);
        assertThat(denial.getString("kind")).isEqualTo("DENIAL");
        assertThat(denial.getString("readerUsername")).isNull();
        assertThat(denial.getString("readerPseudonym")).isNull();
        assertThat(String.join("", denial.getList("paragraphs", String.class)))
                .contains("经营场所与食品安全要求不符")
                .contains("行政复议")
                .contains("行政诉讼");
        assertThat(verification(denial.getString("_id"))).isEqualTo("VALID");

        mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        String byApprover = list(caseId, Callers.approver1());
        assertThat(JsonPath.<List<String>>read(byApprover, "$[*].title")).containsExactly("不予行政许可决定书");
    }

    @Test
    void aNoticeChangedInTheStoreIsInvalid() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        send(caseId, filing(caseId, Channel.ONLINE, "citizen1"));
        send(caseId, acceptance(caseId));
        Document notice = awaitNotices(caseId, 1).get(0);
        String id = notice.getString("_id");
        assertThat(verification(id)).isEqualTo("VALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)), Update.update("paragraphs.1", "本机关决定不予受理。"), "notices");
        assertThat(verification(id)).isEqualTo("INVALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                Update.update("paragraphs", notice.getList("paragraphs", String.class))
                        .set("caseNumber", "PY-FORGED"),
                "notices");
        assertThat(verification(id)).isEqualTo("INVALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                Update.update("caseNumber", notice.getString("caseNumber")),
                "notices");
        assertThat(verification(id)).isEqualTo("VALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)), Update.update("contentHash", "0".repeat(64)), "notices");
        assertThat(verification(id)).isEqualTo("INVALID");

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                Update.update("contentHash", notice.getString("contentHash"))
                        .set("signature", notice.getString("signature").substring(4)),
                "notices");
        assertThat(verification(id)).isEqualTo("INVALID");
    }

    @Test
    void badIdsAreRefusedWith400AndNothingIsWritten() throws Exception {
        long notices = mongo.count(new Query(), "notices");
        long cases = mongo.count(new Query(), "notice_cases");
        for (String caseId : List.of("{\"$gt\":\"\"}", "$where", "a".repeat(65), "case 1", "case/../x", "")) {
            mvc.perform(get("/api/licenses/notices").param("caseId", caseId).with(Callers.citizen1()))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/licenses/notices").with(Callers.citizen1())).andExpect(status().isBadRequest());
        for (String id : List.of("ntc-XYZ", "{\"$gt\":\"\"}", "ntc-" + "0".repeat(33), "lic-1")) {
            mvc.perform(get("/api/licenses/notices/{id}/pdf", id).with(Callers.citizen1()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"));
            mvc.perform(get("/api/licenses/public/notices/{id}/verification", id))
                    .andExpect(status().isBadRequest());
        }
        String unknown = "ntc-" + "0".repeat(32);
        mvc.perform(get("/api/licenses/public/notices/" + unknown + "/verification"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/licenses/notices/" + unknown + "/pdf").with(Callers.citizen1()))
                .andExpect(status().isNotFound());
        assertThat(mongo.count(new Query(), "notices")).isEqualTo(notices);
        assertThat(mongo.count(new Query(), "notice_cases")).isEqualTo(cases);
    }
}
