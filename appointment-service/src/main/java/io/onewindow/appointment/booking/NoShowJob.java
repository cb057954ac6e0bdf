package io.onewindow.appointment.booking;

import io.onewindow.appointment.config.AppointmentSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link NoShowSweep} every {@code onewindow.appointment.no-show-sweep-interval}, on one
 * instance at a time (ShedLock).
 */
@Component
class NoShowJob {

    private static final Logger log = LoggerFactory.getLogger(NoShowJob.class);

    private final NoShowSweep sweep;

    NoShowJob(NoShowSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(
            fixedDelayString = "#{@'" + AppointmentSettings.BEAN + "'.noShowSweepInterval()}",
            initialDelayString = "PT1M")
    @SchedulerLock(name = "appointment-no-show-sweep", lockAtMostFor = "PT10M")
    void run() {
        int marked = sweep.sweepNoShows();
        if (marked > 0) {
            log.info("No-show sweep marked {} bookings", marked);
        }
    }
}
