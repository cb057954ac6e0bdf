package io.onewindow.elicense.license;

import io.onewindow.elicense.LicenseSettings;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Expires licenses past their last valid day and reminds holders {@code reminderDays} before
 * it, once per license and validity. Runs on one instance at a time (ShedLock); a license
 * changed concurrently by an officer is simply picked up on the next run.
 */
@Service
public class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);
    private static final int BATCH = 500;

    private final Licenses licenses;
    private final Clock clock;
    private final ServiceProperties service;
    private final LicenseSettings settings;

    ExpiryJob(Licenses licenses, Clock clock, ServiceProperties service, LicenseSettings settings) {
        this.licenses = licenses;
        this.clock = clock;
        this.service = service;
        this.settings = settings;
    }

    /** What one run did. */
    public record Outcome(int expired, int reminded) {}

    @Scheduled(
            cron = "${onewindow.license.expiry-cron:0 15 0 * * *}",
            zone = "${onewindow.service.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "license-expiry", lockAtMostFor = "PT30M")
    void scheduled() {
        Outcome outcome = expireAndRemind();
        log.info("License expiry run: {} expired, {} reminded", outcome.expired(), outcome.reminded());
    }

    /** The use case: expire what is due today and raise the reminders that are due. */
    public Outcome expireAndRemind() {
        LocalDate today = LocalDate.now(clock.withZone(service.timeZone()));
        Instant now = clock.instant();
        int expired = 0;
        int reminded = 0;
        LocalDate lastValidTo = null;
        String lastId = null;
        List<Licenses.Stored> page;
        do {
            page = licenses.activeEndingBy(today.plusDays(settings.reminderDays()), lastValidTo, lastId, BATCH);
            for (Licenses.Stored stored : page) {
                License license = stored.license();
                lastValidTo = license.content().validTo();
                lastId = license.id();
                boolean changed = license.expireIfDue(today, now);
                boolean remindedNow = !changed && license.remindIfExpiringSoon(today, settings.reminderDays(), now);
                if (!changed && !remindedNow) {
                    continue;
                }
                try {
                    licenses.save(stored);
                    expired += changed ? 1 : 0;
                    reminded += remindedNow ? 1 : 0;
                } catch (OptimisticLockingFailureException concurrent) {
                    log.debug("License {} changed during the expiry run; next run sees it", license.id());
                }
            }
        } while (page.size() == BATCH);
        return new Outcome(expired, reminded);
    }
}
