package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of supervision's own open deadlines (a complaint's answer deadline, a bad rating's
 * rectification deadline) was counted again from its start day because the official arrangement of
 * a calendar year replaced the provisional one it rested on, and it moved or stopped being
 * provisional. Keyed by the complaint or rectification, so it follows that aggregate's
 * {@link ComplaintFiled} or {@link RectificationOpened}. Published once per deadline and year.
 *
 * @param subjectId the complaint id or the rectification id (aggregate id)
 * @param deadline {@code complaint-answer} or {@code rectification}
 * @param department the department the deadline binds
 * @param caseId the case the complaint or rating is about, or {@code null}
 * @param previous the deadline before, as it was announced
 * @param current the deadline now
 * @param provisional whether {@code current} still rests on a provisional calendar year
 * @param reason why, in words, e.g. {@code official calendar 2027 published (国办发明电〔2026〕7号)}
 * @param calendarYear the year whose official arrangement was published
 * @param recomputedAt when
 */
@EventType("onewindow.supervision.DeadlineRecomputed.v1")
public record DeadlineRecomputed(
        String subjectId,
        String deadline,
        String department,
        String caseId,
        LocalDate previous,
        LocalDate current,
        boolean provisional,
        String reason,
        int calendarYear,
        Instant recomputedAt)
        implements DomainEvent {

    /** The {@code deadline} of a complaint's answer. */
    public static final String COMPLAINT_ANSWER = "complaint-answer";

    /** The {@code deadline} of a bad rating's follow-up. */
    public static final String RECTIFICATION = "rectification";

    @Override
    public String aggregateId() {
        return subjectId;
    }
}
