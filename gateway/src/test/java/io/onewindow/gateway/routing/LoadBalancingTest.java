package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Services with two instances each ({@code onewindow.gateway.services.<name>.uris}, given as one
 * comma list as an environment variable gives it), every instance a real HTTP server on a loopback
 * port: round robin, an instance that is down left out, idempotent reads retried on the other
 * instance, POSTs never retried. Each test has services of its own (their own round-robin position,
 * breaker and refused instances).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/realms/unused",
            "onewindow.gateway.rate-limit.replenish-rate=100000",
            "onewindow.gateway.rate-limit.burst-capacity=100000",
            "onewindow.gateway.resilience.timeout=3s",
            "onewindow.gateway.load-balancing.probe-interval=100ms"
        })
class LoadBalancingTest {

    private static final Instance pairA = Instance.answering(200);
    private static final Instance pairB = Instance.answering(200);
    private static final Instance survivor = Instance.answering(200);
    private static final int downPort = closedPort();
    private static final Instance readSurvivor = Instance.answering(200);
    private static final int readDownPort = closedPort();
    private static final Instance badGateway = Instance.answering(502);
    private static final Instance readGood = Instance.answering(200);
    private static final Instance postBad = Instance.answering(502);
    private static final Instance postGood = Instance.answering(200);
    private static final Instance stays = Instance.answering(200);
    private static final int comebackPort = closedPort();

    @Autowired
    private ApplicationContext context;

    private WebTestClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        // the four real services keep their single uri (unused here)
        registry.add("onewindow.gateway.services.pair.uris", () -> pairA.uri() + "," + pairB.uri());
        registry.add("onewindow.gateway.services.halfdown.uris", () -> local(downPort) + "," + survivor.uri());
        registry.add(
                "onewindow.gateway.services.readhalfdown.uris", () -> local(readDownPort) + "," + readSurvivor.uri());
        registry.add("onewindow.gateway.services.flaky.uris", () -> badGateway.uri() + "," + readGood.uri());
        registry.add("onewindow.gateway.services.flakypost.uris", () -> postBad.uri() + "," + postGood.uri());
        registry.add("onewindow.gateway.services.comeback.uris", () -> local(comebackPort) + "," + stays.uri());
        // a single instance is still given as uri
        registry.add("onewindow.gateway.services.single.uri", pairA::uri);
    }

    private static boolean warm;

    @BeforeEach
    void bindClient() {
        gateway = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                .responseTimeout(Duration.ofSeconds(10))
                .build();
        if (!warm) {
            // the first calls through a cold gateway (security, codecs, client pool, JIT) may take
            // longer than the call timeout on a loaded machine; the tests count calls, not time
            WebTestClient patient =
                    gateway.mutate().responseTimeout(Duration.ofSeconds(60)).build();
            for (int attempt = 0; attempt < 20; attempt++) {
                int status = patient.mutateWith(mockJwt())
                        .get()
                        .uri("/api/single/warm-up")
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value();
                if (status == 200) {
                    break;
                }
            }
            warm = true;
        }
    }

    @AfterAll
    static void stopInstances() {
        for (Instance instance :
                List.of(pairA, pairB, survivor, readSurvivor, badGateway, readGood, postBad, postGood, stays)) {
            instance.close();
        }
    }

    @Test
    void spreadsCallsRoundRobinOverTheInstances() {
        for (int call = 0; call < 10; call++) {
            get("/api/pair/things/" + call).expectStatus().isOk();
        }

        assertThat(pairA.count("GET", "/api/pair/things/")).isEqualTo(5);
        assertThat(pairB.count("GET", "/api/pair/things/")).isEqualTo(5);
        // consecutive calls alternate
        for (int call = 1; call < 10; call++) {
            assertThat(pairA.saw("/api/pair/things/" + call)).isNotEqualTo(pairA.saw("/api/pair/things/" + (call - 1)));
        }
    }

    @Test
    void aSingleUriIsOneInstanceAsBefore() {
        get("/api/single/one").expectStatus().isOk();

        assertThat(pairA.count("GET", "/api/single/one")).isEqualTo(1);
    }

    @Test
    void anInstanceThatRefusesConnectionsIsLeftOutSoPostsAreAnsweredByTheOther() {
        int failed = 0;
        for (int call = 0; call < 10; call++) {
            int status = gateway.mutateWith(mockJwt())
                    .post()
                    .uri("/api/halfdown/bookings/" + call)
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
            if (status != 200) {
                failed++;
            }
        }

        // at most the first call that met the closed port fails (a POST is not retried); after
        // it the instance gets no calls, where plain round robin would fail every second one
        assertThat(failed).isLessThanOrEqualTo(1);
        assertThat(survivor.count("POST", "/api/halfdown/bookings/")).isEqualTo(10 - failed);
    }

    @Test
    void everyReadIsAnsweredWhileOneInstanceIsDown() {
        for (int call = 0; call < 10; call++) {
            get("/api/readhalfdown/slots/" + call).expectStatus().isOk();
        }

        assertThat(readSurvivor.count("GET", "/api/readhalfdown/slots/")).isEqualTo(10);
    }

    @Test
    void aReadAnswered502IsRetriedOnTheOtherInstanceOnce() {
        for (int call = 0; call < 10; call++) {
            get("/api/flaky/slots/" + call).expectStatus().isOk();
        }

        // round robin sent about half of the first attempts to the failing instance ...
        assertThat(badGateway.count("GET", "/api/flaky/slots/")).isBetween(4L, 6L);
        for (int call = 0; call < 10; call++) {
            // ... each of those was retried once, on the other one, which answered every call once
            assertThat(badGateway.count("GET", "/api/flaky/slots/" + call + "$"))
                    .isLessThanOrEqualTo(1);
            assertThat(readGood.count("GET", "/api/flaky/slots/" + call + "$")).isEqualTo(1);
        }
    }

    @Test
    void aPostIsNeverRetriedOnAnotherInstance() {
        // four calls: below the breaker's minimum number of calls, so each one reaches an instance
        int failed = 0;
        for (int call = 0; call < 4; call++) {
            int status = gateway.mutateWith(mockJwt())
                    .post()
                    .uri("/api/flakypost/bookings/" + call)
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
            if (status != 200) {
                failed++;
            }
        }

        assertThat(postBad.count("POST", "/api/flakypost/bookings/")).isEqualTo(2);
        assertThat(postGood.count("POST", "/api/flakypost/bookings/")).isEqualTo(2);
        assertThat(failed).isEqualTo(2);
    }

    @Test
    void anInstanceThatListensAgainGetsCallsAgain() {
        for (int call = 0; call < 4; call++) {
            get("/api/comeback/before/" + call).expectStatus().isOk();
        }
        assertThat(stays.count("GET", "/api/comeback/before/")).isEqualTo(4);

        try (Instance restarted = Instance.on(comebackPort, 200)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                get("/api/comeback/after").expectStatus().isOk();
                assertThat(restarted.count("GET", "/api/comeback/after")).isPositive();
            });
        }
    }

    private WebTestClient.ResponseSpec get(String path) {
        return gateway.mutateWith(mockJwt()).get().uri(path).exchange();
    }

    private static String local(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One instance of a service: answers every request with one status and remembers what it was sent. */
    static final class Instance implements AutoCloseable {

        private final HttpServer server;
        private final int status;
        private final List<String> received = new CopyOnWriteArrayList<>();

        private Instance(int port, int status) {
            this.status = status;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::answer);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
        }

        static Instance answering(int status) {
            return new Instance(0, status);
        }

        static Instance on(int port, int status) {
            return new Instance(port, status);
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Requests with this method whose path matches {@code pathPrefix} ({@code $} at the end: exactly). */
        long count(String method, String pathPrefix) {
            boolean exact = pathPrefix.endsWith("$");
            String path = exact ? pathPrefix.substring(0, pathPrefix.length() - 1) : pathPrefix;
            return received.stream()
                    .filter(r -> r.startsWith(method + " "))
                    .map(r -> r.substring(method.length() + 1))
                    .filter(p -> exact ? p.equals(path) : p.startsWith(path))
                    .count();
        }

        boolean saw(String path) {
            return received.stream().anyMatch(r -> r.endsWith(" " + path));
        }

        private void answer(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            received.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            byte[] body = ("{\"instance\":\"" + uri() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
