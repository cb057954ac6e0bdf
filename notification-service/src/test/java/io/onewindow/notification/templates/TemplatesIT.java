package io.onewindow.notification.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.events.notification.NoticeTemplatePublished;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notice templates against the real MongoDB server, Kafka broker and Keycloak: seeded once, managed by
 * platform administrators only, checked before they are stored, and used for the notices written after a
 * publication (the notices written before keep their text and version).
 */
@NotificationIntegrationTest
class TemplatesIT {

    private static final String ADMIN = "/api/notifications/admin/templates";
    private static final String CITIZEN1_ID = "440113199003071235";
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

    @Autowired
    TemplateSeeding seeding;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TemplateRendering rendering;

    EventFeed feed;

    @BeforeEach
    void feed() {
        feed = new EventFeed(kafka, codec);
    }

    @Test
    void publishingVersionTwoWritesLaterNoticesFromItAndLeavesEarlierOnesAlone() throws Exception {
        String before = "mdt-" + UUID.randomUUID();
        revoke(before);
        JsonNode old = awaitNotice(before);
        assertThat(old.path("templateKey").asString()).isEqualTo("mandate.revoked.principal");
        assertThat(old.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(old.path("text").asString()).startsWith("授权委托 " + before + " 已撤销");

        String etag = mvc.perform(as("admin1", get(ADMIN + "/MANDATE_REVOKED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedVersion").value(1))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String body = json(Map.of("title", "委托撤销", "body", "【撤销】授权委托 {mandateId} 已于 {revokedAt} 撤销，代办人不能再代您办理。"));
        mvc.perform(as("admin1", post(ADMIN + "/MANDATE_REVOKED/versions").header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.publishedVersion").value(1))
                .andExpect(jsonPath("$.versions[0].version").value(2))
                .andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].createdBy").value("admin1"))
                .andExpect(jsonPath("$.versions[0].createdAt").value("2026-03-02T09:00:00+08:00"));
        // the same tag again: another change came first
        mvc.perform(as("admin1", post(ADMIN + "/MANDATE_REVOKED/versions").header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed());

        // a draft changes no notice
        String drafted = "mdt-" + UUID.randomUUID();
        revoke(drafted);
        assertThat(awaitNotice(drafted).path("templateVersion").asInt()).isEqualTo(1);

        mvc.perform(as("admin2", post(ADMIN + "/MANDATE_REVOKED/versions/2/publish")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedVersion").value(2))
                .andExpect(jsonPath("$.versions[0].state").value("PUBLISHED"))
                .andExpect(jsonPath("$.versions[0].publishedBy").value("admin2"))
                .andExpect(jsonPath("$.versions[1].state").value("RETIRED"))
                .andExpect(jsonPath("$.versions[1].retiredBy").value("admin2"));
        mvc.perform(as("admin2", post(ADMIN + "/MANDATE_REVOKED/versions/2/publish")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:template.not-draft"));

        String after = "mdt-" + UUID.randomUUID();
        revoke(after);
        JsonNode fresh = awaitNotice(after);
        assertThat(fresh.path("templateVersion").asInt()).isEqualTo(2);
        assertThat(fresh.path("text").asString()).isEqualTo("【撤销】授权委托 " + after + " 已于 2026年3月2日 09:00 撤销，代办人不能再代您办理。");
        JsonNode unchanged = awaitNotice(before);
        assertThat(unchanged.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(unchanged.path("text").asString()).isEqualTo(old.path("text").asString());

        // each change is on the topic, with who and when
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(templateEvents("MANDATE_REVOKED"))
                        .extracting(
                                NoticeTemplatePublished::version,
                                NoticeTemplatePublished::state,
                                NoticeTemplatePublished::retiredVersion,
                                NoticeTemplatePublished::changedBy)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "DRAFT", null, "admin1"),
                                org.assertj.core.groups.Tuple.tuple(2, "PUBLISHED", 1, "admin2")));

        // a restart (seeding again) keeps the administrator's version
        assertThat(seeding.seed()).isZero();
        mvc.perform(as("admin1", get(ADMIN + "/MANDATE_REVOKED")))
                .andExpect(jsonPath("$.publishedVersion").value(2))
                .andExpect(jsonPath("$.versions.length()").value(2));
    }

    @Test
    void seedingStoresEachKindsBuiltInTextOnceAsPublishedVersionOne() throws Exception {
        assertThat(seeding.seed()).isZero();
        assertThat(seeding.seed()).isZero();
        assertThat(mongo.getCollection("notice_templates").countDocuments()).isEqualTo(NoticeKind.values().length);
        mvc.perform(as("admin1", get(ADMIN + "?size=100")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", String.valueOf(NoticeKind.values().length)))
                .andExpect(jsonPath("$[0].kind").value("BOOKING_CONFIRMED"))
                .andExpect(jsonPath("$[0].templateKey").value("booking.confirmed"))
                .andExpect(jsonPath("$[0].publishedVersion").value(1))
                .andExpect(jsonPath("$[0].current.createdBy").value("system"))
                .andExpect(jsonPath("$[0].current.body")
                        .value(NoticeKind.BOOKING_CONFIRMED.template().text()));
        mvc.perform(as("admin1", get(ADMIN + "/CASE_ACCEPTED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placeholders[0].name").value("caseNumber"))
                .andExpect(jsonPath("$.placeholders[0].required").value(true))
                .andExpect(jsonPath("$.versions[0].title").value("申请已受理"));
    }

    @Test
    void aVersionWithBadPlaceholdersIsRefusedNamingFieldAndPlaceholderAndNothingIsStored() throws Exception {
        String kind = ADMIN + "/CASE_DENIED";
        String etag = etagOf(kind);
        String good = "申请 {caseNumber}（{matterCode}）不予许可。理由：{reason}；依据：{legalBasis}。";
        refused(
                kind,
                etag,
                Map.of("title", "不予许可", "body", good + "{applicantName}"),
                "template.placeholder-unknown",
                "body",
                "{applicantName}");
        refused(
                kind,
                etag,
                Map.of("title", "不予许可", "body", "申请 {caseNumber} 不予许可。理由：{reason}；依据：{legalBasis}。"),
                "template.placeholder-missing",
                "body",
                "{matterCode}");
        refused(
                kind,
                etag,
                Map.of("title", "不予许可", "body", good + "{reason"),
                "template.brackets-unbalanced",
                "body",
                "{reason");
        refused(
                kind,
                etag,
                Map.of("title", "不予许可", "body", good, "bodyEn", "Case {caseNumber} denied"),
                "template.placeholder-missing",
                "bodyEn",
                "{matterCode}");
        refused(
                kind,
                etag,
                Map.of("title", "不予许可", "body", good + "。".repeat(1000)),
                "template.too-long",
                "body",
                "1000");

        mvc.perform(as("admin1", get(kind)))
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.versions.length()").value(1));
        assertThat(templateEvents("CASE_DENIED")).isEmpty();
    }

    @Test
    void aDraftNeedsTheKindsCurrentTag() throws Exception {
        String body = json(Map.of("title", "t", "body", "{complaintId}"));
        mvc.perform(as("admin1", post(ADMIN + "/COMPLAINT_ANSWERED/versions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as("admin1", post(ADMIN + "/COMPLAINT_ANSWERED/versions").header("If-Match", "\"stale\""))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as("admin1", get(ADMIN + "/COMPLAINT_ANSWERED")))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    @Test
    void aPreviewFillsSampleValuesAndStoresNothing() throws Exception {
        String kind = ADMIN + "/LICENSE_EXPIRING";
        String etag = etagOf(kind);
        mvc.perform(as("admin1", post(kind + "/preview"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of(
                                "title", "证照 {validTo} 到期",
                                "body", "证照 {identifier} 将于 {validTo} 到期。",
                                "bodyEn", "License {identifier} expires on {validTo}.",
                                "values", Map.of("identifier", "LIC-9")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("证照 2026年4月1日 到期"))
                .andExpect(jsonPath("$.body").value("证照 LIC-9 将于 2026年4月1日 到期。"))
                .andExpect(jsonPath("$.bodyEn").value("License LIC-9 expires on 2026年4月1日."));
        mvc.perform(as("admin1", post(kind + "/preview"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("title", "t", "body", "证照 {identifier} {validTo} {holder}"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:template.placeholder-unknown"));
        mvc.perform(as("admin1", get(kind)))
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    @Test
    void onlyAPlatformAdminManagesTemplates() throws Exception {
        String body = json(Map.of("title", "t", "body", "{identifier}"));
        for (String user : List.of("citizen1", "officer1", "deptadmin1", "catalogadmin1")) {
            mvc.perform(as(user, get(ADMIN))).andExpect(status().isForbidden());
            mvc.perform(as(user, get(ADMIN + "/LICENSE_REINSTATED"))).andExpect(status().isForbidden());
            mvc.perform(as(user, post(ADMIN + "/LICENSE_REINSTATED/versions").header("If-Match", "*"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(as(user, post(ADMIN + "/LICENSE_REINSTATED/versions/1/publish")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(user, post(ADMIN + "/LICENSE_REINSTATED/preview"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(ADMIN)).andExpect(status().isUnauthorized());
        mvc.perform(as("admin1", get(ADMIN + "/LICENSE_REINSTATED")))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    @Test
    void badInputIsRefusedCleanly() throws Exception {
        String versions = ADMIN + "/LICENSE_REVOKED/versions";
        String etag = etagOf(ADMIN + "/LICENSE_REVOKED");
        mvc.perform(as("admin1", post(versions).header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"t\", \"body\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin1", post(versions).header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"t\", \"body\": \"{identifier}{reason}\", \"state\": \"PUBLISHED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin1", post(versions).header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": [\"t\"], \"body\": \"{identifier}{reason}\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin1", post(versions).header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("title", "t", "body", "x".repeat(4001)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
        mvc.perform(as("admin1", post(versions).header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("title", "t", "body", "x".repeat(1_100_000)))))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(as("admin1", get(ADMIN + "/$where"))).andExpect(status().isBadRequest());
        mvc.perform(as("admin1", get(ADMIN + "/NO_SUCH_KIND")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
        mvc.perform(as("admin1", post(ADMIN + "/NO_SUCH_KIND/versions/1/publish")))
                .andExpect(status().isNotFound());
        mvc.perform(as("admin1", post(ADMIN + "/LICENSE_REVOKED/versions/9/publish")))
                .andExpect(status().isNotFound());
        mvc.perform(as("admin1", post(ADMIN + "/LICENSE_REVOKED/versions/two/publish")))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin1", get(ADMIN + "/LICENSE_REVOKED")))
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    // Events cannot carry a blank value (a blank subject is not an event, the translation writes — for a
    // missing value), so the refusal is driven directly with a draft whose value is blank.
    @Test
    void aNoticeWhoseTextWouldHaveAnEmptyPlaceholderIsNotWrittenButCounted() {
        double before = refusedCount("MANDATE_WITHDRAWN");
        NoticeDraft draft = new NoticeDraft(
                NoticeKind.MANDATE_WITHDRAWN,
                "mdt-blank",
                List.of("sub:someone"),
                Map.of("mandateId", " ", "revokedAt", "2026年3月2日 09:00"));
        assertThat(rendering.render(draft, "e-blank")).isEmpty();
        assertThat(refusedCount("MANDATE_WITHDRAWN")).isEqualTo(before + 1);

        NoticeDraft filled = new NoticeDraft(
                NoticeKind.MANDATE_WITHDRAWN,
                "mdt-filled",
                List.of("sub:someone"),
                Map.of("mandateId", "mdt-filled", "revokedAt", "2026年3月2日 09:00"));
        assertThat(rendering.render(filled, "e-filled")).get().satisfies(d -> {
            assertThat(d.template().key()).isEqualTo("mandate.revoked.agent");
            assertThat(d.text()).contains("mdt-filled");
        });
        assertThat(refusedCount("MANDATE_WITHDRAWN")).isEqualTo(before + 1);
    }

    private double refusedCount(String kind) {
        var counter = meters.find(TemplateRendering.REFUSED).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private void refused(String kind, String etag, Map<String, String> body, String code, String field, String named)
            throws Exception {
        mvc.perform(as("admin1", post(kind + "/versions").header("If-Match", etag))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString(named)));
    }

    private List<NoticeTemplatePublished> templateEvents(String kind) {
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.NOTIFICATION).stream()
                .filter(r -> r.value().contains("NoticeTemplatePublished"))
                .map(r -> codec.read(r.value(), NoticeTemplatePublished.class).data())
                .filter(e -> kind.equals(e.kind()))
                .toList();
    }

    private String etagOf(String path) throws Exception {
        return mvc.perform(as("admin1", get(path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private void revoke(String mandateId) {
        feed.send(
                Topics.APPOINTMENT,
                "/appointment-service",
                new MandateRevoked(mandateId, pseudonyms.ofIdNumber(CITIZEN1_ID), null, "citizen1", AT),
                AT);
    }

    private JsonNode awaitNotice(String subjectId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> inbox("citizen1").stream()
                                .filter(n ->
                                        subjectId.equals(n.path("subjectId").asString()))
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

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token(user));
    }
}
