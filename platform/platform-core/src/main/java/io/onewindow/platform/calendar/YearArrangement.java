package io.onewindow.platform.calendar;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One year's official holiday arrangement, whole and checked: the unit in which a district adds a
 * year the platform does not ship (a file {@code <yyyy>.csv} in the calendar format of
 * {@link WorkingCalendar#officialChina()}).
 *
 * <p>Checked when made, so a half-typed file is refused instead of quietly counting the year on
 * the Monday-to-Friday rule: every entry lies in the year, no date is listed twice (so the days
 * off and the make-up working days are disjoint), make-up days fall on weekends, and at least one
 * day off is listed (every year has New Year's Day off, so an arrangement without any is not one).
 *
 * @param year the year arranged
 * @param entries every day off and make-up working day of the year, in date order
 */
public record YearArrangement(Year year, List<CalendarDay> entries) {

    /** @throws IllegalArgumentException if the entries are not a whole, consistent arrangement of the year */
    public YearArrangement {
        Objects.requireNonNull(year, "year");
        entries =
                entries.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        LocalDate previous = null;
        for (CalendarDay day : entries) {
            if (day.date().getYear() != year.getValue()) {
                throw new IllegalArgumentException(
                        day.date() + " is not in " + year + ": a year's file lists only that year's days");
            }
            if (day.date().equals(previous)) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
            previous = day.date();
        }
        if (entries.stream().noneMatch(d -> d.kind() == DayKind.DAY_OFF)) {
            throw new IllegalArgumentException(
                    year + " lists no day off: an arrangement lists at least New Year's Day");
        }
    }

    /**
     * Reads and checks one year's file. It must declare exactly {@code covers,<year>} for the
     * expected year and list that year's days in the shipped format.
     *
     * @param source the file's name, for messages
     * @throws IllegalArgumentException naming the file (and line) if it is not a whole, consistent
     *     arrangement of {@code expected}
     * @throws IOException if it cannot be read
     */
    public static YearArrangement read(Reader reader, String source, Year expected) throws IOException {
        Collector collector = new Collector();
        CalendarData.read(reader, source, collector);
        if (!collector.years.equals(List.of(expected))) {
            throw new IllegalArgumentException(source + ": expected exactly one line covers," + expected + ", found "
                    + (collector.years.isEmpty() ? "none" : collector.years));
        }
        try {
            return new YearArrangement(expected, collector.days);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** The arrangement {@code calendar} holds for {@code year}, which it must cover. */
    public static YearArrangement of(WorkingCalendar calendar, Year year) {
        if (!calendar.coveredYears().contains(year)) {
            throw new IllegalArgumentException("the calendar does not cover " + year);
        }
        return new YearArrangement(
                year,
                calendar.entries().stream()
                        .filter(d -> d.date().getYear() == year.getValue())
                        .toList());
    }

    /** The day off or make-up working day listed for {@code date}, or {@code null}. */
    public CalendarDay entryOn(LocalDate date) {
        for (CalendarDay day : entries) {
            if (day.date().equals(date)) {
                return day;
            }
        }
        return null;
    }

    /** The days off listed, in date order. */
    public List<LocalDate> daysOff() {
        return entries.stream()
                .filter(d -> d.kind() == DayKind.DAY_OFF)
                .map(CalendarDay::date)
                .toList();
    }

    /** The make-up working days listed, in date order. */
    public List<LocalDate> makeUpWorkingDays() {
        return entries.stream()
                .filter(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY)
                .map(CalendarDay::date)
                .toList();
    }

    /**
     * Whether {@code other} makes the same days off and working days; the holidays' names may be
     * written differently.
     */
    public boolean sameDaysAs(YearArrangement other) {
        return year.equals(other.year) && kinds().equals(other.kinds());
    }

    private Map<LocalDate, DayKind> kinds() {
        return entries.stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
    }

    // Collects the records as read, so the checks above see them all rather than a merged calendar.
    private static final class Collector implements CalendarData.Records {
        private final List<Year> years = new ArrayList<>();
        private final List<CalendarDay> days = new ArrayList<>();

        @Override
        public void cover(Year year) {
            years.add(year);
        }

        @Override
        public void add(CalendarDay day) {
            days.add(day);
        }
    }
}
