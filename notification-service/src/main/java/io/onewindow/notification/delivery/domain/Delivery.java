package io.onewindow.notification.delivery.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.notification.NoticeDelivered;
import io.onewindow.platform.events.notification.NoticeDeliveryFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One notice on one outbound channel to one address. Its id follows from the notice and the
 * channel, so a notice is queued on a channel once however often its event arrives, and therefore
 * sent at most once. It guards its own transitions ({@link DeliveryState}) and records
 * {@code NoticeDelivered} / {@code NoticeDeliveryFailed}.
 */
public class Delivery extends AggregateRoot {

    /** The provider name of a send made in test mode: recorded, no provider called. */
    public static final String TEST_MODE = "test-mode";

    /** The reason of a send found still {@code SENDING} after its lease: it may or may not have gone, so it is not repeated. */
    public static final String INTERRUPTED = "send-interrupted";

    private String id;
    private String noticeId;
    private String recipient;
    private String causeEventId;
    private ChannelKind channel;
    private String kind;
    private String templateKey;
    private Map<String, String> values;
    private String address;
    private String quietStart;
    private String quietEnd;
    private DeliveryState state;
    private String reason;
    private int attempts;
    private String provider;
    private String providerMessageId;
    private boolean testMode;
    private Instant createdAt;
    private Instant dueAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private Instant deliveredAt;
    private Instant failedAt;

    Delivery() {}

    /** The id of the delivery of {@code noticeId} on {@code channel}. */
    public static String idOf(String noticeId, ChannelKind channel) {
        return UUID.nameUUIDFromBytes((noticeId + "|" + channel.name()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * A delivery queued at {@code now}, due at once or, inside the person's quiet hours (none for an
     * urgent kind), at their end.
     */
    public static Delivery queue(
            NoticeRef notice, ChannelKind channel, String address, QuietHours quiet, ZoneId zone, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = idOf(notice.noticeId(), channel);
        delivery.noticeId = notice.noticeId();
        delivery.recipient = notice.recipient();
        delivery.causeEventId = notice.causeEventId();
        delivery.channel = Objects.requireNonNull(channel, "channel");
        delivery.kind = notice.kind();
        delivery.templateKey = notice.templateKey();
        delivery.values = Map.copyOf(notice.values());
        delivery.address = Objects.requireNonNull(address, "address");
        if (quiet != null) {
            delivery.quietStart = quiet.start().toString();
            delivery.quietEnd = quiet.end().toString();
        }
        delivery.state = DeliveryState.QUEUED;
        delivery.createdAt = Objects.requireNonNull(now, "now");
        delivery.dueAt = quiet == null ? now : quiet.release(now, zone);
        return delivery;
    }

    /**
     * What a delivery is made from: the notice's id, recipient, cause, kind, template and
     * placeholders.
     */
    public record NoticeRef(
            String noticeId,
            String recipient,
            String causeEventId,
            String kind,
            String templateKey,
            Map<String, String> values) {
        public NoticeRef {
            Objects.requireNonNull(noticeId, "noticeId");
            Objects.requireNonNull(recipient, "recipient");
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /** Whether it may be claimed for sending at {@code now}. */
    public boolean isDue(Instant now) {
        return state == DeliveryState.QUEUED && !dueAt.isAfter(now);
    }

    /** Takes it for one send attempt. */
    public void claim(Instant now) {
        require(isDue(now), "claim");
        state = DeliveryState.SENDING;
        attempts++;
        lastAttemptAt = now;
    }

    /** A daily limit refused it before any send: failed with the limit's reason, never sent. */
    public void refuse(String limit, Instant now) {
        require(state == DeliveryState.QUEUED || state == DeliveryState.SENDING, "refuse");
        if (state == DeliveryState.SENDING) {
            attempts--; // the claim made no send
        }
        fail(limit, now);
    }

    /** Test mode: recorded as sent, no provider called. */
    public void sentInTestMode(Instant now) {
        require(state == DeliveryState.SENDING, "send");
        testMode = true;
        provider = TEST_MODE;
        state = DeliveryState.SENT;
        sentAt = now;
        reason = null;
    }

    /** The provider took it; for WeChat, taking it is delivery. */
    public void accepted(SendOutcome.Accepted outcome, Instant now) {
        require(state == DeliveryState.SENDING, "send");
        provider = outcome.provider();
        providerMessageId = outcome.messageId();
        state = DeliveryState.SENT;
        sentAt = now;
        reason = null;
        if (outcome.delivered()) {
            deliver(now);
        }
    }

    /**
     * The attempt failed: retried after the back-off (and after quiet hours) when retryable and
     * attempts remain, else failed with the reason.
     */
    public void attemptFailed(SendOutcome.Failed outcome, Backoff backoff, ZoneId zone, Instant now) {
        require(state == DeliveryState.SENDING, "fail");
        provider = outcome.provider();
        Optional<Instant> next = outcome.retryable() ? backoff.nextAttempt(attempts, now) : Optional.empty();
        if (next.isEmpty()) {
            fail(outcome.reason(), now);
            return;
        }
        reason = outcome.reason();
        state = DeliveryState.QUEUED;
        QuietHours quiet = quietHours();
        dueAt = quiet == null ? next.get() : quiet.release(next.get(), zone);
    }

    /** Found still sending after its lease (the instance stopped mid-send): failed, not sent again. */
    public void interrupted(Instant now) {
        require(state == DeliveryState.SENDING, "interrupt");
        fail(INTERRUPTED, now);
    }

    /**
     * A provider's status report: delivered, or failed with its reason. A report for a delivery
     * that is final already changes nothing.
     *
     * @return whether it changed
     */
    public boolean reported(boolean delivered, String failure, Instant now) {
        if (state != DeliveryState.SENT) {
            return false;
        }
        if (delivered) {
            deliver(now);
        } else {
            fail(failure == null || failure.isBlank() ? "provider-reported-failure" : failure, now);
        }
        return true;
    }

    private void deliver(Instant now) {
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        record(new NoticeDelivered(id, noticeId, recipient, channel.name(), provider, attempts, causeEventId, now));
    }

    private void fail(String why, Instant now) {
        state = DeliveryState.FAILED;
        reason = Objects.requireNonNull(why, "reason");
        failedAt = now;
        record(new NoticeDeliveryFailed(id, noticeId, recipient, channel.name(), why, attempts, causeEventId, now));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException("delivery " + id + " cannot " + action + " in state " + state);
        }
    }

    /** The message to send for this delivery. */
    public OutboundMessage message() {
        return new OutboundMessage(id, address, kind, templateKey, values);
    }

    public QuietHours quietHours() {
        return quietStart == null ? null : new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd));
    }

    public String id() {
        return id;
    }

    public String noticeId() {
        return noticeId;
    }

    public String recipient() {
        return recipient;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public ChannelKind channel() {
        return channel;
    }

    public String kind() {
        return kind;
    }

    public String address() {
        return address;
    }

    public DeliveryState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    public String provider() {
        return provider;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public boolean testMode() {
        return testMode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant failedAt() {
        return failedAt;
    }
}
