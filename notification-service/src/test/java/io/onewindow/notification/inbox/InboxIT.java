package io.onewindow.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.CorrectionItem;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.notification.NoticeCreated;
import io.onewindow.platform.events.supervision.ComplaintAnswered;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real event envelopes on the real topics become notices in the person's inbox, read with the
 * person's real Keycloak token; nobody else sees or marks them.
 */
@NotificationIntegrationTest
class InboxIT {

    private static final String CITIZEN1_ID = "440113199003071235";
    private static final String ENTERPRISE1_CREDIT_CODE = "91440113MA5D000166";
    private static final Instant AT = NotificationIntegrationTest.START;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdentityPseudonyms pseudonyms;

    EventFeed feed;

    @BeforeEach
    void feed() {
        feed = new EventFeed(kafka, codec);
    }

    @Test
    void aBookingIsConfirmedInThePersonsInboxAndNowhereElse() throws Exception {
        String bookingId = "bk-" + UUID.randomUUID();
        feed.send(Topics.APPOINTMENT, "/appointment-service", booked(bookingId, citizen1()), AT);

        JsonNode notice = awaitNotice("citizen1", bookingId);
        assertThat(notice.path("kind").asString()).isEqualTo("BOOKING_CONFIRMED");
        assertThat(notice.path("templateKey").asString()).isEqualTo("booking.confirmed");
        assertThat(notice.path("text").asString())
                .isEqualTo("预约成功：事项 MR-001，办理时间 2026年3月3日 09:30，地点 sp-shiqiao，预约号 CODE-" + bookingId + "。请按时携带材料到场办理。");
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notice.path("createdAt").asString()).isEqualTo("2026-03-02T09:00:00+08:00");

        assertThat(inbox("citizen2"))
                .noneMatch(n -> bookingId.equals(n.path("subjectId").asString()));
        assertThat(inbox("agent1"))
                .noneMatch(n -> bookingId.equals(n.path("subjectId").asString()));
        String id = notice.path("id").asString();
        mvc.perform(as("citizen2", post("/api/notifications/mine/" + id + "/read")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
        assertThat(awaitNotice("citizen1", bookingId).path("read").asBoolean()).isFalse();

        mvc.perform(as("citizen1", post("/api/notifications/mine/" + id + "/read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));
        assertThat(awaitNotice("citizen1", bookingId).path("read").asBoolean()).isTrue();
    }

    @Test
    void theSameEventTwiceMakesOneNotice() throws Exception {
        String bookingId = "bk-" + UUID.randomUUID();
        String json = feed.send(Topics.APPOINTMENT, "/appointment-service", booked(bookingId, citizen1()), AT);
        feed.sendRaw(Topics.APPOINTMENT, bookingId, json);
        // a later event of the same booking (same key, same partition) shows both were consumed
        String laterId = "bk-" + UUID.randomUUID();
        feed.sendRaw(
                Topics.APPOINTMENT,
                bookingId,
                codec.write(io.onewindow.platform.events.EventEnvelope.wrap(
                        "/appointment-service", booked(laterId, citizen1()), AT)));
        awaitNotice("citizen1", laterId);

        assertThat(inbox("citizen1"))
                .filteredOn(n -> bookingId.equals(n.path("subjectId").asString()))
                .hasSize(1);
    }

    @Test
    void aCaseIsFollowedFromItsSubmissionToItsLicenseAndTheLicensesSuspension() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String licenseId = "lic-" + UUID.randomUUID();
        feed.send(Topics.APPROVAL, "/approval-service", submitted(caseId, citizen1()), AT);
        feed.send(
                Topics.APPROVAL,
                "/approval-service",
                new CorrectionRequested(
                        caseId,
                        "MR-2026-000001",
                        "MR-SP-001",
                        "market-regulation",
                        1,
                        List.of(
                                new CorrectionItem("M-01", "营业执照申请书", "未签字"),
                                new CorrectionItem("M-02", "经营场所证明", "缺少租赁合同")),
                        null,
                        "officer1",
                        AT),
                AT);
        JsonNode correction = awaitNotice("citizen1", caseId, "CORRECTION_REQUESTED");
        assertThat(correction.path("text").asString()).endsWith("请一次性补齐以下材料：1. 营业执照申请书（未签字）；2. 经营场所证明（缺少租赁合同）。");

        feed.send(
                Topics.APPROVAL,
                "/approval-service",
                new ApplicationApproved(
                        caseId,
                        "MR-2026-000001",
                        "MR-SP-001",
                        "食品经营许可",
                        1,
                        "market-regulation",
                        "food-business",
                        "111",
                        "4401***",
                        citizen1(),
                        "approver1",
                        AT),
                AT);
        assertThat(awaitNotice("citizen1", caseId, "CASE_APPROVED").path("text").asString())
                .isEqualTo("您的申请 MR-2026-000001（食品经营许可）已审批通过，准予许可。");

        feed.send(Topics.LICENSE, "/e-license-service", issued(licenseId, caseId), AT);
        awaitNotice("citizen1", licenseId, "LICENSE_ISSUED");
        feed.send(
                Topics.LICENSE,
                "/e-license-service",
                new LicenseSuspended(licenseId, "JY1", "market-regulation", "抽查不合格", "deptadmin1", AT),
                AT);
        assertThat(awaitNotice("citizen1", licenseId, "LICENSE_SUSPENDED")
                        .path("text")
                        .asString())
                .isEqualTo("您的电子证照 JY1 已被暂停使用。原因：抽查不合格。");

        assertThat(inbox("citizen2"))
                .noneMatch(n -> caseId.equals(n.path("subjectId").asString())
                        || licenseId.equals(n.path("subjectId").asString()));

        // and the outbound side learns of each notice, pseudonymised
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.NOTIFICATION).stream()
                                        .map(r -> codec.read(r.value(), NoticeCreated.class)
                                                .data())
                                        .filter(e -> licenseId.equals(e.subjectId())))
                        .extracting(NoticeCreated::kind, NoticeCreated::recipient)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("LICENSE_ISSUED", citizen1()),
                                org.assertj.core.groups.Tuple.tuple("LICENSE_SUSPENDED", citizen1())));
    }

    @Test
    void anEnterprisesCaseReachesTheEnterpriseByItsCreditCode() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        feed.send(
                Topics.APPROVAL,
                "/approval-service",
                submitted(caseId, pseudonyms.ofCreditCode(ENTERPRISE1_CREDIT_CODE)),
                AT);
        feed.send(
                Topics.APPROVAL,
                "/approval-service",
                new io.onewindow.platform.events.approval.NotAccepted(
                        caseId,
                        "MR-2026-000002",
                        "MR-SP-001",
                        "market-regulation",
                        "材料不全",
                        "行政许可法第三十二条",
                        "officer1",
                        AT),
                AT);
        awaitNotice("enterprise1", caseId, "CASE_NOT_ACCEPTED");
        assertThat(inbox("citizen1"))
                .noneMatch(n -> caseId.equals(n.path("subjectId").asString()));
    }

    @Test
    void anAnswerToAComplaintFiledOnlineAboutOnesOwnCaseIsToldAndOneRecordedByAnOperatorIsNot() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String byHotline = "complaint-" + UUID.randomUUID();
        String online = "complaint-" + UUID.randomUUID();
        feed.send(Topics.APPROVAL, "/approval-service", submitted(caseId, citizen1()), AT);
        awaitCase(caseId);
        // one key for all four, so they are read in this order
        for (io.onewindow.platform.events.DomainEvent event : List.of(
                new ComplaintFiled(
                        byHotline, "HOTLINE", "CASE", caseId, "market-regulation", LocalDate.of(2026, 3, 16), AT),
                new ComplaintAnswered(byHotline, "market-regulation", "deptadmin1", true, AT),
                new ComplaintFiled(
                        online, "PORTAL", "CASE", caseId, "market-regulation", LocalDate.of(2026, 3, 16), AT),
                new ComplaintAnswered(online, "market-regulation", "deptadmin1", true, AT))) {
            feed.sendRaw(
                    Topics.SUPERVISION,
                    caseId,
                    codec.write(io.onewindow.platform.events.EventEnvelope.wrap("/supervision-service", event, AT)));
        }
        assertThat(awaitNotice("citizen1", online, "COMPLAINT_ANSWERED")
                        .path("text")
                        .asString())
                .isEqualTo("您的投诉（编号 " + online + "）已有答复，请在“我的投诉”中查看，并对答复进行评价。");
        assertThat(inbox("citizen1"))
                .noneMatch(n -> byHotline.equals(n.path("subjectId").asString()));
        assertThat(inbox("citizen2"))
                .noneMatch(n -> online.equals(n.path("subjectId").asString()));
    }

    @Test
    void readAllMarksEveryNoticeOfTheCallerAndNoOneElses() throws Exception {
        String mine = "bk-" + UUID.randomUUID();
        String theirs = "bk-" + UUID.randomUUID();
        feed.send(Topics.APPOINTMENT, "/appointment-service", booked(mine, citizen1()), AT);
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                booked(theirs, pseudonyms.ofIdNumber("440113200002290028")),
                AT);
        awaitNotice("citizen1", mine);
        awaitNotice("citizen2", theirs);

        mvc.perform(as("citizen1", post("/api/notifications/mine/read-all")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").isNumber());
        assertThat(inbox("citizen1")).allMatch(n -> n.path("read").asBoolean());
        assertThat(awaitNotice("citizen2", theirs).path("read").asBoolean()).isFalse();
    }

    @Test
    void staffHaveNoInboxHereAndNoTokenIsNoInbox() throws Exception {
        mvc.perform(as("officer1", get("/api/notifications/mine")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as("approver1", post("/api/notifications/mine/read-all"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications/mine")).andExpect(status().isUnauthorized());
    }

    @Test
    void theInboxIsPagedNewestFirstWithTheTotalAndLinks() throws Exception {
        for (int i = 0; i < 3; i++) {
            feed.send(Topics.APPOINTMENT, "/appointment-service", booked("bk-" + UUID.randomUUID(), citizen1()), AT);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("citizen1").size() >= 3);
        String body = mvc.perform(as("citizen1", get("/api/notifications/mine?page=0&size=2")))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode page = JSON.readTree(body);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.get(0).path("sequence").asLong())
                .isGreaterThan(page.get(1).path("sequence").asLong());
    }

    @Test
    void badPagingOrABadIdIsRefusedAsAProblem() throws Exception {
        mvc.perform(as("citizen1", get("/api/notifications/mine?page=-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(as("citizen1", get("/api/notifications/mine?size=1000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(as("citizen1", post("/api/notifications/mine/not-a-notice/read")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as("citizen1", post("/api/notifications/mine/" + UUID.randomUUID() + "/read")))
                .andExpect(status().isNotFound());
    }

    // the submission has been read once a later event of the same case made its notice
    private void awaitCase(String caseId) {
        feed.send(
                Topics.APPROVAL,
                "/approval-service",
                new io.onewindow.platform.events.approval.ApplicationAccepted(
                        caseId, "MR-2026-000001", "MR-SP-001", "market-regulation", AT, null, null, "officer1", false),
                AT);
        awaitNotice("citizen1", caseId, "CASE_ACCEPTED");
    }

    private String citizen1() {
        return pseudonyms.ofIdNumber(CITIZEN1_ID);
    }

    private JsonNode awaitNotice(String user, String subjectId) {
        return awaitNotice(user, subjectId, null);
    }

    private JsonNode awaitNotice(String user, String subjectId, String kind) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> inbox(user).stream()
                                .filter(n ->
                                        subjectId.equals(n.path("subjectId").asString()))
                                .filter(n -> kind == null
                                        || kind.equals(n.path("kind").asString()))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
    }

    private List<JsonNode> inbox(String user) throws Exception {
        String body = mvc.perform(as(user, get("/api/notifications/mine?size=100")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<JsonNode> notices = new java.util.ArrayList<>();
        JSON.readTree(body).forEach(notices::add);
        return notices;
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token(user));
    }

    static Booked booked(String bookingId, String principal) {
        return new Booked(
                bookingId,
                "CODE-" + bookingId,
                null,
                "sp-shiqiao",
                "MR-001",
                Instant.parse("2026-03-03T01:30:00Z"),
                principal,
                "440113********1235",
                null,
                null,
                BookingChannel.PORTAL,
                null,
                "market-regulation");
    }

    static ApplicationSubmitted submitted(String caseId, String applicant) {
        return new ApplicationSubmitted(
                caseId,
                "MR-2026-000001",
                "MR-SP-001",
                1,
                "market-regulation",
                Channel.ONLINE,
                "PERSON",
                "440113********1235",
                null,
                "citizen1",
                AT,
                applicant);
    }

    static LicenseIssued issued(String licenseId, String caseId) {
        return new LicenseIssued(
                licenseId,
                "JY1",
                "food-business",
                "market-regulation",
                "CASE",
                caseId,
                "MR-2026-000001",
                "MR-SP-001",
                "111",
                "4401***",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2031, 3, 1),
                "key-1",
                "approver1",
                AT);
    }
}
