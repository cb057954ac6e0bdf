package io.onewindow.supervision.sweep;

import io.onewindow.supervision.cases.ReplayMode;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.rules.CaseInspection;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cards and deadlines change with time, not only with events: a case nobody touches still turns
 * yellow and red, a complaint nobody answers still goes late. Runs once across instances (ShedLock).
 */
@Component
class SupervisionSweep {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

    private final CaseInspection cases;
    private final Ratings ratings;
    private final FeedbackDeadlines deadlines;
    private final ReplayMode replay;

    SupervisionSweep(CaseInspection cases, Ratings ratings, FeedbackDeadlines deadlines, ReplayMode replay) {
        this.cases = cases;
        this.ratings = ratings;
        this.deadlines = deadlines;
        this.replay = replay;
    }

    @Scheduled(
            fixedDelayString = "#{@supervisionSweepInterval.toMillis()}",
            initialDelayString = "#{@supervisionSweepInterval.toMillis()}")
    @SchedulerLock(name = "supervision-sweep", lockAtMostFor = "PT10M")
    void sweep() {
        if (replay.isRebuilding()) {
            // Half-rebuilt projections would raise false alerts; the rebuild sweeps when done.
            return;
        }
        int cards = cases.sweep();
        int defaulted = ratings.giveDefaultRatings();
        deadlines.raiseLateAlerts();
        log.info("Supervision sweep: {} card(s) changed, {} default rating(s)", cards, defaulted);
    }
}
