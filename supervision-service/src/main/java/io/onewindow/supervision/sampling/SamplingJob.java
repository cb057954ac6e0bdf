package io.onewindow.supervision.sampling;

import io.onewindow.supervision.cases.ReplayMode;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws the sampling review of each ended period once (every {@code sampling.check-interval} it looks
 * for the last ended period not drawn yet). Runs once across instances (ShedLock).
 */
@Component
class SamplingJob {

    private static final Logger log = LoggerFactory.getLogger(SamplingJob.class);

    private final SamplingDesk desk;
    private final ReplayMode replay;

    SamplingJob(SamplingDesk desk, ReplayMode replay) {
        this.desk = desk;
        this.replay = replay;
    }

    @Scheduled(
            fixedDelayString = "#{@samplingCheckInterval.toMillis()}",
            initialDelayString = "#{@samplingCheckInterval.toMillis()}")
    @SchedulerLock(name = "supervision-sampling", lockAtMostFor = "PT10M")
    void drawEndedPeriod() {
        if (replay.isRebuilding()) {
            // Half-rebuilt timelines would leave decided cases out of the draw; the next run draws.
            return;
        }
        desk.drawLastEnded()
                .ifPresent(drawn -> log.info(
                        "Sampling job drew {}: {} case(s)",
                        drawn.sampling().id(),
                        drawn.sampling().sampled().size()));
    }
}
