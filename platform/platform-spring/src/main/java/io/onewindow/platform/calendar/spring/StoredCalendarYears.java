package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.CoverageSource;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the official years recorded in the service's {@link CalendarYearStore} to its growing
 * calendar. Reads the store at most once per {@code rescanInterval}, and at once after
 * {@link #invalidate()} (called when a year has just been recorded).
 */
public final class StoredCalendarYears implements CoverageSource {

    private static final Logger log = LoggerFactory.getLogger(StoredCalendarYears.class);

    private final CalendarYearStore store;
    private final Duration rescanInterval;
    private final Clock clock;
    private Instant lastRead;

    public StoredCalendarYears(CalendarYearStore store, Duration rescanInterval, Clock clock) {
        this.store = store;
        this.rescanInterval = rescanInterval;
        this.clock = clock;
    }

    /** The next question reads the store again. */
    public synchronized void invalidate() {
        lastRead = null;
    }

    @Override
    public synchronized Optional<WorkingCalendar> widen(WorkingCalendar current) {
        Instant now = clock.instant();
        if (lastRead != null && now.isBefore(lastRead.plus(rescanInterval))) {
            return Optional.empty();
        }
        lastRead = now;
        WorkingCalendar merged = current;
        try {
            for (CalendarYearPublished year : store.all()) {
                if (!merged.isOfficial(Year.of(year.year()))) {
                    merged = merged.withEntries(
                            Year.of(year.year()), year.arrangement().entries());
                }
            }
        } catch (RuntimeException e) {
            log.error("Official calendar years cannot be read from the database; keeping the years held", e);
            return Optional.empty();
        }
        return merged == current ? Optional.empty() : Optional.of(merged);
    }
}
