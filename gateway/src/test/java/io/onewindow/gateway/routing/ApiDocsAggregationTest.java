package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewaySliceTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiDocsAggregationTest extends GatewaySliceTest {

    /*
     * These tests check what the documents say, not how fast: the gateway's own document is built on
     * its first request, which took more than the slice client's 5 s at load 28.
     */
    @BeforeEach
    void waitForTheDocumentsAsLongAsTheyTake() {
        gateway = gateway.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void servesEachServicesOpenApiDocumentUnderItsPrefixWithoutToken() {
        gateway.get().uri("/api/licenses/v3/api-docs").exchange().expectStatus().isOk();

        assertThat(services.lastTo("/v3/api-docs").header("Authorization")).isNull();
    }

    @Test
    void tellsTheServiceWhereTheDocumentWasAskedForSoItNamesTheGatewayAsItsServer() {
        gateway.get()
                .uri("http://localhost:8080/api/licenses/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(services.lastTo("/v3/api-docs").header("X-OneWindow-Gateway-Base-Url"))
                .isEqualTo("http://localhost:8080");

        gateway.get()
                .uri("http://gateway.internal:8080/api/licenses/v3/api-docs")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.onewindow.example")
                .header("X-Forwarded-Port", "443")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.lastTo("/v3/api-docs").header("X-OneWindow-Gateway-Base-Url"))
                .as("behind an ingress")
                .isEqualTo("https://api.onewindow.example");
    }

    @Test
    void tellsTheServiceWhereAnApiRequestWasAskedForSoAPagedListLinksToTheGatewayNotWhatTheClientClaims() {
        gateway.get()
                .uri("http://gateway.internal:8080/api/licenses/public/keys?page=1")
                .header("X-OneWindow-Gateway-Base-Url", "https://evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.onewindow.example")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(services.lastTo("/api/licenses/public/keys").header("X-OneWindow-Gateway-Base-Url"))
                .isEqualTo("https://api.onewindow.example");
    }

    @Test
    void listsEveryServiceInTheSwaggerUi() {
        gateway.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].url")
                .value(
                        List.class,
                        urls -> assertThat(urls)
                                .containsExactlyInAnyOrder(
                                        "/v3/api-docs",
                                        "/api/appointments/v3/api-docs",
                                        "/api/approvals/v3/api-docs",
                                        "/api/licenses/v3/api-docs",
                                        "/api/supervision/v3/api-docs",
                                        "/api/notifications/v3/api-docs"));
    }

    @Test
    void offersAKeycloakLoginWithAuthorizationCodeAndPkceInTheSwaggerUi() {
        gateway.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.oauth2RedirectUrl")
                .value(String.class, url -> assertThat(url).endsWith("/swagger-ui/oauth2-redirect.html"));
        gateway.get()
                .uri("/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(script -> assertThat(script)
                        .contains("\"clientId\":\"onewindow-portal\"")
                        .contains("\"usePkceWithAuthorizationCodeGrant\":true"));
        gateway.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes['keycloak-login'].flows.authorizationCode.authorizationUrl")
                .isEqualTo("http://127.0.0.1:8180/realms/onewindow/protocol/openid-connect/auth")
                .jsonPath("$.components.securitySchemes['keycloak-login'].flows.authorizationCode.tokenUrl")
                .isEqualTo("http://127.0.0.1:8180/realms/onewindow/protocol/openid-connect/token");
    }

    @Test
    void keepsThePathWhenRouting() {
        gateway.get()
                .uri("/api/supervision/public/statistics/2025?district=1")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.sawPath("/api/supervision/public/statistics/2025")).isTrue();
    }

    @Test
    void answersUnknownPathsWithANotFoundProblem() {
        gateway.get()
                .uri("/api/unknown/public/x")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:not-found");
    }
}
