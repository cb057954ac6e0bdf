package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The stand-in answers 502 the first time a {@code /fail-once/} path is asked for. */
class RetryTest extends GatewaySliceTest {

    @Test
    void retriesAGetThatTheServiceRefusedOnce() {
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/wobbly/fail-once/get")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(services.countTo("/api/wobbly/fail-once/get")).isEqualTo(2);
    }

    @Test
    void neverRetriesAPostBecauseItMayHaveTakenEffect() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/wobbly/fail-once/post")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:service-unavailable")
                .jsonPath("$.reason")
                .isEqualTo("service-error");

        assertThat(services.countTo("/api/wobbly/fail-once/post")).isEqualTo(1);
    }

    @Test
    void aServicesOwn503ProblemIsPassedOnUnchangedNotRetriedAndDoesNotOpenTheBreaker() {
        for (int call = 0; call < 8; call++) {
            gateway.mutateWith(mockJwt())
                    .get()
                    .uri("/api/wobbly/problem-503/deadline")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("calendar-not-covered")
                    .jsonPath("$.year")
                    .isEqualTo(2027);
        }

        assertThat(services.countTo("/api/wobbly/problem-503/deadline")).isEqualTo(8);
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/wobbly/still-routed")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
