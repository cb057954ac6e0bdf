package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.support.ServiceIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service starts against the real MongoDB-protocol server and Kafka broker and keeps its fences. */
@ServiceIT
class ELicenseServiceIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isHealthyAgainstTheRealInfrastructure() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void answersItsPublicPartWithoutAToken() throws Exception {
        HttpResponse<String> about = get("/api/licenses/public/about");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("\"service\":\"e-license-service\"");
    }

    @Test
    void verifiesWithoutATokenOverRealHttp() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/licenses/public/verify"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"identifier\":\"1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.A\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"result\":\"INVALID\"");
    }

    @Test
    void refusesEverythingElseWithoutATokenAsAProblem() throws Exception {
        HttpResponse<String> me = get("/api/licenses/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(me.body()).contains("urn:onewindow:problem:unauthorized");
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("OneWindow e-license-service");
    }
}
