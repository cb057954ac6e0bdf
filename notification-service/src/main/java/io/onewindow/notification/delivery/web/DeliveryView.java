package io.onewindow.notification.delivery.web;

import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.notification.delivery.domain.Masking;
import java.time.Instant;

/**
 * One delivery as a service or the notice's person reads it: never the text, the address only masked.
 *
 * @param id the delivery's id (one per notice and channel)
 * @param noticeId the notice
 * @param causeEventId the CloudEvents id of the event that caused the notice
 * @param channel {@code SMS} or {@code WECHAT}
 * @param address the mobile number masked ({@code 138****0000}) or the openid's first four characters
 * @param state {@code QUEUED}, {@code SENDING}, {@code SENT}, {@code DELIVERED} or {@code FAILED}
 * @param reason why it failed (or why the last attempt failed, while queued for a retry)
 * @param attempts send attempts made
 * @param provider who sent it ({@code primary}, {@code secondary}, {@code wechat}, {@code test-mode})
 * @param testMode sent in test mode: recorded, no provider called
 * @param createdAt when it was queued
 * @param dueAt when it is (was) due: later than created inside quiet hours or for a retry
 * @param sentAt when a provider took it
 * @param deliveredAt when it was reported delivered
 * @param failedAt when it was given up
 */
record DeliveryView(
        String id,
        String noticeId,
        String causeEventId,
        String channel,
        String address,
        String state,
        String reason,
        int attempts,
        String provider,
        boolean testMode,
        Instant createdAt,
        Instant dueAt,
        Instant sentAt,
        Instant deliveredAt,
        Instant failedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id(),
                d.noticeId(),
                d.causeEventId(),
                d.channel().name(),
                Masking.address(d.channel(), d.address()),
                d.state().name(),
                d.reason(),
                d.attempts(),
                d.provider(),
                d.testMode(),
                d.createdAt(),
                d.dueAt(),
                d.sentAt(),
                d.deliveredAt(),
                d.failedAt());
    }
}
