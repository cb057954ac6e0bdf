package io.onewindow.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.notification.delivery.domain.StatusReportSignature;
import io.onewindow.notification.support.EventFeed;
import io.onewindow.notification.support.FakeChannelProviders;
import io.onewindow.notification.support.NotificationIntegrationTest;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.notification.NoticeCreated;
import io.onewindow.platform.events.notification.NoticeDelivered;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Notices go out on SMS and WeChat against a real HTTP server standing in for the providers
 * ({@link FakeChannelProviders}), from real events on the real topics, read back through the
 * real endpoints with real Keycloak tokens.
 */
@NotificationIntegrationTest
class DeliveryIT {

    private static final String CITIZEN3_ID = "440113199206180028";
    private static final String MOBILE = "13912345678";
    private static final String OPENID = "oCitizen3-openid-0000000000";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeChannelProviders PROVIDERS = FakeChannelProviders.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdentityPseudonyms pseudonyms;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    DeliverySending sending;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    ChannelSettings settings;

    @Autowired
    ServiceProperties service;

    @Autowired
    MutableClock clock;

    EventFeed feed;

    @BeforeEach
    void citizen3ChoosesSmsAndWeChat() throws Exception {
        feed = new EventFeed(kafka, codec);
        PROVIDERS.reset();
        clock.set(NotificationIntegrationTest.START);
        choose("{\"channels\":{\"sms\":true,\"wechat\":true},\"mobile\":\"" + MOBILE + "\"}");
        mvc.perform(as("citizen3", put("/api/notifications/mine/wechat-binding"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openid\":\"" + OPENID + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wechatOpenid").value(OPENID));
    }

    @AfterEach
    void backToTheStart() {
        PROVIDERS.reset();
        clock.set(NotificationIntegrationTest.START);
    }

    @Test
    void aBookingGoesOutOnceBySmsAndWeChatEvenWhenItsEventsArriveTwice() throws Exception {
        String bookingId = "bk-" + UUID.randomUUID();
        String json = feed.send(
                Topics.APPOINTMENT, "/appointment-service", booked(bookingId), NotificationIntegrationTest.START);
        feed.sendRaw(Topics.APPOINTMENT, bookingId, json);
        String cause = JSON.readTree(json).path("id").asString();

        List<JsonNode> queued = awaitDeliveries(cause, 2);
        assertThat(queued).extracting(d -> d.path("state").asString()).containsOnly("QUEUED");
        assertThat(queued)
                .extracting(d -> d.path("address").asString())
                .containsExactlyInAnyOrder("139****5678", "oCit****");
        sending.sendDue();

        JsonNode sms = delivery(cause, "SMS");
        assertThat(sms.path("state").asString()).isEqualTo("SENT");
        assertThat(sms.path("provider").asString()).isEqualTo("primary");
        assertThat(sms.path("attempts").asInt()).isEqualTo(1);
        List<FakeChannelProviders.Received> smsSent =
                PROVIDERS.naming(sms.path("id").asString());
        assertThat(smsSent).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/primary/sms/send");
            assertThat(r.authorization()).isEqualTo("Bearer " + FakeChannelProviders.PRIMARY_KEY);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("phone").asString()).isEqualTo(MOBILE);
            assertThat(body.path("templateCode").asString()).isEqualTo("booking.confirmed");
            assertThat(body.path("params").path("matterCode").asString()).isEqualTo("MR-001");
            assertThat(body.path("params").path("bookingCode").asString()).isEqualTo("CODE-" + bookingId);
        });

        JsonNode wechat = delivery(cause, "WECHAT");
        assertThat(wechat.path("state").asString()).isEqualTo("DELIVERED");
        String code = ("CODE-" + bookingId).substring(0, 32); // a character_string holds 32
        List<FakeChannelProviders.Received> wechatSent = PROVIDERS.received().stream()
                .filter(r -> r.path().endsWith("/subscribe/send") && r.body().contains(code))
                .toList();
        assertThat(wechatSent).singleElement().satisfies(r -> {
            assertThat(r.query()).startsWith("access_token=wx-token-");
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("touser").asString()).isEqualTo(OPENID);
            assertThat(body.path("template_id").asString()).isEqualTo("booking-confirmed-template");
            assertThat(body.path("page").asString()).isEqualTo("pages/bookings/index");
            assertThat(body.path("data").path("thing1").path("value").asString())
                    .isEqualTo("MR-001");
            assertThat(body.path("data").path("character_string4").path("value").asString())
                    .isEqualTo(code);
            assertThat(body.path("data").path("time2").path("value").asString()).isEqualTo("2026年3月3日 09:30");
        });

        // NoticeCreated read again (a new envelope of the same notice): its deliveries exist, nothing more goes out
        NoticeCreated again = new NoticeCreated(
                sms.path("noticeId").asString(),
                pseudonyms.ofIdNumber(CITIZEN3_ID),
                "BOOKING_CONFIRMED",
                "booking.confirmed",
                1,
                bookingId,
                cause,
                NotificationIntegrationTest.START);
        EventEnvelope<NoticeCreated> envelope =
                EventEnvelope.wrap("/notification-service", again, NotificationIntegrationTest.START);
        feed.sendRaw(Topics.NOTIFICATION, again.noticeId(), codec.write(envelope));
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.isProcessed(DeliveryListener.GROUP, envelope.id()));
        sending.sendDue();
        assertThat(awaitDeliveries(cause, 2)).hasSize(2);
        assertThat(PROVIDERS.naming(sms.path("id").asString())).hasSize(1);
        assertThat(PROVIDERS.received().stream()
                        .filter(r ->
                                r.path().endsWith("/subscribe/send") && r.body().contains(code)))
                .hasSize(1);
    }

    @Test
    void theProvidersSignedStatusReportMarksTheSmsDeliveredAndTellsTheTopic() throws Exception {
        String cause = bookAndSend();
        JsonNode sms = delivery(cause, "SMS");
        String messageId = JSON.readTree(
                        PROVIDERS.naming(sms.path("id").asString()).get(0).body())
                .path("reference")
                .asString();
        assertThat(messageId).isEqualTo(sms.path("id").asString());
        String providerMessageId =
                deliveries.find(sms.path("id").asString()).orElseThrow().providerMessageId();
        byte[] report = ("{\"messageId\":\"" + providerMessageId + "\",\"status\":\"DELIVERED\"}")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(statusReport("primary", report, StatusReportSignature.sign("wrong-secret", report)))
                .andExpect(status().isUnauthorized());
        mvc.perform(statusReport("primary", report, null)).andExpect(status().isUnauthorized());
        mvc.perform(statusReport(
                        "secondary",
                        report,
                        StatusReportSignature.sign(FakeChannelProviders.PRIMARY_CALLBACK_SECRET, report)))
                .andExpect(status().isUnauthorized());
        mvc.perform(statusReport("tertiary", report, "sha256=00")).andExpect(status().isNotFound());
        assertThat(delivery(cause, "SMS").path("state").asString()).isEqualTo("SENT");

        mvc.perform(statusReport(
                        "primary",
                        report,
                        StatusReportSignature.sign(FakeChannelProviders.PRIMARY_CALLBACK_SECRET, report)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DELIVERED"));
        JsonNode delivered = delivery(cause, "SMS");
        assertThat(delivered.path("state").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.path("deliveredAt").asString()).isEqualTo("2026-03-02T09:00:00+08:00");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.NOTIFICATION).stream()
                                        .map(r -> codec.read(r.value()))
                                        .filter(e -> e.type().equals("onewindow.notification.NoticeDelivered.v1"))
                                        .map(e -> codec.dataAs(e, NoticeDelivered.class)
                                                .data())
                                        .filter(e -> e.deliveryId()
                                                .equals(sms.path("id").asString())))
                        .singleElement()
                        .satisfies(e -> {
                            assertThat(e.channel()).isEqualTo("SMS");
                            assertThat(e.provider()).isEqualTo("primary");
                            assertThat(e.recipient()).isEqualTo(pseudonyms.ofIdNumber(CITIZEN3_ID));
                            assertThat(e.causeEventId()).isEqualTo(cause);
                        }));
    }

    @Test
    void whenThePrimaryFailsTheSecondarySendsTheSameMessage() throws Exception {
        PROVIDERS.answerPrimary(500);
        String cause = bookAndSend();

        JsonNode sms = delivery(cause, "SMS");
        assertThat(sms.path("state").asString()).isEqualTo("SENT");
        assertThat(sms.path("provider").asString()).isEqualTo("secondary");
        List<FakeChannelProviders.Received> sent =
                PROVIDERS.naming(sms.path("id").asString());
        assertThat(sent)
                .extracting(FakeChannelProviders.Received::path)
                .containsExactly("/primary/sms/send", "/secondary/sms/send");
        assertThat(sent.get(1).body()).isEqualTo(sent.get(0).body());
        assertThat(sent.get(1).authorization()).isEqualTo("Bearer " + FakeChannelProviders.SECONDARY_KEY);
    }

    @Test
    void whenBothProvidersAreDownItIsRetriedWithBackoffThenFailedWithTheReason() throws Exception {
        PROVIDERS.answerPrimary(503);
        PROVIDERS.answerSecondary(502);
        String cause = bookAndSend();

        JsonNode first = delivery(cause, "SMS");
        assertThat(first.path("state").asString()).isEqualTo("QUEUED");
        assertThat(first.path("attempts").asInt()).isEqualTo(1);
        assertThat(first.path("reason").asString()).isEqualTo("sms-unavailable-502");
        assertThat(first.path("dueAt").asString()).isEqualTo("2026-03-02T09:01:00+08:00");

        sending.sendDue(); // not due yet
        assertThat(delivery(cause, "SMS").path("attempts").asInt()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        sending.sendDue();
        JsonNode second = delivery(cause, "SMS");
        assertThat(second.path("attempts").asInt()).isEqualTo(2);
        assertThat(second.path("dueAt").asString()).isEqualTo("2026-03-02T09:03:00+08:00");

        clock.advance(Duration.ofMinutes(2));
        sending.sendDue();
        JsonNode failed = delivery(cause, "SMS");
        assertThat(failed.path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(settings.maxAttempts());
        assertThat(failed.path("reason").asString()).isEqualTo("sms-unavailable-502");
        assertThat(PROVIDERS.naming(failed.path("id").asString())).hasSize(2 * settings.maxAttempts());
    }

    @Test
    void aPersonWhoDidNotSubscribeIsRefusedByWeChatOnceAndNotRetried() throws Exception {
        PROVIDERS.answerWeChat(43101);
        String cause = bookAndSend();

        JsonNode wechat = delivery(cause, "WECHAT");
        assertThat(wechat.path("state").asString()).isEqualTo("FAILED");
        assertThat(wechat.path("reason").asString()).isEqualTo("wechat-43101");
        assertThat(wechat.path("attempts").asInt()).isEqualTo(1);
        assertThat(delivery(cause, "SMS").path("state").asString()).isEqualTo("SENT");
        clock.advance(Duration.ofHours(1));
        sending.sendDue();
        assertThat(delivery(cause, "WECHAT").path("attempts").asInt()).isEqualTo(1);
        assertThat(PROVIDERS.tokensIssued())
                .as("the access token is kept until it expires")
                .isEqualTo(1);
    }

    @Test
    void aNoticeInQuietHoursWaitsUntilTheirEnd() throws Exception {
        choose("{\"channels\":{\"sms\":true,\"wechat\":false},\"mobile\":\"" + MOBILE
                + "\",\"quietHours\":{\"start\":\"08:00\",\"end\":\"10:00\"}}");
        String cause = book();
        JsonNode queued = awaitDeliveries(cause, 1).get(0);
        assertThat(queued.path("dueAt").asString()).isEqualTo("2026-03-02T10:00:00+08:00");

        sending.sendDue();
        assertThat(PROVIDERS.naming(queued.path("id").asString())).isEmpty();

        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        sending.sendDue();
        assertThat(delivery(cause, "SMS").path("state").asString()).isEqualTo("SENT");
        assertThat(PROVIDERS.naming(queued.path("id").asString())).hasSize(1);
    }

    @Test
    void overTheRecipientLimitOrTheDailyCapNothingIsSentAndTheRecordSaysWhy() throws Exception {
        String cause = book();
        awaitDeliveries(cause, 2);
        limitedTo(1000, 0).sendDue();
        assertThat(delivery(cause, "SMS").path("state").asString()).isEqualTo("FAILED");
        assertThat(delivery(cause, "SMS").path("reason").asString()).isEqualTo("recipient-limit");
        assertThat(delivery(cause, "SMS").path("attempts").asInt()).isZero();

        String capped = book();
        awaitDeliveries(capped, 2);
        limitedTo(0, 1000).sendDue();
        assertThat(delivery(capped, "WECHAT").path("reason").asString()).isEqualTo("daily-cap");
        for (String c : List.of(cause, capped)) {
            for (String channel : List.of("SMS", "WECHAT")) {
                assertThat(PROVIDERS.naming(delivery(c, channel).path("id").asString()))
                        .isEmpty();
            }
        }
    }

    @Test
    void inTestModeTheRecordSaysSentButNoProviderIsCalled() throws Exception {
        String cause = book();
        awaitDeliveries(cause, 2);
        int before = PROVIDERS.received().size();
        ChannelSettings s = settings;
        new DeliverySending(
                        deliveries,
                        List.of(),
                        new ChannelSettings(
                                true,
                                s.sendInterval(),
                                s.sendBatch(),
                                s.sendingLease(),
                                s.firstRetryDelay(),
                                s.retryFactor(),
                                s.maxAttempts(),
                                s.recipientDailyLimit(),
                                s.sms(),
                                s.wechat()),
                        service.timeZone(),
                        clock)
                .sendDue();

        for (String channel : List.of("SMS", "WECHAT")) {
            JsonNode d = delivery(cause, channel);
            assertThat(d.path("state").asString()).isEqualTo("SENT");
            assertThat(d.path("testMode").asBoolean()).isTrue();
            assertThat(d.path("provider").asString()).isEqualTo("test-mode");
        }
        assertThat(PROVIDERS.received()).hasSize(before);
    }

    @Test
    void theOwnerSeesHerNoticesDeliveriesAnotherPersonGets404() throws Exception {
        String cause = bookAndSend();
        String noticeId = delivery(cause, "SMS").path("noticeId").asString();

        mvc.perform(as("citizen3", get("/api/notifications/mine/" + noticeId + "/deliveries")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.channel == 'SMS')].address").value("139****5678"))
                .andExpect(jsonPath("$[0].text").doesNotExist());
        mvc.perform(as("citizen1", get("/api/notifications/mine/" + noticeId + "/deliveries")))
                .andExpect(status().isNotFound());
        mvc.perform(as("officer1", get("/api/notifications/mine/" + noticeId + "/deliveries")))
                .andExpect(status().isForbidden());
    }

    @Test
    void deliveriesByCauseAreForServicesOnly() throws Exception {
        String cause = book();
        awaitDeliveries(cause, 2);
        for (String person : List.of("citizen3", "citizen1", "officer1", "admin1")) {
            mvc.perform(as(person, get("/api/notifications/deliveries").param("cause", cause)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/notifications/deliveries").param("cause", cause)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/notifications/deliveries"), serviceToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:deliveries.filter-missing"));
        mvc.perform(bearer(get("/api/notifications/deliveries").param("cause", "$where"), serviceToken()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void preferencesAreTheOwnersOnly() throws Exception {
        mvc.perform(as("citizen3", get("/api/notifications/mine/preferences")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").value(MOBILE))
                .andExpect(jsonPath("$.channels.sms").value(true))
                .andExpect(jsonPath("$.statutoryKinds").isArray());
        mvc.perform(as("citizen1", get("/api/notifications/mine/preferences")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").doesNotExist());
        mvc.perform(as("citizen1", put("/api/notifications/mine/preferences"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":{\"sms\":true,\"wechat\":false},\"mobile\":\"13800000001\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("citizen3", get("/api/notifications/mine/preferences")))
                .andExpect(jsonPath("$.mobile").value(MOBILE))
                .andExpect(jsonPath("$.wechatOpenid").value(OPENID));
        mvc.perform(as("citizen1", put("/api/notifications/mine/preferences"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":{\"sms\":false,\"wechat\":false}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").doesNotExist());
        for (String staff : List.of("officer1", "approver1", "admin1")) {
            mvc.perform(as(staff, get("/api/notifications/mine/preferences"))).andExpect(status().isForbidden());
            mvc.perform(as(staff, put("/api/notifications/mine/wechat-binding"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"openid\":\"" + OPENID + "\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(bearer(get("/api/notifications/mine/preferences"), serviceToken()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications/mine/preferences")).andExpect(status().isUnauthorized());

        mvc.perform(as(
                        "citizen3",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/notifications/mine/wechat-binding")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wechatOpenid").doesNotExist());
        mvc.perform(as("citizen3", get("/api/notifications/mine/preferences")))
                .andExpect(jsonPath("$.wechatOpenid").doesNotExist());
    }

    @Test
    void badPreferencesAreRefusedAndNothingIsWritten() throws Exception {
        Map<String, String> bad = Map.of(
                "{\"channels\":{\"sms\":true,\"wechat\":false},\"mobile\":\"1391234567\"}", "",
                "{\"channels\":{\"sms\":true,\"wechat\":false},\"mobile\":\"$where\"}", "",
                "{\"channels\":{\"sms\":\"yes\",\"wechat\":false}}", "wrong-type",
                "{\"channels\":{\"sms\":false,\"wechat\":false},\"colour\":\"red\"}", "unknown-field",
                "{\"channels\":{\"sms\":false,\"wechat\":false},\"optOut\":[\"CORRECTION_REQUESTED\"]}",
                        "preferences.statutory-kind",
                "{\"channels\":{\"sms\":false,\"wechat\":false},\"optOut\":[\"NO_SUCH_KIND\"]}", "",
                "{\"channels\":{\"sms\":true,\"wechat\":false}}", "preferences.no-mobile",
                "{\"channels\":{\"sms\":false,\"wechat\":false},\"quietHours\":{\"start\":\"22:00\",\"end\":\"22:00\"}}",
                        "preferences.quiet-hours",
                "{\"channels\":", "malformed-body");
        for (Map.Entry<String, String> body : bad.entrySet()) {
            var result = mvc.perform(as("citizen3", put("/api/notifications/mine/preferences"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.getKey()))
                    .andExpect(status().isBadRequest());
            if (!body.getValue().isEmpty()) {
                result.andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + body.getValue()));
            }
        }
        for (String openid : List.of("short", "$where-0000000000000", "o".repeat(65))) {
            mvc.perform(as("citizen3", put("/api/notifications/mine/wechat-binding"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"openid\":\"" + openid + "\"}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(as("citizen3", get("/api/notifications/mine/preferences")))
                .andExpect(jsonPath("$.mobile").value(MOBILE))
                .andExpect(jsonPath("$.wechatOpenid").value(OPENID))
                .andExpect(jsonPath("$.optOut").isEmpty());
    }

    private DeliverySending limitedTo(int dailyCap, int perRecipient) {
        ChannelSettings s = settings;
        ChannelSettings.Sms sms = new ChannelSettings.Sms(
                dailyCap,
                s.sms().timeout(),
                s.sms().primary(),
                s.sms().secondary(),
                s.sms().templates());
        ChannelSettings.WeChat wechat = new ChannelSettings.WeChat(
                dailyCap,
                s.wechat().timeout(),
                s.wechat().baseUrl(),
                s.wechat().appId(),
                s.wechat().appSecret(),
                s.wechat().state(),
                s.wechat().templates());
        ChannelSettings limited = new ChannelSettings(
                false,
                s.sendInterval(),
                s.sendBatch(),
                s.sendingLease(),
                s.firstRetryDelay(),
                s.retryFactor(),
                s.maxAttempts(),
                perRecipient,
                sms,
                wechat);
        return new DeliverySending(deliveries, List.of(), limited, service.timeZone(), clock);
    }

    private void choose(String preferences) throws Exception {
        mvc.perform(as("citizen3", put("/api/notifications/mine/preferences"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(preferences))
                .andExpect(status().isOk());
    }

    /** Books for citizen3; the booking event's id (the cause of the notice). */
    private String book() {
        String bookingId = "bk-" + UUID.randomUUID();
        String json = feed.send(
                Topics.APPOINTMENT, "/appointment-service", booked(bookingId), NotificationIntegrationTest.START);
        return JSON.readTree(json).path("id").asString();
    }

    private String bookAndSend() throws Exception {
        String cause = book();
        awaitDeliveries(cause, 2);
        sending.sendDue();
        return cause;
    }

    private Booked booked(String bookingId) {
        return new Booked(
                bookingId,
                "CODE-" + bookingId,
                null,
                "sp-shiqiao",
                "MR-001",
                Instant.parse("2026-03-03T01:30:00Z"),
                pseudonyms.ofIdNumber(CITIZEN3_ID),
                "440113********0028",
                null,
                null,
                BookingChannel.PORTAL,
                null,
                "market-regulation");
    }

    private List<JsonNode> awaitDeliveries(String cause, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> deliveriesOf(cause), d -> d.size() == count);
    }

    private List<JsonNode> deliveriesOf(String cause) throws Exception {
        String body = mvc.perform(bearer(get("/api/notifications/deliveries").param("cause", cause), serviceToken()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> list = new java.util.ArrayList<>();
        JSON.readTree(body).forEach(list::add);
        return list;
    }

    private JsonNode delivery(String cause, String channel) throws Exception {
        return deliveriesOf(cause).stream()
                .filter(d -> channel.equals(d.path("channel").asString()))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletRequestBuilder statusReport(String provider, byte[] body, String signature) {
        MockHttpServletRequestBuilder request = post("/api/notifications/public/channels/sms/" + provider + "/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return signature == null ? request : request.header(StatusReportSignature.HEADER, signature);
    }

    private static String serviceToken() {
        return TOKENS.computeIfAbsent(
                "e-license-service",
                c -> KeycloakTestServer.shared()
                        .clientCredentialsToken("e-license-service", "e-license-service-demo-secret"));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return bearer(
                request,
                TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u)));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
