package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.test.NewResidents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's journey, through the gateway with the real Keycloak and every service running: a
 * resident who has no account registers in the WeChat mini-app's web view (Keycloak's own
 * registration page, so she is self-declared) and is bound to the mini-app's openid at once; she
 * books through the mini-app and finds the confirmation in her inbox and on the live stream her
 * portal keeps open; an officer confirms her identity at a window; she files a housing rental
 * registration without her ID card, gets one correction notice listing it, answers it, and the
 * case is accepted.
 */
class ANewlyRegisteredCitizenIsToldOfEachStepIT {

    private static final String OPENID = "oNEWREG_" + Long.toString(System.nanoTime(), 36);
    private static final String HALL = "hall-personal-public";
    private static final String MATTER = "MED-INS";
    private static final String RENTAL_REGISTRATION = "HS-ZL-001";
    private static final Duration NOTICE_WAIT = Duration.ofSeconds(60);

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

        // Her portal keeps the live stream open while the mini-app books for her.
        try (NoticeStream stream = NoticeStream.open(platform.gatewayUrl(), portalToken(resident))) {
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
