package io.onewindow.notification.webhook.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after attempt {@code n} (1-based) wait {@code firstDelay ×
 * factor^(n-1)}, at most {@code maxDelay}; after attempt {@code maxAttempts} the delivery is dead.
 */
public record RetryPolicy(Duration firstDelay, double factor, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("first delay must be positive");
        }
        if (factor < 1.0) {
            throw new IllegalArgumentException("factor must be at least 1");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("max delay must be at least the first delay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Whether a series that made {@code attempts} attempts is over. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** How long to wait after failed attempt {@code attempt} (1-based) before the next. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        double millis = firstDelay.toMillis() * Math.pow(factor, attempt - 1);
        if (Double.isInfinite(millis) || millis >= maxDelay.toMillis()) {
            return maxDelay;
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
