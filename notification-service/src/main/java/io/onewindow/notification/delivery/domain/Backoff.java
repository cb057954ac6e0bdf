package io.onewindow.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Retries of a retryable failure: the first after {@code firstDelay}, each next one {@code factor}
 * times later than the one before, at most {@code maxAttempts} attempts in all (the first send
 * included).
 */
public record Backoff(Duration firstDelay, double factor, int maxAttempts) {

    public Backoff {
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("first retry delay must be positive");
        }
        if (factor < 1) {
            throw new IllegalArgumentException("retry factor must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /**
     * When to try again after {@code attemptsMade} failed attempts, the last one at {@code now}; empty
     * when that was the last attempt allowed.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attemptsMade)));
    }

    /** The wait after the {@code attemptsMade}-th failed attempt: first delay × factor^(attemptsMade − 1). */
    public Duration delayAfter(int attemptsMade) {
        double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, attemptsMade - 1));
        return Duration.ofMillis((long) Math.min(millis, Duration.ofDays(1).toMillis()));
    }
}
