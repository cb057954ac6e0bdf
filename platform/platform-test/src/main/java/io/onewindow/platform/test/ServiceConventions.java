package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.web.ApiSchemaClasses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every OneWindow service keeps, checked against the running service on the real
 * infrastructure: implement it in a {@link OneWindowIntegrationTest} class of the service
 * (an interface, so the class keeps its own base class). Healthy against the
 * MongoDB-protocol server, its public part open, everything else a 401 problem without a
 * token, its OpenAPI document published as one contract through the gateway ({@link OpenApiContract})
 * and equal to the copy committed in {@code docs/openapi} ({@link ContractSnapshot}).
 */
public interface ServiceConventions {

    private static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode document(int port, String... headers) throws Exception {
        HttpResponse<String> docs = get(port, "/v3/api-docs", headers);
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(docs.body());
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

    @Test
    default void namesTheGatewayAsItsServerNeverItsOwnPort(
            @Value("${local.server.port}") int port, @Value("${onewindow.service.api-prefix}") String apiPrefix)
            throws Exception {
        assertThat(document(port).path("servers").path(0).path("url").asString())
                .as("without forwarded headers: the configured public base URL")
                .isEqualTo("http://127.0.0.1:8080");
        // as the gateway forwards GET /api/<service>/v3/api-docs (rewritten to /v3/api-docs)
        JsonNode throughTheGateway = document(port, "X-OneWindow-Gateway-Base-Url", "https://api.onewindow.example");
        assertThat(throughTheGateway.path("servers").path(0).path("url").asString())
                .isEqualTo("https://api.onewindow.example");
        // behind a proxy that forwards straight to the service
        JsonNode throughAProxy = document(
                port,
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "proxy.onewindow.example",
                "X-Forwarded-Prefix",
                apiPrefix);
        assertThat(throughAProxy.path("servers").path(0).path("url").asString())
                .isEqualTo("https://proxy.onewindow.example");
        assertThat(throughTheGateway.path("servers").size()).isEqualTo(1);
        assertThat(throughTheGateway.path("paths").propertyNames())
                .as("operation paths carry the gateway route's prefix")
                .allMatch(path -> path.equals(apiPrefix) || path.startsWith(apiPrefix + "/"));
    }

    @Test
    default void servesTheContractCommittedInDocsOpenapi(
            @Value("${local.server.port}") int port, @Value("${onewindow.service.name}") String serviceName)
            throws Exception {
        assertThat(ContractSnapshot.differences(serviceName, document(port))).isEmpty();
    }

    @Test
    default void givesEveryOperationAStableUniqueOperationId(@Value("${local.server.port}") int port) throws Exception {
        assertThat(OpenApiContract.operationIdProblems(document(port))).isEmpty();
    }

    @Test
    default void documentsTheProblemsOfEveryOperationAndOpensOnlyThePublicOnes(
            @Value("${local.server.port}") int port, @Value("${onewindow.service.api-prefix}") String apiPrefix)
            throws Exception {
        assertThat(OpenApiContract.securityAndErrorProblems(document(port), apiPrefix))
                .isEmpty();
    }

    @Test
    default void describesEveryRequestBodyWithTheFieldsOfItsOwnRecord(
            @Value("${local.server.port}") int port, @Autowired ApiSchemaClasses schemaNames) throws Exception {
        JsonNode document = document(port);
        assertThat(OpenApiContract.requestBodyProblems(document, schemaNames)).isEmpty();
    }

    @Test
    default void documentsInstantsWithTheServiceOffsetAndDatesAsPlainDates(
            @Value("${local.server.port}") int port,
            @Value("${onewindow.service.time-zone:Asia/Shanghai}") java.time.ZoneId zone)
            throws Exception {
        assertThat(OpenApiContract.timeProblems(document(port), zone)).isEmpty();
    }
}
