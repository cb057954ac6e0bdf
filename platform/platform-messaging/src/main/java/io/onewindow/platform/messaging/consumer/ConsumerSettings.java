package io.onewindow.platform.messaging.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of event consumption, {@code onewindow.messaging.consumer.*} (each also an environment
 * variable, e.g. {@code ONEWINDOW_MESSAGING_CONSUMER_MAX_ATTEMPTS}).
 *
 * @param maxAttempts deliveries of a failing record, the first included, before it goes to the
 *     dead-letter topic
 * @param backoff pause before the second attempt, doubled for each further one
 * @param maxBackoff the longest pause between attempts
 * @param transientMaxAttempts attempts when the failure is of the infrastructure and likely to
 *     pass (database unreachable, optimistic-lock conflict): more patience before dead-lettering,
 *     still bounded
 * @param processedEventsRetention how long processed-event markers are kept (TTL index); must
 *     exceed how far back Kafka can redeliver (topic retention)
 * @param commitPerRecord commit each record's offset right after its listener returned
 *     ({@code AckMode.RECORD}) instead of once per poll after every record of it was applied
 *     (Spring Kafka's {@code AckMode.BATCH}, the default): fewer replays after a crash, but one
 *     synchronous commit per event caps a consumer at a few hundred events a second (measured by
 *     {@code SupervisionLagBench}); ignored when {@code spring.kafka.listener.ack-mode} is set
 */
@ConfigurationProperties("onewindow.messaging.consumer")
public record ConsumerSettings(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("500ms") Duration backoff,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("10") int transientMaxAttempts,
        @DefaultValue("30d") Duration processedEventsRetention,
        @DefaultValue("false") boolean commitPerRecord) {

    public ConsumerSettings {
        if (maxAttempts < 1 || transientMaxAttempts < 1) {
            throw new IllegalArgumentException("onewindow.messaging.consumer attempts must be at least 1");
        }
        if (backoff == null || backoff.isNegative() || maxBackoff == null || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("onewindow.messaging.consumer back-off must not be negative");
        }
        if (maxBackoff.compareTo(backoff) < 0) {
            maxBackoff = backoff;
        }
        if (processedEventsRetention == null || processedEventsRetention.toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "onewindow.messaging.consumer.processed-events-retention must be positive");
        }
    }

    /** The defaults, as bound from an empty configuration. */
    public static ConsumerSettings defaults() {
        return new ConsumerSettings(3, Duration.ofMillis(500), Duration.ofSeconds(10), 10, Duration.ofDays(30), true);
    }
}
