package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A notice reached the person on an outbound channel: an SMS provider reported it delivered, or
 * WeChat took the subscribe message into the person's service notifications (WeChat reports nothing
 * later). Never sent for a test-mode send.
 *
 * @param deliveryId the delivery record (one per notice and channel)
 * @param noticeId the notice delivered
 * @param recipient the inbox's key (a keyed pseudonym, or {@code sub:}/{@code user:}), never an address
 * @param channel {@code SMS} or {@code WECHAT}
 * @param provider which provider sent it ({@code primary}, {@code secondary}, {@code wechat})
 * @param attempts how many send attempts it took
 * @param causeEventId the CloudEvents id of the event that caused the notice
 * @param deliveredAt when it was reported delivered
 */
@EventType("onewindow.notification.NoticeDelivered.v1")
public record NoticeDelivered(
        String deliveryId,
        String noticeId,
        String recipient,
        String channel,
        String provider,
        int attempts,
        String causeEventId,
        Instant deliveredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return noticeId;
    }
}
