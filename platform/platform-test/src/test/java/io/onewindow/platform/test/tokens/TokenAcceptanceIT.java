package io.onewindow.platform.test.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedMongoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service built on platform-spring, on a real port, against the real Keycloak realm: only an
 * access token of a platform client meant for the OneWindow API is a caller. An ID token, a refresh
 * token, an {@code admin-cli} token and a token without the audience are refused with a 401 problem
 * saying which check failed, and nothing is written. (Before the checks, an ID token read a wallet
 * and created a consent grant.)
 */
@SpringBootTest(
        classes = TokenAcceptanceIT.TokenTestService.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "onewindow.service.name=token-test-service",
            "onewindow.service.api-prefix=/api/tokens",
            "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "spring.mongodb.database=token_acceptance_it",
            // the test client is let in as a client, so that only the audience check can refuse it
            "onewindow.security.clients=onewindow-portal,onewindow-wechat,onewindow-cli,partner-tax,"
                    + "partner-housing,e-license-service," + KeycloakTestServer.CLIENT_WITHOUT_AUDIENCE
        })
@ContextConfiguration(initializers = KeycloakInitializer.class)
class TokenAcceptanceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NOT_AN_ACCESS_TOKEN =
            "only access tokens are accepted: this token is of another type (an ID or refresh token)";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Writes writes;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedMongoServer.shared().connectionString());
    }

    @BeforeEach
    void clear() {
        writes.callers.clear();
    }

    private static KeycloakTestServer keycloak() {
        return KeycloakTestServer.shared();
    }

    @Test
    void anAccessTokenOfAPlatformClientIsACaller() throws Exception {
        HttpResponse<String> me = call("GET", keycloak().demoUserToken("citizen1"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).path("username").asString()).isEqualTo("citizen1");

        HttpResponse<String> partner =
                call("POST", keycloak().clientCredentialsToken("partner-tax", "partner-tax-demo-secret"));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        assertThat(writes.callers).containsExactly("service-account-partner-tax");
    }

    @Test
    void anIdTokenIsRefused() throws Exception {
        assertRefused(keycloak().demoUserIdToken("citizen1"), NOT_AN_ACCESS_TOKEN);
    }

    @Test
    void aRefreshTokenIsRefused() throws Exception {
        // Keycloak signs refresh tokens with the realm's HMAC key: refused before the type is read
        assertRefused(keycloak().demoUserRefreshToken("citizen1"), null);
    }

    @Test
    void anAdminCliTokenIsRefused() throws Exception {
        assertRefused(
                keycloak().adminCliToken("admin1", KeycloakTestServer.DEMO_PASSWORD),
                "the token was issued to a client that may not call the OneWindow API (authorized party)");
    }

    @Test
    void aTokenWithoutTheAudienceIsRefused() throws Exception {
        assertRefused(
                keycloak().tokenWithoutAudience("citizen1", KeycloakTestServer.DEMO_PASSWORD),
                "the token is not meant for the OneWindow API (audience)");
    }

    /** 401 problem on a read and on a write, with the English {@code detail} if given, and nothing written. */
    private void assertRefused(String token, String detail) throws Exception {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> answer = call(method, token);
            assertThat(answer.statusCode()).as(method + " " + answer.body()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json(answer);
            assertThat(problem.path("type").asString()).isEqualTo("urn:onewindow:problem:unauthorized");
            if (detail != null) {
                assertThat(problem.path("detail").asString()).isEqualTo(detail);
            }
            assertThat(answer.body()).doesNotContain(token);
        }
        assertThat(writes.callers).isEmpty();
    }

    private HttpResponse<String> call(String method, String token) throws Exception {
        String path = method.equals("GET") ? "/api/tokens/me" : "/api/tokens/writes";
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en")
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return JsonMapper.shared().readTree(answer.body());
    }

    /** What the service wrote: refused callers write nothing. */
    static class Writes {
        final List<String> callers = new CopyOnWriteArrayList<>();
    }

    @SpringBootApplication
    static class TokenTestService {

        @org.springframework.context.annotation.Bean
        Writes writes() {
            return new Writes();
        }

        @RestController
        static class WritesController {

            private final Writes writes;

            WritesController(Writes writes) {
                this.writes = writes;
            }

            @PostMapping("/api/tokens/writes")
            String write(@AuthenticationPrincipal Caller caller) {
                writes.callers.add(caller.username());
                return "written";
            }
        }
    }
}
