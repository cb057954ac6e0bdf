package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls to services that misbehave at the connection level, each a raw socket server on a loopback
 * port: one closes every connection (reset) as soon as it is accepted, as a service does with a
 * keep-alive connection the gateway is just sending on; one sends an answer's headers and then
 * nothing. Every call gets an answer within the time limit, and a POST is sent at most once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/realms/unused",
            "onewindow.gateway.rate-limit.replenish-rate=100000",
            "onewindow.gateway.rate-limit.burst-capacity=100000",
            "onewindow.gateway.resilience.timeout=1s",
            // the breakers must not open during these tests: every call reaches the service
            "onewindow.gateway.resilience.minimum-number-of-calls=1000",
            "onewindow.gateway.resilience.sliding-window-size=1000"
        })
class NoHangingCallsTest {

    private static final RawService resetting = RawService.start(RawService.Behaviour.RESET_ON_ACCEPT);
    private static final RawService stalling = RawService.start(RawService.Behaviour.HEADERS_THEN_SILENCE);

    @Autowired
    private ApplicationContext context;

    private WebTestClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("onewindow.gateway.services.resetting.uri", resetting::uri);
        registry.add("onewindow.gateway.services.stalling.uri", stalling::uri);
    }

    @BeforeEach
    void bindClient() {
        gateway = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterAll
    static void stop() {
        resetting.close();
        stalling.close();
    }

    @Test
    void aPostWhoseConnectionTheServiceClosesIsSentOnceAndAnswered503() {
        int before = resetting.connections();
        for (int call = 0; call < 6; call++) {
            gateway.mutateWith(mockJwt())
                    .post()
                    .uri("/api/resetting/bookings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"slot\":\"" + call + "\"}")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("resetting")
                    .jsonPath("$.reason")
                    .isEqualTo("unreachable");
        }

        assertThat(resetting.connections() - before)
                .as("each POST on one connection only, never sent again on another")
                .isEqualTo(6);
    }

    @Test
    void aGetWhoseConnectionTheServiceClosesIsTriedAgain() {
        int before = resetting.connections();
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/resetting/slots")
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        assertThat(resetting.connections() - before)
                .as("the first try and two retries")
                .isEqualTo(3);
    }

    @Test
    void anAnswerWhoseBodyNeverComesIsAnswered503WithinTheTimeLimit() {
        for (String method : List.of("GET", "POST")) {
            long started = System.nanoTime();
            EntityExchangeResult<byte[]> result = gateway.mutateWith(mockJwt())
                    .method(org.springframework.http.HttpMethod.valueOf(method))
                    .uri("/api/stalling/bookings")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectBody()
                    .returnResult();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.getStatus().value()).as(method).isEqualTo(503);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                    .contains("\"type\":\"urn:onewindow:problem:service-unavailable\"")
                    .contains("\"service\":\"stalling\"")
                    .contains("\"reason\":\"timeout\"");
            assertThat(took).as(method).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** A service stand-in speaking raw HTTP/1.1 over a socket, misbehaving as told. */
    static final class RawService implements AutoCloseable {

        enum Behaviour {
            RESET_ON_ACCEPT,
            HEADERS_THEN_SILENCE
        }

        private final ServerSocket server;
        private final Behaviour behaviour;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        private RawService(Behaviour behaviour) throws IOException {
            this.behaviour = behaviour;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::acceptAll, "raw-service-" + behaviour);
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static RawService start(Behaviour behaviour) {
            try {
                return new RawService(behaviour);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String uri() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private void acceptAll() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    if (behaviour == Behaviour.RESET_ON_ACCEPT) {
                        socket.setSoLinger(true, 0);
                        socket.close();
                    } else {
                        open.add(socket);
                        Thread answering = new Thread(() -> headersThenSilence(socket));
                        answering.setDaemon(true);
                        answering.start();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void headersThenSilence(Socket socket) {
            try {
                readHead(socket.getInputStream());
                socket.getOutputStream()
                        .write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the gateway went away
            }
        }

        private static void readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                byte[] bytes = head.toByteArray();
                int n = bytes.length;
                if (n >= 4
                        && bytes[n - 4] == '\r'
                        && bytes[n - 3] == '\n'
                        && bytes[n - 2] == '\r'
                        && bytes[n - 1] == '\n') {
                    return;
                }
            }
        }

        @Override
        public void close() {
            try {
                server.close();
                for (Socket socket : open) {
                    socket.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
