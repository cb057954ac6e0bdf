package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.test.processes.PlatformApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform as a newcomer meets it: a demo citizen signs in at the real Keycloak and
 * reaches every service through the gateway; without a token only the public parts answer.
 */
class PlatformThroughGatewayIT {

    private static RunningPlatform platform;
    private static String citizenToken;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.shared();
        citizenToken = platform.keycloak().passwordToken("citizen1", "demo");
    }

    static Stream<PlatformApplication> services() {
        return RunningPlatform.SERVICES.stream();
    }

    private HttpResponse<String> viaGateway(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aSignedInCitizenReachesEachServiceThroughTheGateway(PlatformApplication service) throws Exception {
        HttpResponse<String> me = viaGateway(service.apiPrefix() + "/me", citizenToken);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"service\":\"" + service.module() + "\"")
                .contains("\"username\":\"citizen1\"")
                .contains("\"citizen\"")
                .contains("440113********1235")
                .doesNotContain("440113199003071235");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void withoutATokenOnlyThePublicPartAnswers(PlatformApplication service) throws Exception {
        HttpResponse<String> me = viaGateway(service.apiPrefix() + "/me", null);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> about = viaGateway(service.apiPrefix() + "/public/about", null);
        assertThat(about.statusCode()).as(about.body()).isEqualTo(200);
        assertThat(about.body()).contains("\"service\":\"" + service.module() + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theServiceItselfRefusesATokenTheGatewayNeverSaw(PlatformApplication service) throws Exception {
        HttpResponse<String> direct = http.send(
                HttpRequest.newBuilder(URI.create(platform.serviceUrl(service.module()) + service.apiPrefix() + "/me"))
                        .header("Authorization", "Bearer not-a-token")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(401);
    }
}
