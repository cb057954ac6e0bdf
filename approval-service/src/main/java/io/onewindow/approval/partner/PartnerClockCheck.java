package io.onewindow.approval.partner;

import io.onewindow.approval.partner.domain.PartnerClock;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, looks at every mirrored partner case for a clock the calendar cannot count: cases
 * stored before acceptances were checked (a due date past the calendar's horizon) used to answer
 * 503 to every later report and read. They are readable again (the clock shows
 * {@code countable: false} with its figures left out, and later reports are taken); this lists
 * them once so an operator can ask the partner to correct the due date, and says when there are
 * none.
 */
@Component
class PartnerClockCheck {

    private static final Logger log = LoggerFactory.getLogger(PartnerClockCheck.class);

    private final PartnerCaseStore mirrors;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PartnerClockCheck(PartnerCaseStore mirrors, WorkingCalendar calendar, Clock clock) {
        this.mirrors = mirrors;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            List<String> uncountable = uncountable();
            if (uncountable.isEmpty()) {
                log.info("Every mirrored partner case's clock can be counted");
            } else {
                log.warn(
                        "{} mirrored partner case(s) have a due date the working-day calendar cannot count yet"
                                + " (readable, figures left out; ask the partner to report the right due date): {}",
                        uncountable.size(),
                        uncountable);
            }
        } catch (RuntimeException e) {
            log.error("Mirrored partner cases could not be checked at start", e);
        }
    }

    /** The case numbers of mirrors whose clock the calendar cannot count. */
    List<String> uncountable() {
        List<String> found = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        mirrors.forEach(mirror -> {
            PartnerClock partnerClock = mirror.clock(calendar, clock.getZone(), today);
            if (!partnerClock.countable()) {
                found.add(mirror.caseNumber());
            }
        });
        return found;
    }
}
