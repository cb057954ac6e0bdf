package io.onewindow.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that an official holiday arrangement takes out of, or adds to, the working week.
 *
 * @param date the day
 * @param kind whether it is a day off or a make-up working day
 * @param holiday the holiday it belongs to, e.g. {@code Spring Festival}
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday) {

    /**
     * @throws IllegalArgumentException if the holiday name is blank, or a make-up working day
     *     falls on a weekday (which would be a data error: weekdays are working days already)
     */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (holiday == null || holiday.isBlank()) {
            throw new IllegalArgumentException("Calendar day " + date + " needs the holiday it belongs to");
        }
        holiday = holiday.strip();
        if (kind == DayKind.MAKE_UP_WORKING_DAY && !isWeekend(date)) {
            throw new IllegalArgumentException(
                    "Make-up working day " + date + " is a " + date.getDayOfWeek() + "; only weekends are made up");
        }
    }

    /** A day off belonging to {@code holiday}. */
    public static CalendarDay dayOff(LocalDate date, String holiday) {
        return new CalendarDay(date, DayKind.DAY_OFF, holiday);
    }

    /** A weekend day worked to make up for {@code holiday}. */
    public static CalendarDay makeUpWorkingDay(LocalDate date, String holiday) {
        return new CalendarDay(date, DayKind.MAKE_UP_WORKING_DAY, holiday);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
