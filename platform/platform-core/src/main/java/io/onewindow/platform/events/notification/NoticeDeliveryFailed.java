package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A notice could not be delivered on an outbound channel and will not be tried again.
 *
 * @param deliveryId the delivery record (one per notice and channel)
 * @param noticeId the notice
 * @param recipient the inbox's key (a keyed pseudonym, or {@code sub:}/{@code user:}), never an address
 * @param channel {@code SMS} or {@code WECHAT}
 * @param reason why, e.g. {@code provider-unavailable}, {@code daily-cap}, {@code recipient-limit},
 *     {@code wechat-43101} (the person did not subscribe), {@code sms-rejected-400}
 * @param attempts how many send attempts were made (0 when a limit refused it)
 * @param causeEventId the CloudEvents id of the event that caused the notice
 * @param failedAt when it was given up
 */
@EventType("onewindow.notification.NoticeDeliveryFailed.v1")
public record NoticeDeliveryFailed(
        String deliveryId,
        String noticeId,
        String recipient,
        String channel,
        String reason,
        int attempts,
        String causeEventId,
        Instant failedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return noticeId;
    }
}
