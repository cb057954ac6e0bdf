package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a service takes a newly published official year: it records the year in its own database,
 * its calendar counts on it from then on, and every {@link DeadlineRecomputer} of the service
 * recounts the open deadlines that rested on the provisional year; only then is the year marked
 * done. A crash or a failing recomputer leaves the year waiting, and {@link #recomputeWaiting()}
 * (run once the service is ready and then every rescan interval) finishes it. For a grace period
 * after that the recomputers run again each round: another instance of the service may have
 * counted on the provisional year until it saw the new one, and the recomputers, being
 * idempotent, change only what is still provisional. A year that came from the calendar directory
 * (the operators' route) is recorded and recomputed the same way.
 */
public final class OfficialYearAdoption {

    private static final Logger log = LoggerFactory.getLogger(OfficialYearAdoption.class);

    private final CalendarYearStore store;
    private final StoredCalendarYears source;
    private final WorkingCalendar calendar;
    private final List<DeadlineRecomputer> recomputers;
    private final Clock clock;
    private final Duration grace;

    public OfficialYearAdoption(
            CalendarYearStore store,
            StoredCalendarYears source,
            WorkingCalendar calendar,
            List<DeadlineRecomputer> recomputers,
            Clock clock) {
        this(store, source, calendar, recomputers, clock, DEFAULT_GRACE);
    }

    /** How long after an official year was recomputed the recomputers run again each round. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    public OfficialYearAdoption(
            CalendarYearStore store,
            StoredCalendarYears source,
            WorkingCalendar calendar,
            List<DeadlineRecomputer> recomputers,
            Clock clock,
            Duration grace) {
        this.store = store;
        this.source = source;
        this.calendar = calendar;
        this.recomputers = List.copyOf(recomputers);
        this.clock = clock;
        this.grace = grace;
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

    /**
     * Recomputes the deadlines of every recorded year not done yet, and again of those done within
     * the grace period; records first any official year the calendar took from its directory.
     * A recomputer that fails leaves its year waiting for the next round; the others still run.
     */
    public synchronized void recomputeWaiting() {
        recordDirectoryYears();
        for (int waiting : store.awaitingRecomputation(clock.instant().minus(grace))) {
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
            boolean allDone = true;
            for (DeadlineRecomputer recomputer : recomputers) {
                try {
                    recomputer.recompute(change);
                } catch (RuntimeException e) {
                    allDone = false;
                    log.warn(
                            "Recomputing deadlines on official {} with {} failed; retried in the next round",
                            year,
                            recomputer.getClass().getSimpleName(),
                            e);
                }
            }
            if (allDone && store.awaitingRecomputation().contains(waiting)) {
                store.markRecomputed(waiting, clock.instant());
                log.info(
                        "Deadlines resting on provisional {} recomputed by {} recomputer(s)", year, recomputers.size());
            }
        }
    }

    // A year added through the calendar directory is official in this service's calendar without
    // having been published: record it, so its deadlines are recomputed like a published year's.
    private void recordDirectoryYears() {
        Set<Year> shipped = WorkingCalendar.officialChina(0).officialYears();
        for (Year year : calendar.officialYears()) {
            if (shipped.contains(year) || store.find(year.getValue()).isPresent()) {
                continue;
            }
            YearArrangement arrangement = calendar.arrangementOf(year);
            Instant now = clock.instant();
            store.record(new CalendarYearPublished(
                    year.getValue(),
                    "calendar directory (operators' route)",
                    LocalDate.ofInstant(now, ZoneOffset.UTC),
                    arrangement.entries(),
                    "calendar-directory",
                    "calendar-directory",
                    now));
            log.info("Official calendar {} from the calendar directory recorded; its deadlines are recomputed", year);
        }
    }
}
