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
 * that the first call of a cold context on a busy machine is not a 503. The stand-in marks
 * {@code /public/cached/} answers {@code max-age=60} and {@code /public/brief/} ones {@code max-age=1};
 * the gateway keeps an answer at most 30 s here.
 */
@TestPropertySource(
        properties = {
            "onewindow.gateway.rate-limit.period=1m",
            "onewindow.gateway.rate-limit.public-read-replenish-rate=1",
            "onewindow.gateway.resilience.timeout=5s",
            "onewindow.gateway.public-cache.max-time-to-live=30s"
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
                // the service said 60 s; the gateway keeps it at most 30 s and says what is left of that
                .value(
                        HttpHeaders.CACHE_CONTROL,
                        value -> assertThat(value).matches("public, max-age=(30|[12][0-9]|[0-9])"));
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

    @Test
    void keepsEachAnswerAsLongAsTheServiceSaid() throws InterruptedException {
        String brief = "/api/appointments/public/brief/slots";
        String longer = "/api/appointments/public/cached/service-points/long";
        anonymousGet(brief, "brief-read-0011");
        anonymousGet(longer, "long-read-0012");
        anonymousGet(brief, "brief-read-0013");
        assertThat(services.countTo(brief)).isEqualTo(1);

        Thread.sleep(1_300); // the brief answer's max-age=1 has run out, the other's 60 s not

        anonymousGet(brief, "brief-read-0014");
        anonymousGet(longer, "long-read-0015");
        assertThat(services.countTo(brief))
                .as("the answer kept for 1 s is fetched again")
                .isEqualTo(2);
        assertThat(services.countTo(longer))
                .as("the answer kept for 60 s (30 s here) is still served by the gateway")
                .isEqualTo(1);
    }

    @Test
    void answersAMatchingIfNoneMatchWith304WithoutCallingTheService() {
        String path = "/api/approvals/public/cached/guides";
        String etag = gateway.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        assertThat(etag).isNotBlank();

        gateway.get()
                .uri(path)
                .header(HttpHeaders.IF_NONE_MATCH, "\"other\", W/" + etag)
                .header("X-Correlation-Id", "conditional-read-0021")
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, etag)
                .expectHeader()
                .valueEquals("X-Correlation-Id", "conditional-read-0021")
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).startsWith("public, max-age="))
                .expectBody()
                .isEmpty();
        gateway.get()
                .uri(path)
                .header(HttpHeaders.IF_NONE_MATCH, "\"stale\"")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("{\"path\":\"" + path + "\"}");

        assertThat(services.countTo(path))
                .as("both conditional reads are answered by the gateway")
                .isEqualTo(1);
    }

    @Test
    void asksTheServiceWithoutTheConditionOnAMissAndAnswersItItself() {
        String path = "/api/appointments/public/cached/service-points/conditional";
        String etag = gateway.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();

        // no-cache makes the gateway fetch afresh: a miss carrying the client's condition
        gateway.get()
                .uri(path)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectBody()
                .isEmpty();

        assertThat(services.countTo(path)).isEqualTo(2);
        assertThat(services.lastTo(path).header(HttpHeaders.IF_NONE_MATCH))
                .as("the service is asked for the whole answer, so the gateway can keep it")
                .isNull();
        // and the fresh answer is kept: the next read is the gateway's
        anonymousGet(path, "after-refresh-0022");
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
