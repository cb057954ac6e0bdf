package io.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.testapp.MovableClock;
import io.onewindow.platform.testapp.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The service's memory of accepted tokens in front of a real decoder (RSA signature, time with
 * Spring's 60 s skew, the platform's token checks), on a clock the test moves.
 */
class ValidatedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingDecoder decoder = new CountingDecoder(clock);
    private final ValidatedTokenCache cache = new ValidatedTokenCache(decoder, 100, clock);

    @Test
    void aSecondRequestWithTheSameTokenSkipsTheDecoder() {
        String token = citizenToken(NOW.plusSeconds(300));

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(decoder.calls.get()).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(second.getClaimAsString("preferred_username")).isEqualTo("citizen1");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = citizenToken(NOW.plusSeconds(300));
        cache.decode(token);

        clock.advance(Duration.ofSeconds(299));
        cache.decode(token);
        assertThat(decoder.calls.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(62));
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(decoder.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenPastItsExpiryIsNeverServedFromMemoryEvenWithinTheDecodersClockSkew() {
        String token = citizenToken(NOW.plusSeconds(300));
        cache.decode(token);

        clock.advance(Duration.ofSeconds(310));
        cache.decode(token); // the decoder still accepts it (60 s skew), the memory does not keep it
        cache.decode(token);

        assertThat(decoder.calls.get()).isEqualTo(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenNotValidYetIsRememberedOnlyFromItsNotBefore() {
        String token = TestTokens.citizenWith(claims -> claims.issueTime(Date.from(NOW))
                .notBeforeTime(Date.from(NOW.plusSeconds(30)))
                .expirationTime(Date.from(NOW.plusSeconds(300))));

        cache.decode(token); // within the decoder's skew: accepted, not remembered
        cache.decode(token);
        assertThat(decoder.calls.get()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(30));
        cache.decode(token);
        cache.decode(token);
        assertThat(decoder.calls.get()).isEqualTo(3);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String otherClient = TestTokens.citizenWith(claims -> claims.issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("azp", "admin-cli"));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> cache.decode(otherClient)).isInstanceOf(JwtValidationException.class);
        }

        assertThat(decoder.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenWithAChangedPayloadOrSignatureIsNotAHit() {
        String token = citizenToken(NOW.plusSeconds(300));
        cache.decode(token);

        String raisedRoles = TestTokens.forgedAdminFrom(token);
        int inSignature = token.lastIndexOf('.') + 20;
        char original = token.charAt(inSignature);
        String otherSignature =
                token.substring(0, inSignature) + (original == 'A' ? 'B' : 'A') + token.substring(inSignature + 1);

        assertThatThrownBy(() -> cache.decode(raisedRoles)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(otherSignature)).isInstanceOf(JwtException.class);
        assertThat(decoder.calls.get()).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aTokenWithoutExpiryIsDecodedEveryTime() {
        String token = TestTokens.citizenWith(
                claims -> claims.issueTime(Date.from(NOW)).expirationTime(null));

        cache.decode(token);
        cache.decode(token);

        assertThat(decoder.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void holdsNoMoreTokensThanItsSizeDroppingExpiredOnesFirst() {
        ValidatedTokenCache small = new ValidatedTokenCache(decoder, 3, clock);
        String shortLived = tokenOf("early", NOW.plusSeconds(60));
        small.decode(shortLived);
        small.decode(tokenOf("second", NOW.plusSeconds(600)));
        small.decode(tokenOf("third", NOW.plusSeconds(600)));

        clock.advance(Duration.ofSeconds(61));
        String fourth = tokenOf("fourth", NOW.plusSeconds(600));
        small.decode(fourth);
        assertThat(small.size()).isEqualTo(3); // the expired one made room

        for (int i = 0; i < 10; i++) {
            small.decode(tokenOf("more" + i, NOW.plusSeconds(600)));
            assertThat(small.size()).isLessThanOrEqualTo(3);
        }
        int before = decoder.calls.get();
        small.decode(tokenOf("more9", NOW.plusSeconds(600)));
        assertThat(decoder.calls.get()).isEqualTo(before);
    }

    @Test
    void isPutInFrontOfTheServicesDecoderUnlessSwitchedOff() {
        JwtDecoder plain = decoder;

        Object on = processor(new TokenCacheProperties(true, 10)).postProcessAfterInitialization(plain, "jwtDecoder");
        Object off = processor(new TokenCacheProperties(false, 10)).postProcessAfterInitialization(plain, "jwtDecoder");
        Object twice = processor(new TokenCacheProperties(true, 10)).postProcessAfterInitialization(on, "jwtDecoder");

        assertThat(on).isInstanceOf(ValidatedTokenCache.class);
        assertThat(((ValidatedTokenCache) on).delegate()).isSameAs(plain);
        assertThat(off).isSameAs(plain);
        assertThat(twice).isSameAs(on);
        assertThat(processor(new TokenCacheProperties(true, 10)).postProcessAfterInitialization("other", "x"))
                .isEqualTo("other");
    }

    @Test
    void refusesASizeBelowOne() {
        assertThatThrownBy(() -> new ValidatedTokenCache(decoder, 0, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BeanPostProcessor processor(TokenCacheProperties settings) {
        var beans = new StaticListableBeanFactory(Map.of("tokenCacheProperties", settings));
        return SecurityAutoConfiguration.platformValidatedTokenCache(beans.getBeanProvider(TokenCacheProperties.class));
    }

    private static String citizenToken(Instant expiresAt) {
        return tokenOf("citizen1", expiresAt);
    }

    private static String tokenOf(String username, Instant expiresAt) {
        return TestTokens.token(
                username,
                List.of("citizen"),
                null,
                "440113199003071235",
                claims -> claims.issueTime(Date.from(NOW)).expirationTime(Date.from(expiresAt)));
    }

    /** Nimbus with the platform's validators on the test's clock, counting its calls. */
    private static final class CountingDecoder implements JwtDecoder {
        final AtomicInteger calls = new AtomicInteger();
        private final NimbusJwtDecoder nimbus;

        CountingDecoder(Clock clock) {
            JwtTimestampValidator time = new JwtTimestampValidator();
            time.setClock(clock);
            nimbus = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    time, TokenChecks.validator(TokenChecks.DEFAULT_AUDIENCE, List.of("onewindow-cli"))));
        }

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            return nimbus.decode(token);
        }
    }
}
