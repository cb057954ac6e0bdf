package io.onewindow.approval.materials;

import io.onewindow.approval.config.ApprovalSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploads never attached to a case once they are older than {@code materials.orphan-retention},
 * on a schedule, on one instance at a time (ShedLock in MongoDB). The rule itself is
 * {@link MaterialFiles#removeOrphans()}.
 */
@Component
class OrphanUploadsJob {

    private static final Logger log = LoggerFactory.getLogger(OrphanUploadsJob.class);

    private final MaterialFiles files;

    OrphanUploadsJob(MaterialFiles files) {
        this.files = files;
    }

    @Scheduled(cron = ApprovalSettings.ORPHAN_SWEEP_CRON, zone = "${onewindow.service.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "approval-orphan-uploads", lockAtMostFor = "PT30M")
    void sweep() {
        int removed = files.removeOrphans();
        if (removed > 0) {
            log.info("Orphan upload sweep: {} uploads never attached to a case removed", removed);
        }
    }
}
