package io.onewindow.approval.cases;

import io.onewindow.approval.config.ApprovalSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the Art. 32 sweep on a schedule, on one instance at a time (ShedLock in MongoDB). The rule
 * itself is {@link CaseSweeps#acceptOverdueApplications()}.
 */
@Component
class Art32SweepJob {

    private static final Logger log = LoggerFactory.getLogger(Art32SweepJob.class);

    private final CaseSweeps sweeps;

    Art32SweepJob(CaseSweeps sweeps) {
        this.sweeps = sweeps;
    }

    @Scheduled(cron = ApprovalSettings.ART32_SWEEP_CRON, zone = "${onewindow.service.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "approval-art32-sweep", lockAtMostFor = "PT9M")
    void sweep() {
        int accepted = sweeps.acceptOverdueApplications();
        if (accepted > 0) {
            log.info("Art. 32 sweep: {} applications accepted as of receipt", accepted);
        }
    }
}
