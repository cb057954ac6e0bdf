package io.onewindow.notification.inbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A notice to be written: one kind, about one thing, for one or more recipients (each gets their
 * own notice), with the values of its template's placeholders.
 *
 * @param kind what it tells
 * @param subjectId the booking, case, license, draw entry or mandate it is about
 * @param recipients inbox keys ({@link Recipients})
 * @param values the placeholders' values
 */
public record NoticeDraft(NoticeKind kind, String subjectId, List<String> recipients, Map<String, String> values) {

    public NoticeDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        recipients = recipients.stream().filter(Objects::nonNull).distinct().toList();
        values = Map.copyOf(values);
    }

    /** The text, every placeholder filled (refused when one is missing). */
    public String text() {
        return kind.template().render(values);
    }
}
