package io.onewindow.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service's {@link JwtDecoder} that remembers the tokens its delegate accepted, keyed by the
 * whole token string, so that a caller sending the same bearer token again is not parsed,
 * RSA-checked and run through the issuer, time and {@link TokenChecks} validators on every request
 * (about a tenth of a light request's CPU, docs/bench.md).
 *
 * <p>Nothing is skipped that could differ between two requests with the same string: a token is
 * remembered only after the full delegate (signature, issuer, {@code exp}/{@code nbf} with its clock
 * skew, type, audience, client) accepted it; the same string always carries the same claims and
 * signature, so a token with one changed character is another key and is decoded; the checks that
 * depend on the time are made again on every hit, stricter than the delegate (no clock skew): a
 * remembered token is used only while now is before its {@code exp} and not before its {@code nbf},
 * otherwise it is forgotten and handed to the delegate (which refuses it once expired). A refused
 * token is never remembered, nor one without {@code exp}. The role and real-name rules still run on
 * every request on the token's claims.
 *
 * <p>At most {@code maximumSize} tokens are held: when a new one would pass it, the expired ones are
 * dropped, and if that leaves it full, all are forgotten (each is then decoded once more on its next
 * request). The clock is the system's UTC clock as the delegate's, never a service's moved clock.
 */
public final class ValidatedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final int maximumSize;
    private final Clock clock;
    private final Map<String, Jwt> accepted = new ConcurrentHashMap<>();

    /** Remembers at most {@code maximumSize} tokens the {@code delegate} accepted. */
    public ValidatedTokenCache(JwtDecoder delegate, int maximumSize) {
        this(delegate, maximumSize, Clock.systemUTC());
    }

    ValidatedTokenCache(JwtDecoder delegate, int maximumSize, Clock clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("a token cache holds at least one token");
        }
        this.delegate = delegate;
        this.maximumSize = maximumSize;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = accepted.get(token);
        if (known != null) {
            if (validAt(known, now)) {
                return known;
            }
            accepted.remove(token, known);
        }
        Jwt decoded = delegate.decode(token);
        if (validAt(decoded, now)) {
            remember(token, decoded, now);
        }
        return decoded;
    }

    /** The decoder this memory stands in front of. */
    public JwtDecoder delegate() {
        return delegate;
    }

    /** How many tokens are remembered right now. */
    int size() {
        return accepted.size();
    }

    private synchronized void remember(String token, Jwt jwt, Instant now) {
        if (accepted.size() >= maximumSize) {
            accepted.values().removeIf(held -> !validAt(held, now));
            if (accepted.size() >= maximumSize) {
                accepted.clear();
            }
        }
        accepted.put(token, jwt);
    }

    /** Inside the token's own lifetime: before {@code exp} (required) and not before {@code nbf}. */
    private static boolean validAt(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return expiresAt != null && now.isBefore(expiresAt) && (notBefore == null || !now.isBefore(notBefore));
    }
}
