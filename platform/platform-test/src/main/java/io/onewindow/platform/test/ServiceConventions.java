package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every OneWindow service keeps, checked against the running service on the real
 * infrastructure: implement it in a {@link OneWindowIntegrationTest} class of the service
 * (an interface, so the class keeps its own base class). Healthy against the
 * MongoDB-protocol server, its public part open, everything else a 401 problem without a
 * token, its OpenAPI document published.
 */
public interface ServiceConventions {

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    default void isHealthyAgainstTheRealInfrastructure(@Value("${local.server.port}") int port) throws Exception {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    default void answersItsPublicPartWithoutAToken(
            @Value("${local.server.port}") int port,
            @Value("${onewindow.service.api-prefix}") String apiPrefix,
            @Value("${onewindow.service.name}") String serviceName)
            throws Exception {
        HttpResponse<String> about = get(port, apiPrefix + "/public/about");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("\"service\":\"" + serviceName + "\"");
    }

    @Test
    default void refusesEverythingElseWithoutATokenAsAProblem(
            @Value("${local.server.port}") int port, @Value("${onewindow.service.api-prefix}") String apiPrefix)
            throws Exception {
        HttpResponse<String> me = get(port, apiPrefix + "/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(me.body()).contains("urn:onewindow:problem:unauthorized");
    }

    @Test
    default void publishesItsOpenApiDocument(
            @Value("${local.server.port}") int port, @Value("${onewindow.service.name}") String serviceName)
            throws Exception {
        HttpResponse<String> docs = get(port, "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("OneWindow " + serviceName);
    }
}
