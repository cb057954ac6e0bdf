package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a client sees it: every call goes through the gateway with a real Keycloak
 * token (or none), and every answer is read as JSON.
 */
final class Gateway {

    /** The official calendar's time zone: "today" of the services. */
    static final ZoneId SERVICE_ZONE = PlatformClock.SERVICE_ZONE;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningPlatform platform;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Gateway(RunningPlatform platform) {
        this.platform = platform;
    }

    static Gateway toSharedPlatform() {
        return new Gateway(RunningPlatform.shared());
    }

    /** The services' today, on the platform's clock ({@link PlatformClock}: real unless moved). */
    static LocalDate serviceToday() {
        return PlatformClock.today();
    }

    /** The platform's now ({@link PlatformClock}): what the services take as the current instant. */
    static Instant now() {
        return PlatformClock.now();
    }

    /** A demo user's access token (password {@code demo}), signed by the real Keycloak. */
    String tokenOf(String username) {
        return tokens.computeIfAbsent(username, user -> platform.keycloak().passwordToken(user, "demo"));
    }

    /** A demo user's ID token: proof of a login for the client, never a key to the APIs. */
    String idTokenOf(String username) {
        return platform.keycloak().demoUserIdToken(username);
    }

    /** A demo user's refresh token: for Keycloak's token endpoint only. */
    String refreshTokenOf(String username) {
        return platform.keycloak().demoUserRefreshToken(username);
    }

    /** A partner system's client-credentials token. */
    String partnerToken(String clientId, String secret) {
        return tokens.computeIfAbsent(
                "client:" + clientId, id -> platform.keycloak().clientCredentialsToken(clientId, secret));
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    Answer post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    Answer put(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body))));
    }

    Answer delete(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).DELETE();
        headers.forEach(request::header);
        return send(request);
    }

    Answer postMultipart(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "----onewindow-system-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: status, content type, body and the entity tag, if one was sent. */
    record Answer(int status, String contentType, String body, String etag) {

        Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            return json().path(field).asString();
        }

        /** Asserts the status and returns the answer, showing the body when it differs. */
        Answer expect(int expected) {
            assertThat(status).as("HTTP status; body: %s", body).isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status. */
        Answer expectProblem(int expected) {
            expect(expected);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            assertThat(json().path("status").asInt()).isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status and code. */
        Answer expectProblem(int expected, String code) {
            expectProblem(expected);
            assertThat(json().path("code").asString()).as(body).isEqualTo(code);
            assertThat(json().path("type").asString()).isEqualTo("urn:onewindow:problem:" + code);
            return this;
        }
    }
}
