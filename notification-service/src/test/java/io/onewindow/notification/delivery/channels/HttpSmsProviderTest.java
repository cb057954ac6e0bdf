package io.onewindow.notification.delivery.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.onewindow.notification.delivery.domain.SmsProvider.ProviderAnswer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How the generic SMS contract's answers are read, against a real local HTTP server. */
class HttpSmsProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>("{\"messageId\":\"m-1\"}");
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms/send", exchange -> {
            received.set(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delay.get().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpSmsProvider provider() {
        return new HttpSmsProvider(
                "primary",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                "key-1",
                Duration.ofMillis(500),
                JSON);
    }

    private ProviderAnswer send(HttpSmsProvider provider) {
        return provider.send("13800000000", "booking.confirmed", Map.of("matterCode", "MR-001"), "d-1");
    }

    @Test
    void aTakenMessageAnswersItsIdAndTheRequestFollowsTheContract() {
        assertThat(send(provider())).isEqualTo(new ProviderAnswer.Taken("m-1"));
        assertThat(received.get())
                .isEqualTo("Bearer key-1 {\"phone\":\"13800000000\",\"templateCode\":\"booking.confirmed\","
                        + "\"params\":{\"matterCode\":\"MR-001\"},\"reference\":\"d-1\"}");
    }

    @Test
    void aClientErrorIsARefusalButTooManyRequestsAndServerErrorsAreUnavailability() {
        status.set(400);
        assertThat(send(provider())).isEqualTo(new ProviderAnswer.Refused("sms-rejected-400"));
        status.set(429);
        assertThat(send(provider())).isEqualTo(new ProviderAnswer.Unavailable("sms-unavailable-429"));
        status.set(500);
        assertThat(send(provider())).isEqualTo(new ProviderAnswer.Unavailable("sms-unavailable-500"));
    }

    @Test
    void aSlowProviderTimesOut() {
        delay.set(Duration.ofSeconds(2));
        assertThat(send(provider())).isEqualTo(new ProviderAnswer.Unavailable("sms-timeout"));
    }

    @Test
    void aProviderNotListeningRefusesTheConnection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HttpSmsProvider gone =
                new HttpSmsProvider("primary", "http://127.0.0.1:" + closed, "key-1", Duration.ofMillis(500), JSON);
        assertThat(send(gone)).isEqualTo(new ProviderAnswer.Unavailable("sms-connection-refused"));
    }

    @Test
    void withoutAnApiKeyNothingIsCalled() {
        HttpSmsProvider unconfigured = new HttpSmsProvider(
                "primary", "http://127.0.0.1:" + server.getAddress().getPort(), "", Duration.ofMillis(500), JSON);
        assertThat(send(unconfigured)).isEqualTo(new ProviderAnswer.Unavailable("sms-not-configured"));
        assertThat(received.get()).isNull();
    }
}
