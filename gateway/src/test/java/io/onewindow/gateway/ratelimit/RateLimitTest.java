package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import io.onewindow.gateway.GatewaySliceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.burst-capacity=3",
            "onewindow.gateway.rate-limit.replenish-rate=1",
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.public-read-burst-capacity=5",
            "onewindow.gateway.rate-limit.public-read-replenish-rate=1",
            // what is tested is who gets a 429, not how fast the stand-in answers: the slice's 1.5 s
            // time limit gave a cold first call a 503 at load 20 (8 s), the client's 5 s ran out at 15
            "onewindow.gateway.resilience.timeout=20s"
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

    /* The greedy user is refused once his 3 are gone; the other is served from a bucket of his own. */
    @Test
    void countsEachUserSeparately() {
        for (int i = 0; i < 3; i++) {
            bookingsOf("greedy-user").expectStatus().isOk();
        }
        bookingsOf("greedy-user").expectStatus().isEqualTo(429);

        bookingsOf("patient-user").expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "2");
    }

    /** The client waits longer than the time limit above (the slice's client waits 5 s). */
    private WebTestClient.ResponseSpec bookingsOf(String subject) {
        return gateway.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .mutateWith(mockJwt().jwt(jwt -> jwt.subject(subject)))
                .get()
                .uri("/api/appointments/bookings")
                .exchange();
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
