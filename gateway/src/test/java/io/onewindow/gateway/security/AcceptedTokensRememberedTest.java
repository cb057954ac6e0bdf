package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.gateway.GatewaySliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's own decoder (here one that counts its calls) decodes a bearer token once and the
 * gateway remembers the accepted token for the client's next requests; a refused token is refused
 * every time, and a token lacking a role is still refused on the role's paths.
 */
class AcceptedTokensRememberedTest extends GatewaySliceTest {

    static final AtomicInteger decoded = new AtomicInteger();

    @TestConfiguration
    static class CountingDecoder {
        @Bean
        ReactiveJwtDecoder countingDecoder() {
            return token -> {
                decoded.incrementAndGet();
                if (!token.startsWith("citizen-")) {
                    return Mono.error(new BadJwtException("unknown token"));
                }
                return Mono.just(new Jwt(
                        token,
                        Instant.now(),
                        Instant.now().plusSeconds(300),
                        Map.of("alg", "RS256"),
                        Map.of("sub", token, "realm_access", Map.of("roles", List.of("citizen")))));
            };
        }
    }

    @Test
    void decodesAClientsTokenOnceForManyRequests() {
        int before = decoded.get();
        for (int i = 0; i < 3; i++) {
            gateway.get()
                    .uri("/api/appointments/mine")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-remembered")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        assertThat(decoded.get() - before).isEqualTo(1);
    }

    @Test
    void refusesARefusedTokenEveryTime() {
        int before = decoded.get();
        for (int i = 0; i < 2; i++) {
            gateway.get()
                    .uri("/api/appointments/mine")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer forged")
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
        assertThat(decoded.get() - before).isEqualTo(2);
    }

    @Test
    void aRememberedTokenStillNeedsTheRoleOfAnArea() {
        gateway.get()
                .uri("/api/appointments/mine")
                .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-no-admin")
                .exchange()
                .expectStatus()
                .isOk();
        gateway.get()
                .uri("/api/appointments/admin/service-points")
                .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-no-admin")
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
