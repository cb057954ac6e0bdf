package io.onewindow.appointment.draw;

import io.onewindow.appointment.config.AppointmentSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code onewindow.appointment.draw-interval}, on one instance at a time (ShedLock): commits
 * the seeds of the scarce slots released within {@code draw-commit-ahead}, then holds the draws
 * whose window has closed. (A request after a window holds its slot's draw itself when this job
 * has not yet; the draw document's claim keeps it to one holder either way.)
 */
@Component
class DrawJob {

    private static final Logger log = LoggerFactory.getLogger(DrawJob.class);

    private final SeedCommitments commitments;
    private final DrawHolding holding;

    DrawJob(SeedCommitments commitments, DrawHolding holding) {
        this.commitments = commitments;
        this.holding = holding;
    }

    @Scheduled(fixedDelayString = "#{@'" + AppointmentSettings.BEAN + "'.drawInterval()}", initialDelayString = "PT5S")
    @SchedulerLock(name = "appointment-draws", lockAtMostFor = "PT5M")
    void run() {
        int committed = commitments.commitUpcoming();
        int held = holding.holdDue();
        if (committed > 0 || held > 0) {
            log.info("Draws: {} seeds committed, {} draws held", committed, held);
        }
    }
}
