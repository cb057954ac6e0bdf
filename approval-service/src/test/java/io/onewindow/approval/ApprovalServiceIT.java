package io.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.support.ApprovalIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service starts against the real MongoDB-protocol server and Kafka broker and keeps its fences
 * (sharing the context of the other service ITs).
 */
class ApprovalServiceIT extends ApprovalIntegrationTest {

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
        HttpResponse<String> about = get("/api/approvals/public/about");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("\"service\":\"approval-service\"");
    }

    @Test
    void refusesEverythingElseWithoutATokenAsAProblem() throws Exception {
        HttpResponse<String> me = get("/api/approvals/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(me.body()).contains("urn:onewindow:problem:unauthorized");
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("OneWindow approval-service");
    }
}
