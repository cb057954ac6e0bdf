package io.onewindow.appointment.calendar.domain;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.YearArrangement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an official year changed for the halls, day by day: the days that were working days while
 * the year was provisional and are days off now (their slots go, their bookings are cancelled),
 * and the days that are working days now but were not, such as the weekends worked to make up
 * for a holiday (调休), which get slots. Only days from a given day on count: what is past stays
 * as it was.
 *
 * @param year the year now official
 * @param newDaysOff the days now off that were working days, in date order
 * @param newWorkingDays the days now working that were off, in date order
 */
public record CalendarDayChanges(Year year, List<Day> newDaysOff, List<Day> newWorkingDays) {

    /**
     * One day that changed.
     *
     * @param date the day
     * @param holiday the holiday whose arrangement changed it, e.g. {@code New Year}
     */
    public record Day(LocalDate date, String holiday) {

        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(holiday, "holiday");
        }
    }

    /** The holiday named for a day that changed without an entry of its own (not expected). */
    static final String NO_HOLIDAY = "working-day calendar";

    public CalendarDayChanges {
        Objects.requireNonNull(year, "year");
        newDaysOff = List.copyOf(newDaysOff);
        newWorkingDays = List.copyOf(newWorkingDays);
    }

    /**
     * The days of {@code year}, from {@code from} on, that {@code after} counts differently from
     * {@code before}.
     *
     * @param before the calendar as slots were planned until now (the year provisional)
     * @param after the calendar now
     */
    public static CalendarDayChanges between(Year year, WorkingCalendar before, WorkingCalendar after, LocalDate from) {
        YearArrangement now = after.arrangementOf(year);
        YearArrangement until = before.arrangementOf(year);
        List<Day> off = new ArrayList<>();
        List<Day> working = new ArrayList<>();
        LocalDate first = year.atDay(1).isBefore(from) ? from : year.atDay(1);
        for (LocalDate day = first; Year.from(day).equals(year); day = day.plusDays(1)) {
            boolean was = before.isWorkingDay(day);
            boolean is = after.isWorkingDay(day);
            if (was != is) {
                (is ? working : off).add(new Day(day, holidayOf(day, now, until)));
            }
        }
        return new CalendarDayChanges(year, off, working);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return newDaysOff.isEmpty() && newWorkingDays.isEmpty();
    }

    /** The dates of {@link #newDaysOff()}. */
    public List<LocalDate> daysOff() {
        return newDaysOff.stream().map(Day::date).toList();
    }

    /** The dates of {@link #newWorkingDays()}. */
    public List<LocalDate> workingDays() {
        return newWorkingDays.stream().map(Day::date).toList();
    }

    /** The holiday a day newly off belongs to. */
    public String holidayOf(LocalDate day) {
        return newDaysOff.stream()
                .filter(d -> d.date().equals(day))
                .map(Day::holiday)
                .findFirst()
                .orElse(NO_HOLIDAY);
    }

    private static String holidayOf(LocalDate day, YearArrangement now, YearArrangement until) {
        CalendarDay entry = now.entryOn(day);
        if (entry == null) {
            entry = until.entryOn(day);
        }
        return entry == null ? NO_HOLIDAY : entry.holiday();
    }
}
