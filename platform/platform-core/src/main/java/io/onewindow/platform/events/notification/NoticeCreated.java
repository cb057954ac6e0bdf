package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A notice was stored in a person's inbox; outbound channels (WeChat, SMS) and partners react to it.
 *
 * @param noticeId the notice's id (one per source event, kind and recipient)
 * @param recipient the inbox's key: the keyed pseudonym of an ID number or credit code
 *     ({@code IdentityPseudonyms}), or {@code sub:<token subject>} / {@code user:<username>}
 * @param kind what happened, e.g. {@code BOOKING_CONFIRMED}
 * @param templateKey the template the text was written from, e.g. {@code booking.confirmed}
 * @param templateVersion that template's version
 * @param subjectId the booking, case, license or mandate the notice is about
 * @param sourceEventId the CloudEvents id of the event that caused it
 * @param createdAt when it was stored
 */
@EventType("onewindow.notification.NoticeCreated.v1")
public record NoticeCreated(
        String noticeId,
        String recipient,
        String kind,
        String templateKey,
        int templateVersion,
        String subjectId,
        String sourceEventId,
        Instant createdAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return noticeId;
    }
}
