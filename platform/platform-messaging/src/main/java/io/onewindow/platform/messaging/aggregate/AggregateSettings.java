package io.onewindow.platform.messaging.aggregate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one retry policy of every aggregate store, {@code onewindow.aggregates.*} (environment
 * variables {@code ONEWINDOW_AGGREGATES_ATTEMPTS}, {@code ONEWINDOW_AGGREGATES_BACKOFF}).
 *
 * <p>A save meets a newer version when someone changed the aggregate between read and write, or
 * when the outbox relay removed published events (it bumps the version so a stale save cannot
 * write them back). The store then reads again and re-applies the change, so the aggregate's
 * guards judge the current state.
 *
 * @param attempts read-change-write attempts before the caller gets a 409 problem; 8 covers the
 *     relay's bump plus a burst of writers on one aggregate (a slot's last places at release)
 * @param backoff the longest random pause before the third and later attempts (the first retry is
 *     immediate: the relay's bump is the usual cause); zero turns pausing off
 */
@ConfigurationProperties("onewindow.aggregates")
public record AggregateSettings(
        @DefaultValue("8") int attempts,
        @DefaultValue("5ms") Duration backoff) {

    /** The defaults, for code that builds a store without Spring. */
    public static final AggregateSettings DEFAULTS = new AggregateSettings(8, Duration.ofMillis(5));

    public AggregateSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("onewindow.aggregates.attempts must be at least 1");
        }
        if (backoff == null) {
            backoff = Duration.ZERO;
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("onewindow.aggregates.backoff must not be negative");
        }
    }
}
