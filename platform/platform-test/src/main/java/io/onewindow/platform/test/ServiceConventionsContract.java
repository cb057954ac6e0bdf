package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every OneWindow service keeps, checked against the running service on the real
 * infrastructure: extend it in a {@link OneWindowIntegrationTest} class of the service.
 * Healthy against the MongoDB-protocol server, its public part open, everything else a 401
 * problem without a token, its OpenAPI document published.
 */
public abstract class ServiceConventionsContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${onewindow.service.name}")
    String serviceName;

    @Value("${onewindow.service.api-prefix}")
    String apiPrefix;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isHealthyAgainstTheRealInfrastructure() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void answersItsPublicPartWithoutAToken() throws Exception {
        HttpResponse<String> about = get(apiPrefix + "/public/about");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("\"service\":\"" + serviceName + "\"");
    }

    @Test
    void refusesEverythingElseWithoutATokenAsAProblem() throws Exception {
        HttpResponse<String> me = get(apiPrefix + "/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(me.body()).contains("urn:onewindow:problem:unauthorized");
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("OneWindow " + serviceName);
    }
}
