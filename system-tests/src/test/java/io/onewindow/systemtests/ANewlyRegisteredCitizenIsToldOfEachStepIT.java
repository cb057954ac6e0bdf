package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.onewindow.platform.test.NewResidents;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's journey, through the gateway with the real Keycloak and every service running: a
 * resident who has no account registers in the WeChat mini-app's web view (Keycloak's own
 * registration page, so she is self-declared) and is bound to the mini-app's openid at once, which
 * the mini-app registers for WeChat subscribe messages; she books through the mini-app and finds the
 * confirmation in her inbox, on the live stream her portal keeps open and among the WeChat messages
 * recorded (test mode); an officer confirms her identity at a window; she files a housing rental
 * registration without her ID card, gets one correction notice listing it, answers it, and the
 * case is accepted. The housing bureau's partner system, subscribed to its department's acceptances,
 * receives the acceptance as a CloudEvent signed with its webhook secret, and finds it in its
 * delivery log.
 */
class ANewlyRegisteredCitizenIsToldOfEachStepIT {

    private static final String OPENID = "oNEWREG_" + Long.toString(System.nanoTime(), 36);
    private static final String HALL = "hall-personal-public";
    private static final String MATTER = "MED-INS";
    private static final String RENTAL_REGISTRATION = "HS-ZL-001";
    private static final Duration NOTICE_WAIT = Duration.ofSeconds(60);
    private static final String PARTNER = "partner-housing";
    private static final String ACCEPTED = "onewindow.approval.ApplicationAccepted.v1";

    private static RunningPlatform platform;
    private static Gateway gateway;
    private static WeChatMiniAppBackend backend;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
        backend = new WeChatMiniAppBackend(platform.keycloak().issuerUri());
    }

    @Test
    void aNewCitizenBoundToTheMiniAppIsToldOfHerBookingHerCorrectionNoticeAndHerAcceptance() throws Exception {
        Map<String, String> resident = NewResidents.citizenForm();
        WeChatMiniAppBackend.Binding binding = backend.registerAndBind(OPENID, resident);
        String mini = backend.accessTokenFor(OPENID).orElseThrow();
        JsonNode claims = WeChatMiniAppBackend.Jwt.claims(mini);
        assertThat(claims.path("sub").asString()).isEqualTo(binding.subject());
        assertThat(claims.path("real_name_level").asString()).isEqualTo("self-declared");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"citizen\"");

        // The mini-app registers her openid for WeChat subscribe messages, with her own token.
        JsonNode preferences = gateway.put("/api/notifications/mine/wechat-binding", mini, Map.of("openid", OPENID))
                .expect(200)
                .json();
        assertThat(preferences.path("wechatOpenid").asString()).isEqualTo(OPENID);
        // ... and she switches WeChat and SMS messages on.
        JsonNode chosen = gateway.put(
                        "/api/notifications/mine/preferences",
                        backend.accessTokenFor(OPENID).orElseThrow(),
                        Map.of("channels", Map.of("sms", true, "wechat", true), "mobile", resident.get("mobile")))
                .expect(200)
                .json();
        assertThat(chosen.path("channels").path("wechat").asBoolean()).isTrue();
        assertThat(chosen.path("wechatOpenid").asString()).isEqualTo(OPENID);
        assertThat(gateway.get("/api/notifications/mine/preferences", gateway.tokenOf("citizen1"))
                        .expect(200)
                        .body())
                .doesNotContain(OPENID);

        // Her portal keeps the live stream open while the mini-app books for her.
        try (NoticeStream stream = NoticeStream.open(platform.gatewayUrl(), portalToken(resident));
                PartnerEndpoint partner = PartnerEndpoint.start()) {
            JsonNode booking = Appointments.bookEarliestOpen(
                    gateway,
                    "/api/appointments",
                    mini,
                    HALL,
                    MATTER,
                    day -> true,
                    start -> Map.of("servicePointId", HALL, "matterCode", MATTER, "start", start.toString()),
                    Map.of());
            String bookingId = booking.path("id").asString();

            JsonNode streamed = stream.next("BOOKING_CONFIRMED", NOTICE_WAIT);
            assertThat(streamed.path("subjectId").asString()).isEqualTo(bookingId);
            assertThat(streamed.path("text").asString())
                    .startsWith("预约成功")
                    .contains(MATTER)
                    .contains(booking.path("code").asString());
            JsonNode inbox = awaitNotice(backend.accessTokenFor(OPENID).orElseThrow(), "BOOKING_CONFIRMED");
            assertThat(inbox.path("id").asString())
                    .isEqualTo(streamed.path("id").asString());
            assertThat(inbox.path("read").asBoolean()).isFalse();
            gateway.post(
                            "/api/notifications/mine/" + inbox.path("id").asString() + "/read",
                            backend.accessTokenFor(OPENID).orElseThrow(),
                            null)
                    .expect(200);
            // the confirmation went out as a WeChat subscribe message too (test mode: recorded, not sent)
            String noticeId = inbox.path("id").asString();
            await().atMost(NOTICE_WAIT).untilAsserted(() -> {
                JsonNode deliveries = gateway.get(
                                "/api/notifications/mine/" + noticeId + "/deliveries",
                                backend.accessTokenFor(OPENID).orElseThrow())
                        .expect(200)
                        .json();
                JsonNode wechat = null;
                for (JsonNode delivery : deliveries) {
                    if ("WECHAT".equals(delivery.path("channel").asString())) {
                        wechat = delivery;
                    }
                }
                assertThat(wechat).as("a WeChat delivery in %s", deliveries).isNotNull();
                assertThat(wechat.path("testMode").asBoolean()).isTrue();
                assertThat(wechat.path("state").asString()).isIn("SENT", "DELIVERED");
                assertThat(wechat.path("address").asString())
                        .startsWith(OPENID.substring(0, 4))
                        .doesNotContain(OPENID);
            });
            gateway.get("/api/notifications/mine/" + noticeId + "/deliveries", gateway.tokenOf("citizen1"))
                    .expectProblem(404);
            // another person cannot mark it
            gateway.post(
                            "/api/notifications/mine/" + inbox.path("id").asString() + "/read",
                            gateway.tokenOf("citizen1"),
                            null)
                    .expectProblem(404);

            // Self-declared, she may not file yet; officer1 checks her ID card at his window.
            String selfDeclared = portalToken(resident);
            gateway.post("/api/approvals/cases", selfDeclared, rentalRegistration(List.of()))
                    .expectProblem(403, "real-name-level-insufficient");
            confirmAtAWindow(resident.get("id_number"));

            // The housing bureau's system subscribes to its department's acceptances (a platform admin does it).
            JsonNode subscribed = gateway.post(
                            "/api/notifications/admin/webhooks",
                            gateway.tokenOf("admin1"),
                            Map.of(
                                    "partnerClientId",
                                    PARTNER,
                                    "department",
                                    "housing",
                                    "eventTypes",
                                    List.of(ACCEPTED),
                                    "url",
                                    partner.url(),
                                    "description",
                                    "住建局业务系统：受理通知"))
                    .expect(201)
                    .json();
            String secret = subscribed.path("secret").asString();
            String subscriptionId = subscribed.path("subscription").path("id").asString();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

            // She files without her ID card; officer2 (housing) lists it in one correction notice.
            String confirmed = portalToken(resident);
            String caseId = gateway.post("/api/approvals/cases", confirmed, rentalRegistration(List.of()))
                    .expect(201)
                    .text("id");
            String officer = gateway.tokenOf("officer2");
            gateway.post(
                            "/api/approvals/cases/" + caseId + "/corrections",
                            officer,
                            Map.of("items", List.of(Map.of("materialCode", "id-card", "problem", "未提交申请人身份证明"))))
                    .expect(200);
            JsonNode correction = stream.next("CORRECTION_REQUESTED", NOTICE_WAIT);
            assertThat(correction.path("subjectId").asString()).isEqualTo(caseId);
            assertThat(correction.path("text").asString())
                    .contains("补正")
                    .contains("第 1 次")
                    .contains("申请人身份证明");

            // She answers it; the case is accepted and she is told.
            String idCard = Filings.upload(gateway, confirmed, "id-card.pdf");
            gateway.post(
                            "/api/approvals/cases/" + caseId + "/resubmission",
                            confirmed,
                            Map.of("materials", List.of(Map.of("materialCode", "id-card", "fileId", idCard))))
                    .expect(200);
            gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                    .expect(200);
            JsonNode accepted = stream.next("CASE_ACCEPTED", NOTICE_WAIT);
            assertThat(accepted.path("subjectId").asString()).isEqualTo(caseId);
            assertThat(accepted.path("text").asString()).contains("已受理").contains(RENTAL_REGISTRATION);

            // The partner's endpoint receives the acceptance once, signed with its secret.
            String caseNumber = gateway.get("/api/approvals/cases/" + caseId, confirmed)
                    .expect(200)
                    .text("caseNumber");
            PartnerEndpoint.Received hook = partner.next(caseNumber, NOTICE_WAIT);
            assertThat(hook.header("ce-specversion")).isEqualTo("1.0");
            assertThat(hook.header("ce-type")).isEqualTo(ACCEPTED);
            assertThat(hook.header("content-type")).startsWith("application/json");
            assertThat(PartnerEndpoint.signatureValid(hook, secret))
                    .as("OneWindow-Signature %s", hook.header("onewindow-signature"))
                    .isTrue();
            assertThat(PartnerEndpoint.signatureValid(hook, secret + "x")).isFalse();
            JsonNode event = Gateway.JSON.readTree(hook.body());
            assertThat(event.path("caseId").asString()).isEqualTo(caseId);
            assertThat(event.path("department").asString()).isEqualTo("housing");
            assertThat(hook.body()).doesNotContain(resident.get("id_number")).doesNotContain("张三");
            String partnerToken = gateway.partnerToken(PARTNER, PARTNER + "-demo-secret");
            await().atMost(NOTICE_WAIT)
                    .untilAsserted(() -> assertThat(gateway.get(
                                            "/api/notifications/partner/webhook-deliveries?subscriptionId="
                                                    + subscriptionId + "&state=DELIVERED",
                                            partnerToken)
                                    .expect(200)
                                    .body())
                            .contains(hook.header("ce-id")));
            gateway.get(
                            "/api/notifications/partner/webhook-deliveries?subscriptionId=" + subscriptionId,
                            gateway.partnerToken("partner-tax", "partner-tax-demo-secret"))
                    .expect(200)
                    .json()
                    .forEach(other ->
                            assertThat(other.path("subscriptionId").asString()).isNotEqualTo(subscriptionId));
            String etag = gateway.get("/api/notifications/admin/webhooks/" + subscriptionId, gateway.tokenOf("admin1"))
                    .expect(200)
                    .etag();
            gateway.delete(
                            "/api/notifications/admin/webhooks/" + subscriptionId,
                            gateway.tokenOf("admin1"),
                            Map.of("If-Match", etag))
                    .expect(204);

            // She unbinds the mini-app's openid: no more WeChat messages.
            assertThat(gateway.delete("/api/notifications/mine/wechat-binding", confirmed, Map.of())
                            .expect(200)
                            .body())
                    .doesNotContain(OPENID);
            assertThat(gateway.get("/api/notifications/mine/preferences", confirmed)
                            .expect(200)
                            .body())
                    .doesNotContain(OPENID);

            // Nobody else's inbox holds any of her notices.
            assertThat(gateway.get("/api/notifications/mine?size=100", gateway.tokenOf("citizen1"))
                            .expect(200)
                            .body())
                    .doesNotContain(bookingId)
                    .doesNotContain(caseId);

            gateway.post(
                            "/api/appointments/" + bookingId + "/cancel",
                            backend.accessTokenFor(OPENID).orElseThrow(),
                            null)
                    .expect(200);
        }
    }

    private static Map<String, Object> rentalRegistration(List<Map<String, String>> materials) {
        return Map.of("matterCode", RENTAL_REGISTRATION, "formData", Map.of(), "materials", materials);
    }

    /** Her own login on the portal (the realm's public portal client, password grant of the test Keycloak). */
    private static String portalToken(Map<String, String> resident) {
        return platform.keycloak().passwordToken(resident.get("username"), resident.get("password"));
    }

    /** officer1, at one of the windows he is posted to, confirms the resident's ID number. */
    private static void confirmAtAWindow(String idNumber) {
        JsonNode post = gateway.get("/api/appointments/admin/staff/officer1", gateway.tokenOf("admin1"))
                .expect(200)
                .json()
                .path("posts")
                .path(0);
        gateway.post(
                        "/api/appointments/identity-confirmations",
                        gateway.tokenOf("officer1"),
                        Map.of(
                                "idNumber",
                                idNumber,
                                "servicePointId",
                                post.path("servicePointId").asString(),
                                "window",
                                post.path("window").asString()))
                .expect(201);
    }

    /** The newest notice of this kind in the inbox of the token's owner, once it is there. */
    private static JsonNode awaitNotice(String token, String kind) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(NOTICE_WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode page = gateway.get("/api/notifications/mine?size=50", token)
                    .expect(200)
                    .json();
            found[0] = null;
            for (JsonNode notice : page) {
                if (kind.equals(notice.path("kind").asString()) && found[0] == null) {
                    found[0] = notice;
                }
            }
            assertThat(found[0]).as("a %s notice in %s", kind, page).isNotNull();
        });
        return found[0];
    }

    /**
     * The housing bureau's webhook endpoint: a JDK HTTP server on the loopback interface that answers
     * 204 and keeps each request it receives.
     */
    static final class PartnerEndpoint implements AutoCloseable {

        record Received(Map<String, List<String>> headers, String body) {

            String header(String name) {
                return headers.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(e -> e.getValue().get(0))
                        .findFirst()
                        .orElse(null);
            }
        }

        private final HttpServer server;
        private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

        private PartnerEndpoint(HttpServer server) {
            this.server = server;
            server.createContext("/housing/onewindow-events", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(
                        Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        static PartnerEndpoint start() throws IOException {
            return new PartnerEndpoint(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/housing/onewindow-events";
        }

        /** The next request about this subject ({@code ce-subject}), others skipped. */
        Received next(String subject, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                Received request = received.poll(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
                assertThat(request)
                        .as("a webhook about %s within %s", subject, wait)
                        .isNotNull();
                if (subject.equals(request.header("ce-subject"))) {
                    return request;
                }
            }
        }

        /**
         * As docs/integrators/partner.md tells a partner to check it: HMAC-SHA256 keyed with the secret's
         * text over {@code t + "." + body}, equal to one {@code v1}, and {@code t} within five minutes.
         */
        static boolean signatureValid(Received request, String secret) throws Exception {
            String header = request.header("onewindow-signature");
            if (header == null) {
                return false;
            }
            String t = null;
            List<String> signatures = new java.util.ArrayList<>();
            for (String part : header.split(",")) {
                String[] pair = part.strip().split("=", 2);
                if (pair[0].equals("t")) {
                    t = pair[1];
                } else if (pair[0].equals("v1")) {
                    signatures.add(pair[1]);
                }
            }
            if (t == null || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8));
            for (String v1 : signatures) {
                if (MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /**
     * The portal's live stream ({@code GET /api/notifications/mine/stream}, server-sent events)
     * through the gateway: each {@code data:} line of a {@code notice} event is queued as read.
     */
    static final class NoticeStream implements AutoCloseable {

        private final BlockingQueue<JsonNode> notices = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        private NoticeStream(String gatewayUrl, String token) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            response = http.sendAsync(
                    HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/notifications/mine/stream"))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "text/event-stream")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(answer -> {
                if (answer.statusCode() != 200) {
                    return;
                }
                Thread reader = new Thread(
                        () -> answer.body().forEach(line -> {
                            if (line.startsWith("data:")) {
                                notices.add(
                                        Gateway.JSON.readTree(line.substring(5).strip()));
                            }
                        }),
                        "notice-stream");
                reader.setDaemon(true);
                reader.start();
            });
        }

        static NoticeStream open(String gatewayUrl, String token) throws IOException {
            NoticeStream stream = new NoticeStream(gatewayUrl, token);
            try {
                HttpResponse<Stream<String>> answer = stream.response.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as("the stream's status").isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("text/event-stream");
            } catch (Exception e) {
                throw new IOException("the notice stream did not open", e);
            }
            return stream;
        }

        /** The next streamed notice of this kind (others are skipped), waiting at most {@code wait}. */
        JsonNode next(String kind, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode notice = notices.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
                assertThat(notice)
                        .as("a %s notice on the stream within %s", kind, wait)
                        .isNotNull();
                if (kind.equals(notice.path("kind").asString())) {
                    return notice;
                }
            }
        }

        @Override
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }
}
