package io.onewindow.approval.calendar.domain;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.DayKind;
import io.onewindow.platform.calendar.HolidayLaw;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.InvalidValueException.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a year's official holiday arrangement as a platform-admin enters it from the State
 * Council's notice, whole, before it counts: every date inside the year, no date listed twice,
 * no day both off and working, make-up working days only on weekends, and every statutory day of
 * the holiday law off. Every error is reported at once, with the input path it concerns, so one
 * correction fixes them all.
 */
public final class OfficialYearCheck {

    /** The years whose lunar holidays the platform can derive, and so check. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2099;

    private OfficialYearCheck() {}

    /**
     * One day as entered.
     *
     * @param date the day
     * @param holiday the holiday it belongs to
     */
    public record Day(LocalDate date, String holiday) {}

    /**
     * The arrangement, when it is whole and consistent.
     *
     * @param daysOff the days off, in the order entered ({@code daysOff[i]} in errors)
     * @param makeUpWorkingDays the weekend days worked instead ({@code makeUpWorkingDays[i]})
     * @throws InvalidValueException {@code calendar.invalid-year} listing every error
     */
    public static YearArrangement check(
            int year, String noticeNumber, LocalDate noticeDate, List<Day> daysOff, List<Day> makeUpWorkingDays) {
        List<Violation> errors = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new Violation(
                    "year", "calendar.year-out-of-range", "a year from " + FIRST_YEAR + " to " + LAST_YEAR));
            throw invalid(year, errors);
        }
        if (noticeNumber == null || noticeNumber.isBlank()) {
            errors.add(new Violation(
                    "notice.number", "calendar.notice-required", "the State Council notice's number is required"));
        }
        if (noticeDate == null) {
            errors.add(new Violation("notice.date", "calendar.notice-required", "the notice's date is required"));
        } else if (noticeDate.getYear() != year && noticeDate.getYear() != year - 1) {
            errors.add(new Violation(
                    "notice.date",
                    "calendar.notice-date-implausible",
                    "a notice arranging " + year + " is issued in " + (year - 1) + " or " + year + ", not on "
                            + noticeDate));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        List<CalendarDay> entries = new ArrayList<>();
        collect(year, "daysOff", daysOff, DayKind.DAY_OFF, seen, entries, errors);
        collect(year, "makeUpWorkingDays", makeUpWorkingDays, DayKind.MAKE_UP_WORKING_DAY, seen, entries, errors);
        if (daysOff.isEmpty()) {
            errors.add(new Violation("daysOff", "calendar.no-days-off", "an arrangement lists its days off"));
        }
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        for (CalendarDay entry : entries) {
            (entry.kind() == DayKind.DAY_OFF ? off : worked).add(entry.date());
        }
        for (Map.Entry<String, List<LocalDate>> holiday :
                HolidayLaw.statutoryDays(Year.of(year)).entrySet()) {
            for (LocalDate day : holiday.getValue()) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (worked.contains(day) || (!weekend && !off.contains(day))) {
                    errors.add(new Violation(
                            "daysOff",
                            "calendar.statutory-day-missing",
                            day + " (" + holiday.getKey()
                                    + ") is a statutory day off under the holiday law and must be off"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(year, errors);
        }
        return new YearArrangement(Year.of(year), entries);
    }

    private static void collect(
            int year,
            String field,
            List<Day> days,
            DayKind kind,
            Map<LocalDate, String> seen,
            List<CalendarDay> entries,
            List<Violation> errors) {
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            String path = field + "[" + i + "]";
            if (day == null || day.date() == null) {
                errors.add(new Violation(path + ".date", "calendar.date-required", "a date is required"));
                continue;
            }
            boolean ok = true;
            if (day.date().getYear() != year) {
                errors.add(new Violation(path + ".date", "calendar.outside-year", day.date() + " is not in " + year));
                ok = false;
            }
            if (day.holiday() == null || day.holiday().isBlank()) {
                errors.add(new Violation(
                        path + ".holiday",
                        "calendar.holiday-required",
                        "name the holiday " + day.date() + " belongs to"));
                ok = false;
            }
            String earlier = seen.putIfAbsent(day.date(), path);
            if (earlier != null) {
                errors.add(new Violation(
                        path + ".date",
                        "calendar.duplicate-day",
                        day.date() + " is listed already as " + earlier
                                + (earlier.startsWith(field) ? "" : ": a day cannot be both off and working")));
                ok = false;
            }
            boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayKind.MAKE_UP_WORKING_DAY && !weekend) {
                errors.add(new Violation(
                        path + ".date",
                        "calendar.make-up-on-weekday",
                        day.date() + " is a " + day.date().getDayOfWeek()
                                + ": only a Saturday or Sunday is made up as a working day"));
                ok = false;
            }
            if (ok) {
                entries.add(new CalendarDay(day.date(), kind, day.holiday()));
            }
        }
    }

    private static InvalidValueException invalid(int year, List<Violation> errors) {
        return new InvalidValueException(
                "calendar.invalid-year",
                "the arrangement of " + year + " has " + errors.size() + " error(s); nothing was saved",
                errors);
    }
}
