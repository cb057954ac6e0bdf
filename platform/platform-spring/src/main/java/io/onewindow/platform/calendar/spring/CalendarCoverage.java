package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far ahead the working-day calendar answers, seen from today: statutory limits of 20 working
 * days need about a month of coverage, so operators are warned (log, health details, the gauge
 * {@code onewindow.calendar.coverage.days}) well before the covered years run out.
 */
public final class CalendarCoverage {

    private static final Logger log = LoggerFactory.getLogger(CalendarCoverage.class);

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;
    private final int warnDays;
    private LocalDate lastWarned;

    /**
     * Coverage as of one day.
     *
     * @param today the day seen from
     * @param firstCoveredDate the first day of the first covered year
     * @param lastCoveredDate the last day of the run of covered years that holds today, or the
     *     day before today when today's own year is not covered
     * @param daysLeft days after today up to and including {@code lastCoveredDate} (0 when today
     *     is the last covered day or not covered)
     * @param coveredYears every year with its official arrangement
     * @param provisionalYears the years answered provisionally from the holiday law
     * @param horizon the last year answered at all (official or provisional)
     */
    public record Status(
            LocalDate today,
            LocalDate firstCoveredDate,
            LocalDate lastCoveredDate,
            long daysLeft,
            Set<Year> coveredYears,
            Set<Year> provisionalYears,
            Year horizon) {

        /** Whether today's year, or a year before the horizon, is counted only provisionally. */
        public boolean countsProvisionally() {
            return !provisionalYears.isEmpty();
        }
    }

    public CalendarCoverage(WorkingCalendar calendar, Clock clock, ZoneId zone, int warnDays) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = zone;
        this.warnDays = warnDays;
    }

    /** The calendar's coverage today. */
    public Status status() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<Year> years = calendar.coveredYears();
        Set<Year> provisional = calendar.provisionalYears();
        Year horizon = calendar.provisionalHorizon().orElse(null);
        LocalDate first = years.iterator().next().atDay(1);
        Year year = Year.from(today);
        if (!years.contains(year)) {
            return new Status(today, first, today.minusDays(1), 0, years, provisional, horizon);
        }
        while (years.contains(year.plusYears(1))) {
            year = year.plusYears(1);
        }
        LocalDate last = year.atMonth(12).atEndOfMonth();
        return new Status(today, first, last, ChronoUnit.DAYS.between(today, last), years, provisional, horizon);
    }

    /** The days of coverage left after today. */
    public long daysLeft() {
        return status().daysLeft();
    }

    /** Whether the coverage left is under the warning threshold. */
    public boolean runningOut(Status status) {
        return status.daysLeft() < warnDays;
    }

    /** The warning threshold in days. */
    public int warnDays() {
        return warnDays;
    }

    /**
     * Looks for new years and warns, once a day, while coverage is short: run at start-up and
     * periodically.
     */
    public synchronized void check() {
        if (calendar.refresh()) {
            log.info("Working-day calendar now covers {}", calendar.coveredYears());
        }
        Status status = status();
        if (runningOut(status) && !status.today().equals(lastWarned)) {
            lastWarned = status.today();
            log.warn(
                    "The working-day calendar holds official arrangements for only {} more days (up to {};"
                            + " official years {}): after that, deadlines are counted provisionally from the holiday"
                            + " law (years {}, up to {}) and recomputed when the official year is entered. Enter it"
                            + " through approval-service's calendar admin API (see deploy/README.md).",
                    status.daysLeft(),
                    status.lastCoveredDate(),
                    status.coveredYears(),
                    status.provisionalYears(),
                    status.horizon());
        }
    }
}
