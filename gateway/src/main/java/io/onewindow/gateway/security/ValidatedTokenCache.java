package io.onewindow.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens the gateway's decoder accepted, keyed by the token string, until the
 * token's own expiry ({@code exp}), so that a client sending the same bearer token again is not
 * parsed, signature-checked and run through {@link TokenChecks} again on every request. Nothing
 * is skipped: a token is only ever remembered after the full decoder (signature, time, type,
 * audience, client) accepted it, the same string always carries the same claims, and the entry
 * goes at {@code exp} — earlier than the decoder's own 60 s clock skew would — after which the
 * token is decoded afresh (and refused). Refused tokens are not remembered; a token without
 * {@code exp} is never remembered.
 */
final class ValidatedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    ValidatedTokenCache(ReactiveJwtDecoder decoder, long maximumSize) {
        this(decoder, maximumSize, Clock.systemUTC(), Ticker.systemTicker());
    }

    ValidatedTokenCache(ReactiveJwtDecoder decoder, long maximumSize, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(ticker)
                .expireAfter(new UntilTokenExpiry(clock))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (stillValid(jwt)) {
                accepted.put(token, jwt);
            }
        });
    }

    /** The remembered, still valid token with this value, or {@code null}; never decodes. */
    Jwt remembered(String token) {
        Jwt known = accepted.getIfPresent(token);
        return known != null && stillValid(known) ? known : null;
    }

    /** Tokens remembered right now (after pending clean-up). */
    long size() {
        accepted.cleanUp();
        return accepted.estimatedSize();
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    /** An entry lives until its token's {@code exp}. */
    private record UntilTokenExpiry(Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Instant expiresAt = jwt.getExpiresAt();
            if (expiresAt == null) {
                return 0;
            }
            return Math.max(0, Duration.between(clock.instant(), expiresAt).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
