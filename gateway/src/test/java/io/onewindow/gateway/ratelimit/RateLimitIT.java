package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.burst-capacity=5",
            "onewindow.gateway.rate-limit.replenish-rate=1",
            "onewindow.gateway.rate-limit.period=10s",
            "onewindow.gateway.rate-limit.public-read-burst-capacity=5",
            "onewindow.gateway.rate-limit.public-read-replenish-rate=1"
        })
class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void refusesAUserPastTheLimitWhileOthersGoOn() {
        String citizen = tokenOf("citizen2");
        for (int i = 0; i < 5; i++) {
            gateway.get()
                    .uri("/api/appointments/bookings")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + citizen)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        gateway.get()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + citizen)
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L))
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:too-many-requests");

        gateway.get()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("enterprise1"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** Anonymous public reads draw on the address's own public-read bucket (here 5, 1 per 10 s). */
    @Test
    void limitsAnonymousPublicReadsByAddress() {
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            int status = gateway.get()
                    .uri("/api/licenses/public/verify/L-2")
                    .exchange()
                    .returnResult(Void.class)
                    .getStatus()
                    .value();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isGreaterThanOrEqualTo(2);
    }
}
