package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Year;

/**
 * Something in a service that keeps deadlines counted on the working-day calendar: when an
 * official year replaces the provisional one, it counts every open deadline again and records
 * (with an event) each one that moved. Called once per year and service, and again after a crash
 * before the year was marked done, so an implementation must be idempotent: it compares what it
 * stored or announced with what {@code after} gives, and records only a difference.
 */
@FunctionalInterface
public interface DeadlineRecomputer {

    /**
     * @param change the year, the calendar as it counted before (that year provisional) and the
     *     calendar now
     */
    void recompute(CalendarChange change);

    /**
     * An official year entered.
     *
     * @param year the year now official
     * @param before the calendar with that year provisional, as deadlines were counted until now
     * @param after the calendar now
     * @param reason in words, for events and timelines, e.g. {@code official calendar 2027
     *     published (国办发明电〔2026〕7号)}
     */
    record CalendarChange(Year year, WorkingCalendar before, WorkingCalendar after, String reason) {}
}
