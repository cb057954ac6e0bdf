package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Service {@code offline} of the shared slice context points at a closed port. */
class ServiceUnavailableTest extends GatewaySliceTest {

    @Test
    void answersAProblemNamingTheServiceAtOnceWhenItIsDown() {
        long started = System.nanoTime();
        gateway.mutateWith(mockJwt())
                .get()
                .uri("/api/offline/things")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:service-unavailable")
                .jsonPath("$.code")
                .isEqualTo("service-unavailable")
                .jsonPath("$.title")
                .isEqualTo("Service unavailable")
                .jsonPath("$.service")
                .isEqualTo("offline")
                .jsonPath("$.instance")
                .isEqualTo("/api/offline/things")
                .jsonPath("$.reason")
                .value(reason -> assertThat(reason).isIn("unreachable", "circuit-open"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void namesTheServiceInChinese() {
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/offline/things")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("服务暂不可用");
    }

    @Test
    void answersAProblemWhenTheServiceTakesTooLong() {
        long started = System.nanoTime();
        gateway.mutateWith(mockJwt())
                .post()
                .uri("/api/wobbly/slow/report")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.reason")
                .isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }
}
