package io.onewindow.supervision.feedback;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deadlines of complaints (the answer) and bad ratings (the rectification): late ones raise
 * rule 9 alerts, and they are counted again when an official calendar year replaces a provisional
 * one.
 */
@UseCase
public class FeedbackDeadlines {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDeadlines.class);
    public static final int LATE_RULE = 9;
    public static final String COMPLAINT_LATE = "feedback.complaint-late";
    public static final String RECTIFICATION_LATE = "feedback.rectification-late";

    private final ComplaintStore complaints;
    private final RatingStore ratings;
    private final AlertBook alerts;
    private final CaseClock caseClock;
    private final Clock clock;

    FeedbackDeadlines(
            ComplaintStore complaints, RatingStore ratings, AlertBook alerts, CaseClock caseClock, Clock clock) {
        this.complaints = complaints;
        this.ratings = ratings;
        this.alerts = alerts;
        this.caseClock = caseClock;
        this.clock = clock;
    }

    /** The sweep's part: rule 9 alerts for complaints and rectifications past their due day. */
    public int raiseLateAlerts() {
        LocalDate today = caseClock.today(clock);
        ZoneId zone = caseClock.zone();
        List<AlertCandidate> late = new ArrayList<>();
        for (Complaint c : complaints.all()) {
            if (c.isLate(today)) {
                late.add(new AlertCandidate(
                        LATE_RULE,
                        COMPLAINT_LATE,
                        "COMPLAINT",
                        c.id(),
                        // the inspectors' complaint alerts the inspectors, never the department it is about
                        c.handlingDepartment(),
                        Severity.WARNING,
                        c.targetType() == Complaint.Target.CASE ? c.targetId() : null,
                        List.of(),
                        List.of(),
                        c.dueOn().plusDays(1).atStartOfDay(zone).toInstant(),
                        "complaint not answered by " + c.dueOn()));
            }
        }
        for (Rating r : ratings.all()) {
            if (r.rectificationLate(today)) {
                late.add(new AlertCandidate(
                        LATE_RULE,
                        RECTIFICATION_LATE,
                        "RECTIFICATION",
                        r.id(),
                        r.department(),
                        Severity.WARNING,
                        r.targetType() == Rating.Target.CASE ? r.targetId() : null,
                        List.of(),
                        List.of(),
                        r.rectificationDueOn().plusDays(1).atStartOfDay(zone).toInstant(),
                        "bad rating not followed up by " + r.rectificationDueOn()));
            }
        }
        return alerts.raise(late);
    }

    /**
     * An official calendar year replaced the provisional one: every open complaint answer deadline
     * and rectification deadline that rested on it is counted again from its start day (the day of
     * filing, the day of the rating) on {@code after}; each one that moved or stopped being
     * provisional is saved with its change and a {@code DeadlineRecomputed} event, in one write.
     * Idempotent: a deadline counted already is left alone. A deadline that cannot be counted (past
     * the calendar's horizon) keeps its date and does not stop the others.
     *
     * @param before the calendar with {@code year} still provisional, as the deadlines were counted
     * @param after the calendar now
     * @return how many deadlines changed
     */
    public int recount(WorkingCalendar before, WorkingCalendar after, Year year, String reason) {
        ZoneId zone = caseClock.zone();
        int changed = 0;
        for (Complaint listed : complaints.all()) {
            if (listed.answeredAt() == null) {
                changed += recountComplaint(listed.id(), before, after, zone, year, reason);
            }
        }
        for (Rating listed : ratings.all()) {
            if (listed.isBad() && listed.followedUpAt() == null) {
                changed += recountRectification(listed.id(), before, after, zone, year, reason);
            }
        }
        return changed;
    }

    private int recountComplaint(
            String id, WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason) {
        try {
            if (!complaints.changeIf(
                    id, complaint -> complaint.recountDue(before, after, zone, year, reason, clock.instant()))) {
                return 0;
            }
            log.info("Complaint {}: answer deadline counted again on official {}", id, year);
            return 1;
        } catch (CalendarNotCoveredException e) {
            log.warn("Complaint {} keeps its answer deadline: {}", id, e.getMessage());
            return 0;
        }
    }

    private int recountRectification(
            String id, WorkingCalendar before, WorkingCalendar after, ZoneId zone, Year year, String reason) {
        try {
            if (!ratings.changeIf(
                    id, rating -> rating.recountRectification(before, after, zone, year, reason, clock.instant()))) {
                return 0;
            }
            log.info("Rating {}: rectification deadline counted again on official {}", id, year);
            return 1;
        } catch (CalendarNotCoveredException e) {
            log.warn("Rating {} keeps its rectification deadline: {}", id, e.getMessage());
            return 0;
        }
    }
}
