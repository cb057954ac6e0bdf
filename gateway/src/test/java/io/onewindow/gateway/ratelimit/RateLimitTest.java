package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.burst-capacity=3",
            "onewindow.gateway.rate-limit.replenish-rate=1",
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.public-read-burst-capacity=5",
            "onewindow.gateway.rate-limit.public-read-replenish-rate=1"
        })
class RateLimitTest extends GatewaySliceTest {

    @Test
    void refusesAUserPastTheLimitWithAProblemAndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            gateway.mutateWith(mockJwt().jwt(jwt -> jwt.subject("busy-user")))
                    .get()
                    .uri("/api/appointments/bookings")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("X-RateLimit-Remaining", Integer.toString(2 - i));
        }

        gateway.mutateWith(mockJwt().jwt(jwt -> jwt.subject("busy-user")))
                .get()
                .uri("/api/licenses/mine")
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(50L, 60L))
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:onewindow:problem:too-many-requests")
                .jsonPath("$.title")
                .isEqualTo("请求过于频繁");
    }

    @Test
    void countsEachUserSeparately() {
        for (int i = 0; i < 4; i++) {
            gateway.mutateWith(mockJwt().jwt(jwt -> jwt.subject("greedy-user")))
                    .get()
                    .uri("/api/appointments/bookings")
                    .exchange();
        }
        gateway.mutateWith(mockJwt().jwt(jwt -> jwt.subject("patient-user")))
                .get()
                .uri("/api/appointments/bookings")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void givesAnonymousPublicReadsTheirOwnLargerBudgetPerAddress() {
        // public reads without a token: five, not three, and then refused
        for (int i = 0; i < 5; i++) {
            gateway.get()
                    .uri("/api/appointments/public/service-points")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("X-RateLimit-Remaining", Integer.toString(4 - i));
        }
        gateway.get()
                .uri("/api/approvals/public/matters")
                .exchange()
                .expectStatus()
                .isEqualTo(429);

        // the same address's general budget is untouched by them
        gateway.post()
                .uri("/api/appointments/public/service-points")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "2");
    }
}
