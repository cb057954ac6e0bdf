package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

class AccessRulesTest extends GatewaySliceTest {

    @Test
    void refusesACallWithoutTokenWithAChineseUnauthorizedProblem() {
        gateway.get()
                .uri("/api/appointments/bookings")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:unauthorized")
                .jsonPath("$.title")
                .isEqualTo("未登录或令牌无效")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.instance")
                .isEqualTo("/api/appointments/bookings")
                .jsonPath("$.correlationId")
                .isNotEmpty();
    }

    @Test
    void answersInEnglishWhenTheClientPrefersIt() {
        gateway.get()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,zh;q=0.5")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Not signed in or invalid token");
    }

    @Test
    void refusesAGarbageBearerToken() {
        gateway.get()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:unauthorized");
    }

    @Test
    void letsAnySignedInUserThroughToAService() {
        gateway.mutateWith(user("citizen"))
                .get()
                .uri("/api/licenses/mine")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.sawPath("/api/licenses/mine")).isTrue();
    }

    @Test
    void opensPublicPartsWithoutToken() {
        gateway.get()
                .uri("/api/approvals/public/matters")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.lastTo("/api/approvals/public/matters").method()).isEqualTo("GET");
    }

    @Test
    void servesPublicPartsWhateverTokenComesWithThem() {
        for (String token : new String[] {"not-a-jwt", "expired.or.forged"}) {
            gateway.get()
                    .uri("/api/approvals/public/matters")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isOk();
            // the same token outside the public part is refused
            gateway.get()
                    .uri("/api/approvals/cases")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }

    @Test
    void answersAPathNoServiceOwnsWith404NotWith401() {
        for (String path : new String[] {"/api/nothing-here/x", "/no-such-page", "/api"}) {
            gateway.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // a service's own path still needs a token first
        gateway.get()
                .uri("/api/approvals/nothing-here")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void keepsAdminAreasForAdministrators() {
        gateway.mutateWith(user("citizen"))
                .get()
                .uri("/api/appointments/admin/service-points")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:forbidden")
                .jsonPath("$.title")
                .isEqualTo("无权访问");
        for (String admin : SecurityConfiguration.ADMIN_ROLES) {
            gateway.mutateWith(user(admin))
                    .get()
                    .uri("/api/appointments/admin/service-points")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void keepsInspectionsForInspectors() {
        gateway.mutateWith(user("platform-admin"))
                .get()
                .uri("/api/supervision/inspections/1")
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.mutateWith(user("inspector"))
                .get()
                .uri("/api/supervision/inspections/1")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void letsTheDisciplineCommissionReadItsEndpointsAndNothingElse() {
        gateway.mutateWith(user("discipline"))
                .get()
                .uri("/api/supervision/discipline/cases/c1/dossier")
                .exchange()
                .expectStatus()
                .isOk();
        gateway.mutateWith(user("inspector"))
                .get()
                .uri("/api/supervision/discipline/cases/c1/dossier")
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.mutateWith(user("partner-system"))
                .get()
                .uri("/api/supervision/discipline/major-projects")
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.mutateWith(user("discipline"))
                .get()
                .uri("/api/supervision/inspections/cases/c1/dossier")
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.mutateWith(user("discipline"))
                .delete()
                .uri("/api/supervision/discipline/cases/c1/dossier")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void keepsThePeriodReportForInspectorsAndEvaluators() {
        for (String refused : java.util.List.of("citizen", "dept-admin", "platform-admin")) {
            gateway.mutateWith(user(refused))
                    .get()
                    .uri("/api/supervision/reports/period")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        for (String allowed : java.util.List.of("inspector", "evaluator")) {
            gateway.mutateWith(user(allowed))
                    .get()
                    .uri("/api/supervision/reports/period")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void keepsPartnerEndpointsForPartnerSystems() {
        gateway.mutateWith(user("window-officer"))
                .post()
                .uri("/api/approvals/partner/milestones")
                .exchange()
                .expectStatus()
                .isForbidden();
        gateway.mutateWith(user("partner-system"))
                .post()
                .uri("/api/approvals/partner/milestones")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void refusesPathsThatClimbOutOfThePublicPart() {
        gateway.get()
                .uri("/api/appointments/public/../admin/climbed")
                .exchange()
                .expectStatus()
                .isBadRequest();
        gateway.get()
                .uri("/api/appointments/public/%2e%2e/admin/climbed")
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(services.received()).noneMatch(r -> r.path().contains("climbed"));
    }

    @Test
    void opensHealthAndApiDocsButNotOtherActuatorEndpoints() {
        gateway.get().uri("/actuator/health").exchange().expectStatus().isOk();
        gateway.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        gateway.mutateWith(user("citizen"))
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private static JwtMutator user(String role) {
        return mockJwt()
                .jwt(jwt -> jwt.subject("user-with-" + role))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
