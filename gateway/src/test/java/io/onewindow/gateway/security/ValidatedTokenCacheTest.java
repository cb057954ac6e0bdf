package io.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class ValidatedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final MovingClock clock = new MovingClock();
    private final AtomicInteger decoded = new AtomicInteger();

    /** Accepts "good-*" tokens expiring 5 minutes after NOW, "forever" without exp; refuses the rest. */
    private final ReactiveJwtDecoder decoder = token -> {
        decoded.incrementAndGet();
        if (token.startsWith("good-")) {
            return Mono.just(jwt(token, NOW.plusSeconds(300)));
        }
        if (token.equals("forever")) {
            return Mono.just(jwt(token, null));
        }
        return Mono.error(new BadJwtException("refused"));
    };

    private final ValidatedTokenCache cache = new ValidatedTokenCache(decoder, 100, clock, ticker);

    @Test
    void decodesAnAcceptedTokenOnceUntilItExpires() {
        Jwt first = cache.decode("good-a").block();
        Jwt second = cache.decode("good-a").block();

        assertThat(second).isSameAs(first);
        assertThat(decoded).hasValue(1);

        advance(Duration.ofSeconds(299));
        cache.decode("good-a").block();
        assertThat(decoded).as("still valid a second before exp").hasValue(1);

        advance(Duration.ofSeconds(1));
        cache.decode("good-a").block();
        assertThat(decoded)
                .as("at exp the token goes back to the decoder, which judges it afresh")
                .hasValue(2);
    }

    @Test
    void tellsWhoseATokenIsOnlyWhenItWasAcceptedAndHasNotExpiredWithoutEverDecoding() {
        AcceptedTokens accepted = new AcceptedTokens();
        accepted.rememberedBy(cache);
        assertThat(accepted.accepted("good-a")).as("not accepted yet").isNull();
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(accepted.accepted("forged")).isNull();

        Jwt first = cache.decode("good-a").block();
        assertThat(accepted.accepted("good-a")).isSameAs(first);
        assertThat(decoded).as("asking never decodes").hasValue(2);

        advance(Duration.ofSeconds(300));
        assertThat(accepted.accepted("good-a")).as("expired").isNull();
        assertThat(new AcceptedTokens().accepted("good-a"))
                .as("no memory: nothing known")
                .isNull();
    }

    @Test
    void keepsEachTokenApart() {
        cache.decode("good-a").block();
        Jwt other = cache.decode("good-b").block();

        assertThat(other.getTokenValue()).isEqualTo("good-b");
        assertThat(decoded).hasValue(2);
    }

    @Test
    void neverRemembersARefusedToken() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoded).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverRemembersATokenWithoutExpiry() {
        cache.decode("forever").block();
        cache.decode("forever").block();

        assertThat(decoded).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    private void advance(Duration duration) {
        clock.now = clock.now.plus(duration);
        nanos.addAndGet(duration.toNanos());
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return new Jwt(token, NOW.minusSeconds(10), expiresAt, Map.of("alg", "RS256"), Map.of("sub", "citizen"));
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
