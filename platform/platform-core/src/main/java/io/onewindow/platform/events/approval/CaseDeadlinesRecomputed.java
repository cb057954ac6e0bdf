package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * Deadlines of an open case were counted again because the official arrangement of a year they
 * rested on replaced the provisional one. Only deadlines that moved, or stopped being
 * provisional, are listed; the case's clock (working days used, paused days) is unchanged.
 *
 * @param changes each deadline with its old and new date
 * @param reason why, in words, e.g. {@code official calendar 2027 published (国办发明电〔2026〕7号)}
 * @param calendarYear the year whose official arrangement was published
 * @param recomputedAt when
 */
@EventType("onewindow.approval.CaseDeadlinesRecomputed.v1")
public record CaseDeadlinesRecomputed(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        List<DeadlineChange> changes,
        String reason,
        int calendarYear,
        Instant recomputedAt)
        implements CaseEvent {

    public CaseDeadlinesRecomputed {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
