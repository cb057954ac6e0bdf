package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewayIntegrationTest;
import io.onewindow.gateway.StandInService.Received;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Tokens from the real Keycloak realm {@code onewindow}, checked by the gateway. */
class RealTokenIT extends GatewayIntegrationTest {

    @Test
    void refusesACallWithoutToken() {
        gateway.get()
                .uri("/api/appointments/bookings")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:unauthorized")
                .jsonPath("$.title")
                .isEqualTo("未登录或令牌无效");
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String forged =
                withPayload(tokenOf("citizen1"), payload -> payload.replace("\"citizen\"", "\"platform-admin\""));

        gateway.get()
                .uri("/api/appointments/admin/forged")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:unauthorized");
        assertThat(services.sawPath("/api/appointments/admin/forged")).isFalse();
    }

    @Test
    void refusesAnIdTokenARefreshTokenAnAdminCliTokenAndATokenWithoutTheAudience() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(
                keycloak().demoUserIdToken("citizen1"),
                "Only access tokens are accepted: this token is of another type (an ID or refresh token).");
        // Keycloak signs refresh tokens with the realm's HMAC key: refused before the type is read
        refused.put(keycloak().demoUserRefreshToken("citizen1"), "Sign in first or send a valid access token.");
        refused.put(
                keycloak().adminCliToken("admin1", "demo"),
                "The token was issued to a client that may not call the OneWindow API (authorized party).");
        refused.put(
                keycloak().tokenWithoutAudience("citizen1", "demo"),
                "The token is not meant for the OneWindow API (audience).");

        refused.forEach((token, detail) -> {
            for (String path : new String[] {"/api/licenses/wallet/refused", "/api/licenses/consents/refused"}) {
                gateway.post()
                        .uri(path)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange()
                        .expectStatus()
                        .isUnauthorized()
                        .expectHeader()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.type")
                        .isEqualTo("urn:onewindow:problem:unauthorized")
                        .jsonPath("$.detail")
                        .isEqualTo(detail);
                assertThat(services.sawPath(path)).as(path).isFalse();
            }
        });
    }

    @Test
    void saysInChineseWhyATokenWasRefused() {
        gateway.get()
                .uri("/api/appointments/bookings/mine")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak().demoUserIdToken("citizen1"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("只接受访问令牌（access token）：该令牌是其他类型（ID 令牌或刷新令牌）。");
    }

    @Test
    void forwardsACitizensCallWithTheTokenUnchanged() {
        String token = tokenOf("citizen1");

        gateway.get()
                .uri("/api/appointments/bookings/mine")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.path")
                .isEqualTo("/api/appointments/bookings/mine");

        Received received = services.lastTo("/api/appointments/bookings/mine");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Correlation-Id")).isNotBlank();
        assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    @Test
    void keepsAdminAreasFromCitizensButNotFromAdministrators() {
        gateway.get()
                .uri("/api/appointments/admin/service-points")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("citizen1"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:forbidden")
                .jsonPath("$.title")
                .isEqualTo("Access denied");

        for (String administrator : new String[] {"admin1", "deptadmin1", "catalogadmin1"}) {
            gateway.get()
                    .uri("/api/appointments/admin/service-points")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(administrator))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void keepsInspectionsForTheInspector() {
        gateway.get()
                .uri("/api/supervision/inspections/cases")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("officer1"))
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.get()
                .uri("/api/supervision/inspections/cases")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("inspector1"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void neverOpensTheServicesInternalEndpointsFromOutsideEvenToTheServiceClient() {
        String service = keycloak().clientCredentialsToken("e-license-service", "e-license-service-demo-secret");
        for (String token : new String[] {service, tokenOf("officer1")}) {
            gateway.get()
                    .uri("/api/approvals/internal/case-citations/GZ-PY-2026-000001")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentTypeCompatibleWith("application/problem+json");
        }
    }

    @Test
    void letsAPartnerSystemReportMilestones() {
        String partner = keycloak().clientCredentialsToken("partner-tax", "partner-tax-demo-secret");

        gateway.post()
                .uri("/api/approvals/partner/milestones")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + partner)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"caseId\":\"c-1\",\"milestone\":\"ACCEPTED\"}")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.lastTo("/api/approvals/partner/milestones").header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + partner);

        gateway.post()
                .uri("/api/approvals/partner/milestones")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("citizen1"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void opensThePublicPartWithoutToken() {
        gateway.get()
                .uri("/api/licenses/public/verify/L-1")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(services.lastTo("/api/licenses/public/verify/L-1").header(HttpHeaders.AUTHORIZATION))
                .isNull();
    }

    /** The token with its payload rewritten and its header and signature kept. */
    private static String withPayload(String token, java.util.function.UnaryOperator<String> change) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = change.apply(payload);
        assertThat(changed).as("the forgery changes something").isNotEqualTo(payload);
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }
}
