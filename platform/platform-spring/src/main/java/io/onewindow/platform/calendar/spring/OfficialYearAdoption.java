package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a service takes a newly published official year: it records the year in its own database,
 * its calendar counts on it from then on, and every {@link DeadlineRecomputer} of the service
 * recounts the open deadlines that rested on the provisional year; only then is the year marked
 * done. A crash in between leaves the year waiting, and {@link #recomputeWaiting()} (run at start
 * and periodically) finishes it.
 */
public final class OfficialYearAdoption {

    private static final Logger log = LoggerFactory.getLogger(OfficialYearAdoption.class);

    private final CalendarYearStore store;
    private final StoredCalendarYears source;
    private final WorkingCalendar calendar;
    private final List<DeadlineRecomputer> recomputers;
    private final Clock clock;

    public OfficialYearAdoption(
            CalendarYearStore store,
            StoredCalendarYears source,
            WorkingCalendar calendar,
            List<DeadlineRecomputer> recomputers,
            Clock clock) {
        this.store = store;
        this.source = source;
        this.calendar = calendar;
        this.recomputers = List.copyOf(recomputers);
        this.clock = clock;
    }

    /**
     * Takes a published year (idempotent: the same year again changes nothing).
     *
     * @throws IllegalStateException if the year is held already with other days
     * @throws IllegalArgumentException if the event's entries are not a consistent arrangement
     */
    public void adopt(CalendarYearPublished year) {
        year.arrangement(); // checked whole before anything is written
        if (store.record(year)) {
            log.info(
                    "Official calendar {} recorded ({}, entered by {}, confirmed by {})",
                    year.year(),
                    year.noticeNumber(),
                    year.enteredBy(),
                    year.confirmedBy());
        }
        source.invalidate();
        calendar.refresh();
        recomputeWaiting();
    }

    /** Recomputes the deadlines of every recorded year not done yet. */
    public synchronized void recomputeWaiting() {
        for (int waiting : store.awaitingRecomputation()) {
            Year year = Year.of(waiting);
            if (!calendar.isOfficial(year)) {
                source.invalidate();
                calendar.refresh();
                if (!calendar.isOfficial(year)) {
                    log.warn("Official calendar {} is recorded but not counted yet; recomputing later", year);
                    continue;
                }
            }
            CalendarYearPublished published = store.find(waiting).orElseThrow();
            String reason = "official calendar " + year + " published (" + published.noticeNumber() + ")";
            DeadlineRecomputer.CalendarChange change =
                    new DeadlineRecomputer.CalendarChange(year, calendar.asIfProvisional(year), calendar, reason);
            for (DeadlineRecomputer recomputer : recomputers) {
                recomputer.recompute(change);
            }
            store.markRecomputed(waiting, clock.instant());
            log.info("Deadlines resting on provisional {} recomputed by {} recomputer(s)", year, recomputers.size());
        }
    }
}
