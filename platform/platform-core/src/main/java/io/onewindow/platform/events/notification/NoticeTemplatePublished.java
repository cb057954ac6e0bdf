package io.onewindow.platform.events.notification;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A platform administrator changed the templates of one notice kind: saved a new version as a draft
 * ({@code state} {@code DRAFT}) or published one ({@code PUBLISHED}; the one published before is
 * retired, {@code retiredVersion}). Outbound channels re-read the text from notification-service; the
 * event carries no text.
 *
 * @param kind the notice kind, e.g. {@code CASE_ACCEPTED}
 * @param templateKey its template's key, e.g. {@code case.accepted}
 * @param version the version saved or published (1, 2, …)
 * @param state that version's state after the change: {@code DRAFT} or {@code PUBLISHED}
 * @param retiredVersion the version a publication retired, or {@code null}
 * @param changedBy the administrator's username
 * @param changedAt when
 */
@EventType("onewindow.notification.NoticeTemplatePublished.v1")
public record NoticeTemplatePublished(
        String kind,
        String templateKey,
        int version,
        String state,
        Integer retiredVersion,
        String changedBy,
        Instant changedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return kind;
    }
}
