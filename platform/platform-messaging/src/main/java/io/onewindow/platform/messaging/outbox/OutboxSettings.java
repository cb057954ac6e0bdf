package io.onewindow.platform.messaging.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay, {@code onewindow.messaging.outbox.*} (each also an environment
 * variable, e.g. {@code ONEWINDOW_MESSAGING_OUTBOX_POLL_INTERVAL}). The defaults suit a local
 * run and production alike.
 *
 * @param enabled run the relay in this instance
 * @param pollInterval how often the relay looks for pending entries in every outbox collection;
 *     a round {@link OutboxRelay#wakeUp(String)} starts in between looks only at the collections
 *     woken, and a round over all of them is started at least this often even while wake-ups
 *     keep coming (writes that woke nobody, claims of a dead instance)
 * @param claimDuration how long a claimed document is reserved for this instance; must exceed
 *     {@code sendTimeout} so another instance does not take over a document whose events are
 *     still being acknowledged
 * @param batchSize documents claimed per collection and round (in one conditional
 *     {@code updateMany})
 * @param sendTimeout how long the relay waits for the broker's acknowledgements; also the
 *     producer's {@code delivery.timeout.ms} unless {@code spring.kafka.producer.properties}
 *     sets it
 * @param retryBackoff first pause after a failed round (Kafka or MongoDB unreachable), doubled
 *     after every further failure
 * @param maxRetryBackoff the longest pause between failed rounds
 * @param instanceId the claim owner id of this instance; blank means host name, process id and
 *     a random suffix
 * @param wakeUpGap the shortest time between the starts of two rounds that wake-ups asked for:
 *     a wake-up after a quiet spell starts a round at once (also right after a round the poll
 *     interval started), but a stream of them (every save of a busy service wakes the relay) is
 *     served by one round per gap instead of one scan of every outbox collection per save; zero
 *     turns it off
 */
@ConfigurationProperties("onewindow.messaging.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30s") Duration claimDuration,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("15s") Duration maxRetryBackoff,
        String instanceId,
        @DefaultValue("25ms") Duration wakeUpGap) {

    public OutboxSettings {
        if (wakeUpGap == null) {
            wakeUpGap = Duration.ofMillis(25);
        }
        if (wakeUpGap.isNegative()) {
            throw new IllegalArgumentException("onewindow.messaging.outbox.wake-up-gap must not be negative");
        }
        requirePositive("poll-interval", pollInterval);
        requirePositive("claim-duration", claimDuration);
        requirePositive("send-timeout", sendTimeout);
        requirePositive("retry-backoff", retryBackoff);
        requirePositive("max-retry-backoff", maxRetryBackoff);
        if (batchSize < 1) {
            throw new IllegalArgumentException("onewindow.messaging.outbox.batch-size must be at least 1");
        }
        if (claimDuration.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("onewindow.messaging.outbox.claim-duration (" + claimDuration
                    + ") must be longer than send-timeout (" + sendTimeout
                    + "), or a second instance may publish a document's events while the first still waits");
        }
        if (maxRetryBackoff.compareTo(retryBackoff) < 0) {
            maxRetryBackoff = retryBackoff;
        }
    }

    /** The defaults, as bound from an empty configuration. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(
                true,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(10),
                Duration.ofMillis(200),
                Duration.ofSeconds(15),
                null,
                Duration.ofMillis(25));
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("onewindow.messaging.outbox." + name + " must be positive");
        }
    }
}
