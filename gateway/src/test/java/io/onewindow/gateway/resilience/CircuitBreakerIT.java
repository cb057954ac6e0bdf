package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.onewindow.gateway.GatewayIntegrationTest;
import io.onewindow.gateway.StandInService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class CircuitBreakerIT extends GatewayIntegrationTest {

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Autowired
    private ResilienceProperties resilience;

    /*
     * "At once" is measured against what a wrong answer would cost, not against a wall-clock
     * constant: a gateway that waited for the service instead of answering from the refused
     * connection would take its whole time limit (resilience.timeout, 10 s here) and say "timeout".
     * So the answer must say "unreachable" and come within half that limit; a bound of 1 s failed
     * on a loaded machine (1.24-1.66 s at load 12-24) with the behaviour intact.
     */
    @Test
    void answers503ProblemWithoutWaitingForTheTimeLimitWhenTheServiceIsDown() {
        String token = tokenOf("citizen1");
        Duration wellWithinTheTimeLimit = resilience.timeout().dividedBy(2);
        for (String method : new String[] {"GET", "POST"}) {
            long started = System.nanoTime();
            EntityExchangeResult<Map<String, Object>> result = gateway.method(
                            org.springframework.http.HttpMethod.valueOf(method))
                    .uri("/api/offline/cases")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                    .returnResult();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.getResponseBody())
                    .containsEntry("type", "urn:onewindow:problem:service-unavailable")
                    .containsEntry("status", 503)
                    .containsEntry("service", "offline")
                    .containsEntry("reason", "unreachable");
            assertThat(took).as(method + " took " + took.toMillis() + " ms").isLessThan(wellWithinTheTimeLimit);
        }
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCallingTheService() {
        String token = tokenOf("citizen1");
        for (int i = 0; i < 5; i++) {
            call("/api/flaky/cases", token).jsonPath("$.reason").isEqualTo("unreachable");
        }
        assertThat(circuitBreakers
                        .getCircuitBreakerRegistry()
                        .circuitBreaker("flaky")
                        .getState())
                .isEqualTo(CircuitBreaker.State.OPEN);

        try (StandInService cameBack = StandInService.startOn(FLAKY_PORT)) {
            long started = System.nanoTime();
            gateway.get()
                    .uri("/api/flaky/cases")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .exists(HttpHeaders.RETRY_AFTER)
                    .expectBody()
                    .jsonPath("$.reason")
                    .isEqualTo("circuit-open");
            // at once, as above: not after the time limit a call to the service could take
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(resilience.timeout().dividedBy(2));
            assertThat(cameBack.received())
                    .as("an open circuit does not call the service")
                    .isEmpty();
        }
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec call(String path, String token) {
        return gateway.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody();
    }
}
