package io.onewindow.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.notification.webhook.domain.SigningSecret;
import io.onewindow.notification.webhook.domain.WebhookSignature;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.events.notification.WebhookDeliveryDeadLettered;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner webhooks end to end on the real topics, Keycloak tokens and MongoDB server, with the partner's
 * endpoint a local HTTP server started here: real event envelopes become signed binary-mode CloudEvents,
 * retried, dead-lettered and redelivered; partners read only their own log; administrators only their
 * departments' subscriptions.
 */
@NotificationIntegrationTest
class WebhooksIT {

    private static final String ACCEPTED = "onewindow.approval.ApplicationAccepted.v1";
    private static final String ADMIN = "/api/notifications/admin/webhooks";
    private static final String PARTNER_LOG = "/api/notifications/partner/webhook-deliveries";
    private static final Map<String, String> USER_TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PartnerEndpoint ENDPOINT = new PartnerEndpoint();
    // versions above any the demo data or another test could have sent
    private static final long REGISTRY_VERSION = 1_000_000L + System.nanoTime() % 1_000_000L;

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    WebhookDispatch dispatch;

    EventFeed feed;

    @BeforeEach
    void registry() {
        clock.set(NotificationIntegrationTest.START);
        feed = new EventFeed(kafka, codec);
        for (String[] d : new String[][] {
            {"tax", "partner-tax"}, {"housing", "partner-housing"}, {"market-regulation", "partner-market-regulation"}
        }) {
            feed.send(
                    Topics.APPROVAL,
                    "/onewindow/approval-service",
                    new DepartmentRecorded(d[0], REGISTRY_VERSION, "部门 " + d[0], d[1], true, "system"),
                    clock.instant());
        }
    }

    // the clock is the whole module's: the other ITs expect it at the start
    @AfterEach
    void resetClock() {
        clock.set(NotificationIntegrationTest.START);
    }

    @AfterAll
    static void stopEndpoint() {
        ENDPOINT.close();
    }

    @Test
    void thePartnerReceivesItsDepartmentsEventOnceAsASignedBinaryCloudEventAndNotAnotherDepartments() throws Exception {
        String path = "/tax/" + UUID.randomUUID();
        JsonNode created = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url(path, 200));
        String secret = created.path("secret").asString();
        String sub = created.path("subscription").path("id").asString();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");

        String key = "case-" + UUID.randomUUID();
        // another department's event first, on the same key: consumed before the tax one
        feed.sendRaw(Topics.APPROVAL, key, envelope(accepted(key, "HS-" + key, "housing")));
        String json = envelope(accepted(key, "TX-" + key, "tax"));
        feed.sendRaw(Topics.APPROVAL, key, json);
        feed.sendRaw(Topics.APPROVAL, key, json); // the same record again
        EventEnvelope<JsonNode> published = codec.read(json);

        JsonNode delivery = awaitDelivery("partner-tax", "TX-" + key, sub);
        assertThat(delivery.path("state").asString()).isEqualTo("PENDING");
        assertThat(delivery.path("eventId").asString()).isEqualTo(published.id());

        assertThat(dispatch.sendDue()).isPositive();
        dispatch.sendDue();

        List<PartnerEndpoint.Received> received = ENDPOINT.receivedAt(path);
        assertThat(received).hasSize(1);
        PartnerEndpoint.Received request = received.get(0);
        assertThat(request.header("ce-specversion")).isEqualTo("1.0");
        assertThat(request.header("ce-id")).isEqualTo(published.id());
        assertThat(request.header("ce-source")).isEqualTo("/onewindow/approval-service");
        assertThat(request.header("ce-type")).isEqualTo(ACCEPTED);
        assertThat(request.header("ce-subject")).isEqualTo("TX-" + key);
        assertThat(Instant.parse(request.header("ce-time"))).isEqualTo(published.time());
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(JSON.readTree(request.body())).isEqualTo(published.data());
        assertThat(partnerVerifies(request, secret)).isTrue();
        assertThat(partnerVerifies(request, "not-the-secret")).isFalse();

        JsonNode after = awaitDelivery("partner-tax", "TX-" + key, sub);
        assertThat(after.path("state").asString()).isEqualTo("DELIVERED");
        assertThat(after.path("attempts")).hasSize(1);
        assertThat(after.path("attempts").get(0).path("statusCode").asInt()).isEqualTo(200);
        assertThat(partnerLog("partner-tax", ""))
                .noneMatch(d -> ("HS-" + key).equals(d.path("subject").asString()));
    }

    @Test
    void twoFailuresThenSuccessIsDeliveredOnTheThirdAttemptAfterTheBackOff() throws Exception {
        String path = "/flaky/" + UUID.randomUUID();
        String sub = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url(path, 500, 500, 200))
                .path("subscription")
                .path("id")
                .asString();
        String key = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, key, envelope(accepted(key, "TX-" + key, "tax")));
        awaitDelivery("partner-tax", "TX-" + key, sub);

        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path)).hasSize(1);
        dispatch.sendDue(); // not due yet: the first delay has not passed
        assertThat(ENDPOINT.receivedAt(path)).hasSize(1);
        clock.advance(Duration.ofSeconds(10));
        dispatch.sendDue();
        clock.advance(Duration.ofSeconds(20));
        dispatch.sendDue();

        assertThat(ENDPOINT.receivedAt(path)).hasSize(3);
        JsonNode delivery = awaitDelivery("partner-tax", "TX-" + key, sub);
        assertThat(delivery.path("state").asString()).isEqualTo("DELIVERED");
        List<Integer> statuses = new ArrayList<>();
        delivery.path("attempts").forEach(a -> statuses.add(a.path("statusCode").asInt()));
        assertThat(statuses).containsExactly(500, 500, 200);
        assertThat(ENDPOINT.receivedAt(path))
                .extracting(r -> r.header("ce-id"))
                .containsOnly(delivery.path("eventId").asString());
    }

    @Test
    void anEndpointThatAlwaysFailsIsDeadLetteredAfterMaxAttemptsAndRedeliveredOnRequestWithTheSameId()
            throws Exception {
        String path = "/down/" + UUID.randomUUID();
        String url = ENDPOINT.url(path, 500);
        String sub = subscribe("admin1", "partner-tax", "tax", url)
                .path("subscription")
                .path("id")
                .asString();
        String key = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, key, envelope(accepted(key, "TX-" + key, "tax")));
        String id = awaitDelivery("partner-tax", "TX-" + key, sub).path("id").asString();

        for (int i = 0; i < 8; i++) {
            dispatch.sendDue();
            clock.advance(Duration.ofHours(1));
        }
        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path)).hasSize(8);
        JsonNode dead = awaitDelivery("partner-tax", "TX-" + key, sub);
        assertThat(dead.path("state").asString()).isEqualTo("DEAD");
        assertThat(dead.path("deadReason").asString()).isEqualTo("HTTP 500");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.NOTIFICATION).stream()
                                        .filter(r -> r.value().contains("WebhookDeliveryDeadLettered"))
                                        .map(r -> codec.read(r.value(), WebhookDeliveryDeadLettered.class)
                                                .data()))
                        .anySatisfy(e -> {
                            assertThat(e.deliveryId()).isEqualTo(id);
                            assertThat(e.partnerClientId()).isEqualTo("partner-tax");
                            assertThat(e.attempts()).isEqualTo(8);
                            assertThat(e.reason()).isEqualTo("HTTP 500");
                        }));

        ENDPOINT.url(path, 200);
        mvc.perform(partner("partner-housing", post(PARTNER_LOG + "/" + id + "/redeliver")))
                .andExpect(status().isNotFound());
        mvc.perform(partner("partner-tax", post(PARTNER_LOG + "/" + id + "/redeliver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.series").value(2));
        mvc.perform(partner("partner-tax", post(PARTNER_LOG + "/" + id + "/redeliver")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:webhook-delivery.pending"));
        dispatch.sendDue();
        List<PartnerEndpoint.Received> received = ENDPOINT.receivedAt(path);
        assertThat(received).hasSize(9);
        assertThat(received.get(8).header("ce-id")).isEqualTo(received.get(0).header("ce-id"));
        assertThat(awaitDelivery("partner-tax", "TX-" + key, sub).path("state").asString())
                .isEqualTo("DELIVERED");

        // an administrator of the department may redeliver too, one of another department may not
        mvc.perform(as("deptadmin1", post("/api/notifications/admin/webhook-deliveries/" + id + "/redeliver")))
                .andExpect(status().isNotFound());
        mvc.perform(as("admin1", post("/api/notifications/admin/webhook-deliveries/" + id + "/redeliver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series").value(3));
        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path)).hasSize(10);
    }

    @Test
    void aPartnerReadsOnlyItsOwnLogAndOthersFindNothing() throws Exception {
        String path = "/log/" + UUID.randomUUID();
        String sub = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url(path, 200))
                .path("subscription")
                .path("id")
                .asString();
        String key = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, key, envelope(accepted(key, "TX-" + key, "tax")));
        JsonNode mine = awaitDelivery("partner-tax", "TX-" + key, sub);
        String id = mine.path("id").asString();

        mvc.perform(partner("partner-tax", get(PARTNER_LOG + "/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventType").value(ACCEPTED));
        mvc.perform(partner(
                        "partner-tax",
                        get(PARTNER_LOG + "?state=PENDING&eventType=" + ACCEPTED + "&subscriptionId=" + sub)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(id));
        assertThat(partnerLog("partner-tax", "?state=DELIVERED"))
                .noneMatch(d -> id.equals(d.path("id").asString()));
        assertThat(partnerLog("partner-tax", "?since=2100-01-01T00:00:00Z")).isEmpty();

        assertThat(partnerLog("partner-housing", ""))
                .noneMatch(d -> id.equals(d.path("id").asString()));
        mvc.perform(partner("partner-housing", get(PARTNER_LOG + "/" + id))).andExpect(status().isNotFound());
        mvc.perform(as("citizen1", get(PARTNER_LOG))).andExpect(status().isForbidden());
        mvc.perform(as("admin1", get(PARTNER_LOG))).andExpect(status().isForbidden());
        mvc.perform(get(PARTNER_LOG)).andExpect(status().isUnauthorized());
        mvc.perform(partner("partner-tax", get(PARTNER_LOG + "?state=LOST"))).andExpect(status().isBadRequest());
    }

    @Test
    void aDisabledSubscriptionGetsNoDeliveriesAndADeletedOneIsGone() throws Exception {
        String path = "/off/" + UUID.randomUUID();
        String id = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url(path, 200))
                .path("subscription")
                .path("id")
                .asString();
        // a second subscription of the same partner shows when an event has been consumed
        String witness = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url("/witness/" + UUID.randomUUID(), 200))
                .path("subscription")
                .path("id")
                .asString();
        String keyBefore = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, keyBefore, envelope(accepted(keyBefore, "TX-" + keyBefore, "tax")));
        awaitDelivery("partner-tax", "TX-" + keyBefore, id);

        mvc.perform(as("admin1", post(ADMIN + "/" + id + "/disable")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path)).isEmpty(); // the pending one waits

        String keyWhileOff = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, keyWhileOff, envelope(accepted(keyWhileOff, "TX-" + keyWhileOff, "tax")));
        awaitDelivery("partner-tax", "TX-" + keyWhileOff, witness);
        assertThat(partnerLog("partner-tax", "?size=100&subscriptionId=" + id))
                .noneMatch(d -> ("TX-" + keyWhileOff).equals(d.path("subject").asString()));

        mvc.perform(as("admin1", post(ADMIN + "/" + id + "/enable")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        String keyLater = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, keyLater, envelope(accepted(keyLater, "TX-" + keyLater, "tax")));
        awaitDelivery("partner-tax", "TX-" + keyLater, id);
        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path))
                .extracting(r -> r.header("ce-subject"))
                .containsExactlyInAnyOrder("TX-" + keyBefore, "TX-" + keyLater);

        String etag = mvc.perform(as("admin1", get(ADMIN + "/" + id)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(as("admin1", delete(ADMIN + "/" + id))).andExpect(status().isPreconditionRequired());
        mvc.perform(as("admin1", delete(ADMIN + "/" + id)).header("If-Match", "\"stale\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as("deptadmin1", delete(ADMIN + "/" + id)).header("If-Match", etag))
                .andExpect(status().isNotFound());
        mvc.perform(as("admin1", delete(ADMIN + "/" + id)).header("If-Match", etag))
                .andExpect(status().isNoContent());
        mvc.perform(as("admin1", get(ADMIN + "/" + id))).andExpect(status().isNotFound());
        String keyGone = "case-" + UUID.randomUUID();
        feed.sendRaw(Topics.APPROVAL, keyGone, envelope(accepted(keyGone, "TX-" + keyGone, "tax")));
        awaitDelivery("partner-tax", "TX-" + keyGone, witness);
        dispatch.sendDue();
        assertThat(ENDPOINT.receivedAt(path)).hasSize(2);
    }

    @Test
    void aPlatformAdminAdministersEveryDepartmentADeptAdminOnlyTheirOwnAndNobodyElseAny() throws Exception {
        String taxId = subscribe("admin1", "partner-tax", "tax", ENDPOINT.url("/roles/tax", 200))
                .path("subscription")
                .path("id")
                .asString();
        String marketId = subscribe(
                        "deptadmin1",
                        "partner-market-regulation",
                        "market-regulation",
                        ENDPOINT.url("/roles/market", 200))
                .path("subscription")
                .path("id")
                .asString();

        mvc.perform(as("deptadmin1", post(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("partner-tax", "tax", ENDPOINT.url("/roles/x", 200))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:webhook.other-department"));
        mvc.perform(as("deptadmin1", get(ADMIN + "/" + taxId))).andExpect(status().isNotFound());
        mvc.perform(as("deptadmin1", post(ADMIN + "/" + taxId + "/disable"))).andExpect(status().isNotFound());
        mvc.perform(as("deptadmin1", post(ADMIN + "/" + taxId + "/rotate-secret")))
                .andExpect(status().isNotFound());
        assertThat(list("deptadmin1"))
                .allMatch(s -> "market-regulation".equals(s.path("department").asString()));
        assertThat(list("deptadmin1"))
                .anyMatch(s -> marketId.equals(s.path("id").asString()));
        assertThat(list("admin1"))
                .anyMatch(s -> marketId.equals(s.path("id").asString()))
                .anyMatch(s -> taxId.equals(s.path("id").asString()));
        mvc.perform(as("deptadmin1", get(ADMIN + "/" + marketId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(header().exists("ETag"));

        for (String user : List.of("officer1", "approver1", "citizen1", "inspector1")) {
            mvc.perform(as(user, get(ADMIN))).andExpect(status().isForbidden());
            mvc.perform(as(user, post(ADMIN))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body("partner-tax", "tax", ENDPOINT.url("/roles/x", 200))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(partner("partner-tax", get(ADMIN))).andExpect(status().isForbidden());

        mvc.perform(as("admin1", post(ADMIN + "/" + taxId + "/rotate-secret")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.secret").isString())
                .andExpect(jsonPath("$.subscription.previousSecretValidUntil").isString());
    }

    @Test
    void badInputIsRefusedWithNothingStored() throws Exception {
        long before = total("admin1");
        String ok = ENDPOINT.url("/bad", 200);
        for (String bad : List.of(
                body("partner-tax", "tax", "http://tax.example.gov.cn/hook"),
                body("partner-tax", "tax", "https://tax.example.gov.cn/" + "x".repeat(2000)),
                body("partner-tax", "tax", "$where"),
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":"
                        + "[\"onewindow.approval.Unknown.v1\"],\"url\":\"" + ok + "\"}",
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":"
                        + "[\"onewindow.approval.DepartmentRecorded.v1\"],\"url\":\"" + ok + "\"}",
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":[],\"url\":\"" + ok + "\"}",
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":[\"" + ACCEPTED
                        + "\"],\"url\":\"" + ok + "\",\"description\":\"$ne\"}",
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":[\"" + ACCEPTED
                        + "\"],\"url\":\"" + ok + "\",\"secret\":\"mine\"}",
                "{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":\"" + ACCEPTED
                        + "\",\"url\":\"" + ok + "\"}",
                "{\"partnerClientId\":\"partner-tax\",",
                body("partner-housing", "tax", ok),
                body("partner-tax", "justice", ok))) {
            mvc.perform(as("admin1", post(ADMIN))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(as("admin1", post(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partnerClientId\":\"partner-tax\",\"department\":\"tax\",\"eventTypes\":[\""
                                + ACCEPTED + "\"],\"url\":\"" + ok + "\",\"description\":\""
                                + "x".repeat(2_000_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        assertThat(total("admin1")).isEqualTo(before);
        mvc.perform(as("admin1", get(ADMIN + "/not-an-id"))).andExpect(status().isBadRequest());
        mvc.perform(as("admin1", get(ADMIN + "/" + UUID.randomUUID()))).andExpect(status().isNotFound());
    }

    // --- helpers

    private JsonNode subscribe(String admin, String client, String department, String url) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            var result = mvc.perform(as(admin, post(ADMIN))
                                            .contentType(MediaType.APPLICATION_JSON)
                                            .content(body(client, department, url)))
                                    .andReturn()
                                    .getResponse();
                            // 400 partner-not-registered until the registry event has been read
                            return result.getStatus() == 201 ? JSON.readTree(result.getContentAsString()) : null;
                        },
                        java.util.Objects::nonNull);
    }

    private static String body(String client, String department, String url) {
        return "{\"partnerClientId\":\"" + client + "\",\"department\":\"" + department + "\",\"eventTypes\":[\""
                + ACCEPTED + "\"],\"url\":\"" + url + "\",\"description\":\"test\"}";
    }

    private JsonNode awaitDelivery(String client, String subject) {
        return awaitDelivery(client, subject, null);
    }

    private JsonNode awaitDelivery(String client, String subject, String subscriptionId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> partnerLog(
                                        client,
                                        subscriptionId == null
                                                ? "?size=100"
                                                : "?size=100&subscriptionId=" + subscriptionId)
                                .stream()
                                .filter(d -> subject.equals(d.path("subject").asString()))
                                .filter(d -> subscriptionId == null
                                        || subscriptionId.equals(
                                                d.path("subscriptionId").asString()))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
    }

    private List<JsonNode> partnerLog(String client, String query) throws Exception {
        String body = mvc.perform(partner(client, get(PARTNER_LOG + query)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<JsonNode> deliveries = new ArrayList<>();
        JSON.readTree(body).forEach(deliveries::add);
        return deliveries;
    }

    private List<JsonNode> list(String admin) throws Exception {
        String body = mvc.perform(as(admin, get(ADMIN + "?size=100")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<JsonNode> subscriptions = new ArrayList<>();
        JSON.readTree(body).forEach(subscriptions::add);
        return subscriptions;
    }

    private long total(String admin) throws Exception {
        return Long.parseLong(mvc.perform(as(admin, get(ADMIN + "?size=1")))
                .andReturn()
                .getResponse()
                .getHeader("X-Total-Count"));
    }

    private String envelope(ApplicationAccepted event) {
        return codec.write(EventEnvelope.wrap("/onewindow/approval-service", event, clock.instant()));
    }

    private ApplicationAccepted accepted(String caseId, String caseNumber, String department) {
        return new ApplicationAccepted(
                caseId,
                caseNumber,
                "TX-DJ-001",
                department,
                clock.instant(),
                LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 16),
                "officer4",
                false);
    }

    /** The partner's check, written apart from the service's: HMAC-SHA256 over "t.body" with the secret's text. */
    private boolean partnerVerifies(PartnerEndpoint.Received request, String secret) throws Exception {
        String header = request.header(WebhookSignature.HEADER);
        String t = header.replaceAll("^t=(\\d+),.*$", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(request.body()));
        boolean independent = List.of(header.split(",")).contains("v1=" + expected);
        assertThat(WebhookSignature.verify(
                        header, new SigningSecret(secret), request.body(), clock.instant(), Duration.ofMinutes(5)))
                .isEqualTo(independent);
        return independent;
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header(
                "Authorization",
                "Bearer "
                        + USER_TOKENS.computeIfAbsent(
                                user, u -> KeycloakTestServer.shared().demoUserToken(u)));
    }

    private static MockHttpServletRequestBuilder partner(String client, MockHttpServletRequestBuilder request) {
        return request.header(
                "Authorization",
                "Bearer " + KeycloakTestServer.shared().clientCredentialsToken(client, client + "-demo-secret"));
    }
}
