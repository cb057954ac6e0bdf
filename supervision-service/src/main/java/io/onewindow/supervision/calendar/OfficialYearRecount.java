package io.onewindow.supervision.calendar;

import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import io.onewindow.supervision.cases.ReplayMode;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.rules.CaseInspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Supervision's part when an official calendar year replaces the provisional one (platform-spring's
 * {@code OfficialYearAdoption} calls it once per year, and again after a crash before the year was
 * marked done): its own open deadlines — complaint answers and rectifications — are counted again
 * from their start day, and every running case's card is evaluated again on the calendar now, since
 * the working days used and the limits are counted on it. The case due dates themselves are the
 * approval service's and arrive as {@code CaseDeadlinesRecomputed}. Both steps are idempotent.
 */
@Component
class OfficialYearRecount implements DeadlineRecomputer {

    private static final Logger log = LoggerFactory.getLogger(OfficialYearRecount.class);

    private final FeedbackDeadlines feedback;
    private final CaseInspection cases;
    private final ReplayMode replay;

    OfficialYearRecount(FeedbackDeadlines feedback, CaseInspection cases, ReplayMode replay) {
        this.feedback = feedback;
        this.cases = cases;
        this.replay = replay;
    }

    @Override
    public void recompute(CalendarChange change) {
        int deadlines = feedback.recount(change.before(), change.after(), change.year(), change.reason());
        // Half-rebuilt projections would give false cards; the rebuild evaluates every case when done.
        int cards = replay.isRebuilding() ? 0 : cases.reevaluateRunning();
        log.info(
                "Official calendar {}: {} complaint or rectification deadline(s) counted again, {} card(s) changed",
                change.year(),
                deadlines,
                cards);
    }
}
