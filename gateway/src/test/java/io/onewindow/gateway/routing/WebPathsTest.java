package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onewindow.gateway.resilience.ServiceConcurrencyLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The web paths on a real port in front of a stand-in console (which also stands in for
 * e-license-service's verification): the console's pages and boards pass as they are, cookies and
 * redirects untouched, without a token; {@code /verify} reaches the license verification with its
 * query; a board's event stream is passed on event by event, outlives the breaker's time limit,
 * holds no concurrency place and is never retried. Calls time out after one second here, a request
 * body may have 1 KB, and the general per-address budget is 3 requests a minute while web pages
 * have 500.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/realms/unused",
            "onewindow.gateway.resilience.timeout=1s",
            "onewindow.gateway.request.max-size=1KB",
            "onewindow.gateway.rate-limit.burst-capacity=3",
            "onewindow.gateway.rate-limit.replenish-rate=1",
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.web-page-burst-capacity=500",
            "onewindow.gateway.rate-limit.web-page-replenish-rate=1"
        })
class WebPathsTest {

    private static final StandInConsole console = new StandInConsole();

    @LocalServerPort
    private int port;

    @Autowired
    private ServiceConcurrencyLimits concurrencyLimits;

    private WebTestClient gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("onewindow.gateway.console.uri", console::uri);
        registry.add("onewindow.gateway.services.licenses.uri", console::uri);
    }

    @BeforeEach
    void bindClient() {
        gateway = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    static void stopConsole() {
        console.close();
    }

    @Test
    void routesTheConsolesPagesAndTheBoardsWithPathAndQueryAsTheyAre() {
        for (String path : new String[] {"/console", "/console/queue?window=3&day=2026-12-07", "/board/sp-1"}) {
            gateway.get().uri(path).exchange().expectStatus().isOk();
            assertThat(console.last().pathAndQuery()).isEqualTo(path);
        }
    }

    @Test
    void passesCookiesSetCookieAndRedirectsUntouchedAndTellsTheConsoleWhereItWasReached() {
        gateway.get()
                .uri("/console/login-needed")
                .header(HttpHeaders.COOKIE, "SESSION=abc123")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/console/oauth2/authorization/keycloak")
                .expectHeader()
                .valueEquals(HttpHeaders.SET_COOKIE, "SESSION=fresh; Path=/console; HttpOnly; SameSite=Lax");

        StandInConsole.Received received = console.last();
        assertThat(received.header(HttpHeaders.COOKIE)).isEqualTo("SESSION=abc123");
        assertThat(received.header(HttpHeaders.HOST)).isEqualTo("127.0.0.1:" + port);
        assertThat(received.header(ApiDocsForwarding.GATEWAY_BASE_URL)).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void opensTheWebPathsWithoutATokenAndWhateverStaleTokenComesWithThem() {
        for (String authorization : new String[] {null, "Bearer not-a-jwt", "Bearer expired.or.forged"}) {
            for (String path : new String[] {"/console/workbench", "/board/sp-1", "/verify?p=T1dMMnx4"}) {
                gateway.get()
                        .uri(path)
                        .headers(headers -> {
                            if (authorization != null) {
                                headers.set(HttpHeaders.AUTHORIZATION, authorization);
                            }
                        })
                        .exchange()
                        .expectStatus()
                        .isOk();
            }
            // an officer's form post: the console checks its own CSRF token, the gateway none
            gateway.post()
                    .uri("/console/tickets/next")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("_csrf=t")
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(console.last().method()).isEqualTo("POST");
        }
        // the same stale token on the API is refused
        gateway.get()
                .uri("/api/licenses/mine")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aFormPostedFromAConsolePageReachesTheConsoleWhateverItsOriginSays() {
        // under Referrer-Policy: no-referrer a browser's form post says Origin: null; the console's
        // pages get no CORS processing (the console checks the form's CSRF token)
        for (String origin : new String[] {"null", "http://127.0.0.1:8080", "https://elsewhere.example"}) {
            gateway.post()
                    .uri("/console/logout")
                    .header(HttpHeaders.ORIGIN, origin)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("_csrf=t")
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(console.last().method()).isEqualTo("POST");
        }
        // the API still refuses an origin that is not the portal's
        gateway.post()
                .uri("/api/appointments")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void sendsTheQrAddressToTheLicenseVerificationWithItsQuery() {
        gateway.get()
                .uri("/verify?p=T1dMMnx4LnNpZw")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk();

        StandInConsole.Received received = console.last();
        assertThat(received.pathAndQuery()).isEqualTo("/api/licenses/public/verify?p=T1dMMnx4LnNpZw");
        assertThat(received.header(HttpHeaders.ACCEPT)).isEqualTo(MediaType.TEXT_HTML_VALUE);
        // only the page's own address: nothing under it
        gateway.get().uri("/verify/x").exchange().expectStatus().isNotFound();
    }

    @Test
    void streamsABoardsEventsAsTheyComeLongerThanTheTimeLimitWithoutHoldingAPlace() throws Exception {
        HttpResponse<Stream<String>> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/board/sp-1/events"))
                        .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
                .hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE));
        List<String> events = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            Iterator<String> reading = lines.iterator();
            events.add(nextData(reading));
            // the console sends the next event only once this client has seen the first
            assertThat(concurrencyLimits.inFlight(RoutingProperties.CONSOLE)).isZero();
            console.firstEventSeen.countDown();
            events.add(nextData(reading));
            events.add(nextData(reading));
        }
        assertThat(events).containsExactly("data: one", "data: two", "data: three");
        assertThat(console.sentAfterTheClientSawTheFirst).isTrue();
    }

    @Test
    void neverRetriesAnEventStreamButRetriesAPageRead() {
        gateway.get()
                .uri("/board/sp-9/broken")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(RoutingProperties.CONSOLE)
                .jsonPath("$.reason")
                .isEqualTo("service-error");
        assertThat(console.countTo("/board/sp-9/broken")).isEqualTo(1);

        gateway.get().uri("/console/broken").exchange().expectStatus().isEqualTo(503);
        assertThat(console.countTo("/console/broken")).isEqualTo(3);
    }

    @Test
    void passesTheConsolesOwn503AndNeverKeepsItsAnswers() {
        gateway.get().uri("/console/maintenance").exchange().expectStatus().isEqualTo(503);
        assertThat(console.last().path()).isEqualTo("/console/maintenance");

        long before = console.countTo("/board/sp-1/cached");
        gateway.get().uri("/board/sp-1/cached").exchange().expectStatus().isOk();
        gateway.get().uri("/board/sp-1/cached").exchange().expectStatus().isOk();
        assertThat(console.countTo("/board/sp-1/cached")).isEqualTo(before + 2);
    }

    @Test
    void hasNoApiRouteOrApiDocumentForTheConsole() {
        int seen = console.received.size();
        gateway.get().uri("/api/console/v3/api-docs").exchange().expectStatus().isNotFound();
        gateway.get().uri("/api/console/workbench").exchange().expectStatus().isNotFound();
        assertThat(console.received).hasSize(seen);
    }

    @Test
    void refusesAWebsocketUpgradeOnTheWebPaths() {
        int seen = console.received.size();
        for (String path : new String[] {"/board/sp-1/events", "/console/live", "/verify"}) {
            gateway.get()
                    .uri(path)
                    .header(HttpHeaders.UPGRADE, "websocket")
                    .header(HttpHeaders.CONNECTION, "Upgrade")
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("upgrade-not-supported");
        }
        assertThat(console.received).hasSize(seen);
    }

    @Test
    void limitsTheRequestSizeAndGivesCorrelationIdsOnTheWebPaths() {
        gateway.post()
                .uri("/console/materials")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[2048])
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("payload-too-large");

        String correlationId = gateway.get()
                .uri("/console/workbench")
                .header("X-Correlation-Id", "hall-7-counter-3")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Correlation-Id");
        assertThat(correlationId).isEqualTo("hall-7-counter-3");
        assertThat(console.last().header("X-Correlation-Id")).isEqualTo("hall-7-counter-3");
    }

    @Test
    void aPageWithItsAssetsAndPartialUpdatesDrawsOnTheWebPageBudgetNotTheGeneralOne() {
        // the general budget is 3 a minute here; a page with a dozen assets and partials still loads
        for (int i = 0; i < 12; i++) {
            gateway.get()
                    .uri("/console/assets/part-" + i)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .value(
                            "X-RateLimit-Remaining",
                            remaining -> assertThat(Long.parseLong(remaining)).isGreaterThan(3));
        }
    }

    private static String nextData(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("the stream ended early");
    }

    /** The console and e-license-service's verification stand-in: a real HTTP server on a loopback port. */
    static final class StandInConsole implements AutoCloseable {

        final List<Received> received = new CopyOnWriteArrayList<>();
        final CountDownLatch firstEventSeen = new CountDownLatch(1);
        volatile boolean sentAfterTheClientSawTheFirst;
        private final HttpServer server;

        StandInConsole() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::answer);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        Received last() {
            return received.get(received.size() - 1);
        }

        long countTo(String path) {
            return received.stream().filter(r -> r.path().equals(path)).count();
        }

        private void answer(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(
                    exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers));
            switch (path) {
                case "/console/login-needed" -> {
                    exchange.getResponseHeaders().set("Location", "/console/oauth2/authorization/keycloak");
                    exchange.getResponseHeaders()
                            .set("Set-Cookie", "SESSION=fresh; Path=/console; HttpOnly; SameSite=Lax");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/board/sp-1/events" -> stream(exchange);
                case "/board/sp-9/broken", "/console/broken" -> exchange.sendResponseHeaders(502, -1);
                case "/console/maintenance" -> exchange.sendResponseHeaders(503, -1);
                case "/board/sp-1/cached" -> {
                    exchange.getResponseHeaders().set("Cache-Control", "public, max-age=60");
                    page(exchange);
                }
                default -> page(exchange);
            }
            exchange.close();
        }

        private static void page(HttpExchange exchange) throws IOException {
            byte[] page = "<!doctype html><html lang=\"zh-CN\"><p>页面</p></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        }

        private void stream(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            send(out, "one");
            try {
                sentAfterTheClientSawTheFirst = firstEventSeen.await(10, TimeUnit.SECONDS);
                Thread.sleep(1200); // past the gateway's one-second time limit
                send(out, "two");
                Thread.sleep(300);
                send(out, "three");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void send(OutputStream out, String data) throws IOException {
            out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() {
            server.stop(0);
        }

        record Received(String method, String path, String query, Map<String, String> headers) {

            String pathAndQuery() {
                return query == null ? path : path + "?" + query;
            }

            String header(String name) {
                return headers.get(name);
            }
        }
    }
}
