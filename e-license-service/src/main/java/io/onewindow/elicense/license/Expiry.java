package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires licenses past their last valid day and reminds holders {@code reminderDays} before it,
 * once per license and validity ({@link License#isExpiryDue}, {@link License#isReminderDue}).
 * Each due license is changed on its own fresh read, so a license the relay or an officer wrote
 * since the page was read is judged again rather than skipped.
 */
@UseCase
public class Expiry {

    private static final Logger log = LoggerFactory.getLogger(Expiry.class);
    private static final int BATCH = 500;

    private final LicenseStore licenses;
    private final Clock clock;
    private final ServiceProperties service;
    private final LicenseSettings settings;

    Expiry(LicenseStore licenses, Clock clock, ServiceProperties service, LicenseSettings settings) {
        this.licenses = licenses;
        this.clock = clock;
        this.service = service;
        this.settings = settings;
    }

    /** What one run did. */
    public record Outcome(int expired, int reminded) {}

    private enum Done {
        EXPIRED,
        REMINDED,
        NOTHING
    }

    /** Expires what is due today and raises the reminders that are due. */
    public Outcome expireAndRemind() {
        LocalDate today = LocalDate.now(clock.withZone(service.timeZone()));
        Instant now = clock.instant();
        int windowDays = settings.reminderDays();
        int expired = 0;
        int reminded = 0;
        LocalDate lastValidTo = null;
        String lastId = null;
        List<License> page;
        do {
            page = licenses.activeEndingBy(today.plusDays(windowDays), lastValidTo, lastId, BATCH);
            for (License candidate : page) {
                lastValidTo = candidate.content().validTo();
                lastId = candidate.id();
                if (!candidate.isExpiryDue(today) && !candidate.isReminderDue(today, windowDays)) {
                    continue;
                }
                Done done;
                try {
                    done = licenses.changeReturning(candidate.id(), license -> {
                        if (license.expireIfDue(today, now)) {
                            return Done.EXPIRED;
                        }
                        return license.remindIfExpiringSoon(today, windowDays, now) ? Done.REMINDED : Done.NOTHING;
                    });
                } catch (ConflictException contested) {
                    // Changed on every attempt: the other licenses of the run go on, the next run sees it.
                    log.warn("License {} kept changing during the expiry run; next run sees it", candidate.id());
                    continue;
                }
                expired += done == Done.EXPIRED ? 1 : 0;
                reminded += done == Done.REMINDED ? 1 : 0;
            }
        } while (page.size() == BATCH);
        return new Outcome(expired, reminded);
    }
}
