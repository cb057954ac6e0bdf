package io.onewindow.notification.webhook.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.notification.WebhookDeliveryDeadLettered;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One event for one subscription: the CloudEvent's attributes and its data as published, and every
 * attempt to send it. Its id follows from the subscription and the event id, so a redelivered Kafka
 * record finds it instead of making a second delivery.
 *
 * <p>States: {@code PENDING} (due at {@code nextAttemptAt}) → an attempt is {@linkplain #claim claimed}
 * by one sender → {@linkplain #recordAttempt recorded}: 2xx → {@code DELIVERED}; otherwise {@code
 * PENDING} again after the policy's back-off, or {@code DEAD} after the series' last attempt (recording
 * {@link WebhookDeliveryDeadLettered}). {@linkplain #redeliver Redelivery} starts a new series of a
 * delivered or dead one, with the same event id.
 */
public class WebhookDelivery extends AggregateRoot {

    private String id;
    private String subscriptionId;
    private String partnerClientId;
    private String department;
    private CloudEvent event;
    private DeliveryState state;
    private int series;
    private int attemptsInSeries;
    private List<DeliveryAttempt> attempts;
    private Instant nextAttemptAt;
    private String claimToken;
    private Instant claimedUntil;
    private String deadReason;
    private Instant createdAt;
    private Instant deliveredAt;

    WebhookDelivery() {}

    /**
     * The event as it is sent: CloudEvents attributes and the data as published on the topic.
     *
     * @param id the CloudEvents id ({@code ce-id}), the partner's deduplication key
     * @param source {@code ce-source}
     * @param type {@code ce-type}
     * @param subject {@code ce-subject}: the case number of a case event, the license identifier of a license
     *     event
     * @param time {@code ce-time}
     * @param data the JSON body
     */
    public record CloudEvent(String id, String source, String type, String subject, Instant time, String data) {

        public CloudEvent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(data, "data");
        }

        public byte[] body() {
            return data.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The delivery of {@code event} to {@code subscription}, due at once. */
    public static WebhookDelivery create(WebhookSubscription subscription, CloudEvent event, Instant at) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = idOf(subscription.id(), event.id());
        d.subscriptionId = subscription.id();
        d.partnerClientId = subscription.partnerClientId();
        d.department = subscription.department();
        d.event = event;
        d.state = DeliveryState.PENDING;
        d.series = 1;
        d.attemptsInSeries = 0;
        d.attempts = new ArrayList<>();
        d.nextAttemptAt = at;
        d.createdAt = at;
        return d;
    }

    /** The id of the delivery of event {@code eventId} to subscription {@code subscriptionId}. */
    public static String idOf(String subscriptionId, String eventId) {
        return UUID.nameUUIDFromBytes((subscriptionId + "|" + eventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Whether an attempt may be claimed now: pending, due, and no other sender's claim still running. */
    public boolean isDue(Instant now) {
        return state == DeliveryState.PENDING
                && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    /**
     * Claims the next attempt for the sender holding {@code token} until {@code now + lease}.
     *
     * @return false when it is not due (delivered, dead, not yet, or claimed by another sender)
     */
    public boolean claim(String token, Instant now, Duration lease) {
        if (!isDue(now)) {
            return false;
        }
        claimToken = Objects.requireNonNull(token, "token");
        claimedUntil = now.plus(lease);
        return true;
    }

    /** Gives a claim back without an attempt (the subscription was disabled meanwhile). */
    public boolean release(String token) {
        if (!Objects.equals(claimToken, token)) {
            return false;
        }
        claimToken = null;
        claimedUntil = null;
        return true;
    }

    /**
     * Records the attempt the sender holding {@code token} made, and what follows from it.
     *
     * @return false (and nothing changed) when the claim is no longer this sender's
     */
    public boolean recordAttempt(String token, DeliveryAttempt attempt, Instant now, RetryPolicy policy) {
        if (!Objects.equals(claimToken, token) || state != DeliveryState.PENDING) {
            return false;
        }
        claimToken = null;
        claimedUntil = null;
        attempts.add(new DeliveryAttempt(
                attempt.at(), series, attempt.statusCode(), attempt.durationMillis(), attempt.error()));
        attemptsInSeries++;
        if (attempt.succeeded()) {
            state = DeliveryState.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (policy.exhausted(attemptsInSeries)) {
            state = DeliveryState.DEAD;
            deadReason = attempt.outcome();
            nextAttemptAt = null;
            record(new WebhookDeliveryDeadLettered(
                    id,
                    subscriptionId,
                    partnerClientId,
                    department,
                    event.id(),
                    event.type(),
                    attemptsInSeries,
                    deadReason,
                    now));
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attemptsInSeries));
        }
        return true;
    }

    /**
     * Sends a delivered or dead delivery again as a new series of attempts, due now, with the same event
     * (and so the same {@code ce-id}).
     *
     * @throws ConflictException {@code webhook-delivery.pending} while it is still being tried
     */
    public void redeliver(Instant now) {
        if (state == DeliveryState.PENDING) {
            throw new ConflictException("webhook-delivery.pending", "delivery " + id + " is still being tried");
        }
        state = DeliveryState.PENDING;
        series++;
        attemptsInSeries = 0;
        nextAttemptAt = now;
        deadReason = null;
        deliveredAt = null;
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    public String department() {
        return department;
    }

    public CloudEvent event() {
        return event;
    }

    public DeliveryState state() {
        return state;
    }

    public int series() {
        return series;
    }

    public int attemptsInSeries() {
        return attemptsInSeries;
    }

    public List<DeliveryAttempt> attempts() {
        return attempts == null ? List.of() : List.copyOf(attempts);
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public String deadReason() {
        return deadReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
