package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewayIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A service's live stream (server-sent events, e.g. notification-service's {@code /api/notifications/mine/stream})
 * goes through the gateway with the caller's token, event by event, and is never retried.
 */
class ApiEventStreamIT extends GatewayIntegrationTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void streamsAServicesEventsThroughTheGatewayWithTheCallersToken() throws Exception {
        HttpResponse<Stream<String>> response = http.send(
                stream("/api/notifications/mine/stream")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("citizen1"))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
                .hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE));
        List<String> data;
        try (Stream<String> lines = response.body()) {
            data = lines.filter(line -> line.startsWith("data:")).toList();
        }
        assertThat(data).containsExactly("data: one", "data: two", "data: three");
        assertThat(services.lastTo("/api/notifications/mine/stream").header(HttpHeaders.AUTHORIZATION))
                .startsWith("Bearer ");
    }

    @Test
    void neverRetriesAStreamButRetriesAnOrdinaryRead() throws Exception {
        String token = tokenOf("citizen1");
        HttpResponse<String> broken = http.send(
                stream("/api/notifications/fail-once/stream")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(503);
        assertThat(services.countTo("/api/notifications/fail-once/stream")).isEqualTo(1);

        gateway.get()
                .uri("/api/notifications/fail-once/mine")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.countTo("/api/notifications/fail-once/mine")).isEqualTo(2);
    }

    @Test
    void refusesAStreamWithoutAToken() throws Exception {
        HttpResponse<String> response =
                http.send(stream("/api/notifications/mine/stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder stream(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE);
    }
}
