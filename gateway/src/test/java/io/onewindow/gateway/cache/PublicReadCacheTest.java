package io.onewindow.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewaySliceTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;

/**
 * The public-read budget refills one token a minute here, so each answer's
 * {@code X-RateLimit-Remaining} is one less than the one before; the time limit is generous so
 * that the first call of a cold context on a busy machine is not a 503.
 */
@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.public-read-replenish-rate=1",
            "onewindow.gateway.resilience.timeout=5s"
        })
class PublicReadCacheTest extends GatewaySliceTest {

    /** Real bearer tokens on the wire: {@code Bearer good-token} is citizen "reader". */
    @TestConfiguration
    static class Tokens {
        @Bean
        ReactiveJwtDecoder acceptingOneToken() {
            return token -> "good-token".equals(token)
                    ? Mono.just(new Jwt(
                            token,
                            Instant.now(),
                            Instant.now().plusSeconds(300),
                            Map.of("alg", "none"),
                            Map.of("sub", "reader")))
                    : Mono.error(new BadJwtException("unknown token"));
        }
    }

    @Test
    void answersARepeatedAnonymousPublicReadFromTheCache() {
        String path = "/api/appointments/public/cached/service-points";
        String first = anonymousGet(path, "first-read-0001");
        String second = anonymousGet(path, "second-read-0002");

        assertThat(services.countTo(path))
                .as("the second read is served by the gateway")
                .isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aCachedAnswerCarriesTheRequestsOwnCorrelationIdAndRateLimitHeader() {
        String path = "/api/approvals/public/cached/matters";
        long firstRemaining = Long.parseLong(gateway.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-RateLimit-Remaining"));
        gateway.get()
                .uri(path)
                .header("X-Correlation-Id", "second-read-0004")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "second-read-0004")
                .expectHeader()
                .value(
                        "X-RateLimit-Remaining",
                        remaining -> assertThat(Long.parseLong(remaining)).isLessThan(firstRemaining))
                .expectHeader()
                // the service said 60 s; the gateway keeps it 5 s and says what is left of that
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).matches("public, ?max-age=[0-5]"));
        assertThat(services.countTo(path)).isEqualTo(1);
    }

    @Test
    void neverAnswersARequestWithAuthorizationFromTheCache() {
        String path = "/api/appointments/public/cached/slots";
        for (int i = 0; i < 2; i++) {
            gateway.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer good-token")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        assertThat(services.countTo(path)).isEqualTo(2);

        // an anonymous read fills the cache; a signed-in read of the same path still goes through
        anonymousGet(path, "anonymous-read-0005");
        anonymousGet(path, "anonymous-read-0006");
        assertThat(services.countTo(path)).isEqualTo(3);
        gateway.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer good-token")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(services.countTo(path)).isEqualTo(4);
    }

    @Test
    void doesNotKeepAPublicPathAnswerTheServiceDidNotMarkPublic() {
        String path = "/api/appointments/public/service-points/live/queue";
        anonymousGet(path, "live-read-0007");
        gateway.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));

        assertThat(services.countTo(path)).isEqualTo(2);
    }

    @Test
    void doesNotCacheReadsOutsideThePublicPaths() {
        String path = "/api/appointments/cached/public-looking";
        for (int i = 0; i < 2; i++) {
            gateway.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer good-token")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        assertThat(services.countTo(path)).isEqualTo(2);
    }

    private String anonymousGet(String path, String correlationId) {
        return gateway.get()
                .uri(path)
                .header("X-Correlation-Id", correlationId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Correlation-Id", correlationId)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
