package io.onewindow.platform.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A working-day question needed a date in a year whose official holiday arrangement the calendar
 * does not hold. Refused rather than answered with the Monday-to-Friday rule, because a statutory
 * deadline computed without the year's holidays and make-up days can be wrong by more than a week.
 * The remedy is to add the year's arrangement ({@link WorkingCalendar#withEntries}).
 */
public final class CalendarNotCoveredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final Set<Year> coveredYears;

    /**
     * @param date the date that was needed
     * @param coveredYears the years the calendar does cover
     */
    public CalendarNotCoveredException(LocalDate date, Set<Year> coveredYears) {
        super("The working-day calendar does not cover " + date.getYear() + " (needed for " + date
                + "; covered: "
                + coveredYears.stream().map(Year::toString).collect(Collectors.joining(", "))
                + "); add that year's official holiday arrangement first");
        this.date = date;
        this.coveredYears = Set.copyOf(coveredYears);
    }

    /** The date that was needed. */
    public LocalDate date() {
        return date;
    }

    /** The years the calendar covers. */
    public Set<Year> coveredYears() {
        return coveredYears;
    }
}
