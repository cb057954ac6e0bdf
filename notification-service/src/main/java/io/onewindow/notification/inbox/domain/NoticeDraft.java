package io.onewindow.notification.inbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A notice to be written: one kind, about one thing, for one or more recipients (each gets their
 * own notice), with the values of its template's placeholders and the template it is written from.
 *
 * @param kind what it tells
 * @param subjectId the booking, case, license, draw entry or mandate it is about
 * @param recipients inbox keys ({@link Recipients})
 * @param values the placeholders' values
 * @param template the template version it is written from: the kind's published one ({@link #using});
 *     {@code null} means the kind's built-in version 1
 */
public record NoticeDraft(
        NoticeKind kind,
        String subjectId,
        List<String> recipients,
        Map<String, String> values,
        NoticeTemplate template) {

    public NoticeDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        recipients = recipients.stream().filter(Objects::nonNull).distinct().toList();
        values = Map.copyOf(values);
        template = template == null ? kind.template() : template;
    }

    /** A draft written from the kind's built-in template. */
    public NoticeDraft(NoticeKind kind, String subjectId, List<String> recipients, Map<String, String> values) {
        this(kind, subjectId, recipients, values, null);
    }

    /** The same notice written from {@code published}, the kind's published template version. */
    public NoticeDraft using(NoticeTemplate published) {
        return new NoticeDraft(kind, subjectId, recipients, values, Objects.requireNonNull(published, "published"));
    }

    /**
     * The text, every placeholder filled.
     *
     * @throws NoticeTemplate.UnfilledPlaceholder when one would stay empty
     */
    public String text() {
        return template.render(values);
    }
}
