package io.onewindow.notification.inbox.web;

import io.onewindow.notification.inbox.domain.Notice;
import java.time.Instant;

/**
 * A notice as its recipient reads it.
 *
 * @param id the notice's id
 * @param sequence its number: notices are numbered as they are stored (the live stream's event id)
 * @param kind what it tells, e.g. {@code BOOKING_CONFIRMED}
 * @param templateKey the template its text was written from
 * @param templateVersion that template's version
 * @param text the notice in Chinese
 * @param subjectId the booking, case, license, draw entry or mandate it is about
 * @param createdAt when it was stored
 * @param read whether it was marked read
 * @param readAt when, or null
 */
record NoticeView(
        String id,
        long sequence,
        String kind,
        String templateKey,
        int templateVersion,
        String text,
        String subjectId,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static NoticeView of(Notice n) {
        return new NoticeView(
                n.id(),
                n.sequence(),
                n.kind().name(),
                n.templateKey(),
                n.templateVersion(),
                n.text(),
                n.subjectId(),
                n.createdAt(),
                n.isRead(),
                n.readAt());
    }
}
