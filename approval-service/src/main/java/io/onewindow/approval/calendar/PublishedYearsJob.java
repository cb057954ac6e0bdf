package io.onewindow.approval.calendar;

import io.onewindow.approval.config.ApprovalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes sure this instance counts on every published official year: at start and every few
 * minutes it adopts any year confirmed on another instance or left half-done by a crash between
 * the confirmation and the adoption. Each instance keeps its own calendar, so no lock.
 */
@Component
class PublishedYearsJob {

    private static final Logger log = LoggerFactory.getLogger(PublishedYearsJob.class);

    private final OfficialCalendar calendar;

    PublishedYearsJob(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        adopt();
    }

    @Scheduled(fixedDelayString = ApprovalSettings.ADOPT_INTERVAL, initialDelayString = ApprovalSettings.ADOPT_INTERVAL)
    void adopt() {
        try {
            calendar.adoptPublished();
        } catch (RuntimeException e) {
            log.error("Published official calendar years could not be adopted; retrying later", e);
        }
    }
}
