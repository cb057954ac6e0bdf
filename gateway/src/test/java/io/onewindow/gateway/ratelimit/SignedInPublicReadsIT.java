package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A public read carrying a real Keycloak token (the gateway does not read the token on
 * {@code /api/*}{@code /public/**}) is rate-limited as its person ({@code user:<sub>}) when the
 * gateway accepted that very token before, and as its client address otherwise. Budgets of 3 (one
 * back a minute) make every token visible in {@code X-RateLimit-Remaining}; each test is its own
 * client address (one trusted proxy, {@code X-Forwarded-For}), so the two do not share one.
 */
@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.burst-capacity=3",
            "onewindow.gateway.rate-limit.replenish-rate=1",
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.trusted-proxies=1"
        })
class SignedInPublicReadsIT extends GatewayIntegrationTest {

    private static final String PUBLIC_READ = "/api/appointments/public/service-points";

    @Test
    void twoSignedInPeopleBehindOneAddressEachGetTheirOwnBudgetForPublicReads() {
        String address = "198.51.100.7";
        String citizen1 = tokenOf("citizen1");
        String citizen2 = tokenOf("citizen2");
        signedInCall(citizen1, address).expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "2");

        publicRead(citizen1, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "1");
        publicRead(citizen1, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "0");
        publicRead(citizen1, address).expectStatus().isEqualTo(429);

        // the other person at the same address: a budget of their own, not what citizen1 left
        signedInCall(citizen2, address).expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "2");
        publicRead(citizen2, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "1");

        // and the address's own budget was not touched by any of them
        anonymousCall(address).expectStatus().isOk().expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "2");
    }

    @Test
    void aForgedOrNeverAcceptedTokenDrawsOnItsAddressesBudget() {
        String address = "198.51.100.8";
        String agent1 = tokenOf("agent1");
        signedInCall(agent1, address).expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "2");
        // agent1's accepted token with another signature: it claims agent1, the gateway never accepted it
        String forged = agent1.substring(0, agent1.length() - 6) + (agent1.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        assertThat(forged).isNotEqualTo(agent1);
        String neverAccepted = tokenOf("enterprise1");

        publicRead(forged, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "2");
        publicRead(neverAccepted, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "1");
        anonymousCall(address).expectStatus().isOk().expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "0");
        publicRead(forged, address).expectStatus().isEqualTo(429);
        publicRead(neverAccepted, address).expectStatus().isEqualTo(429);

        // once the gateway has accepted enterprise1's token, the same read is enterprise1's again
        signedInCall(neverAccepted, address).expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "2");
        publicRead(neverAccepted, address)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(RateLimitFilter.REMAINING_HEADER, "1");
    }

    /** A call on a guarded path: the gateway checks the token and, accepting it, remembers it. */
    private WebTestClient.ResponseSpec signedInCall(String token, String address) {
        return gateway.get()
                .uri("/api/appointments/bookings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Forwarded-For", address)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private WebTestClient.ResponseSpec publicRead(String token, String address) {
        return gateway.get()
                .uri(PUBLIC_READ)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Forwarded-For", address)
                .exchange();
    }

    /** No token and not an anonymous public read (a POST): the address's general budget. */
    private WebTestClient.ResponseSpec anonymousCall(String address) {
        return gateway.post()
                .uri(PUBLIC_READ)
                .header("X-Forwarded-For", address)
                .exchange();
    }
}
