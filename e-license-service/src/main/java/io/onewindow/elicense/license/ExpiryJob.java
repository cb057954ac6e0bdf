package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Expiry} daily at {@code onewindow.license.expiry-cron} in the service's time zone, on
 * one instance at a time (ShedLock).
 */
@Component
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final Expiry expiry;

    ExpiryJob(Expiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(
            cron = "#{@'" + LicenseSettings.BEAN + "'.expiryCron()}",
            zone = "${onewindow.service.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "license-expiry", lockAtMostFor = "PT30M")
    void scheduled() {
        Expiry.Outcome outcome = expiry.expireAndRemind();
        log.info("License expiry run: {} expired, {} reminded", outcome.expired(), outcome.reminded());
    }
}
