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
    private final Set<Year> provisionalYears;
    private final Year horizon;

    /**
     * @param date the date that was needed
     * @param coveredYears the years the calendar does cover
     */
    public CalendarNotCoveredException(LocalDate date, Set<Year> coveredYears) {
        this(date, coveredYears, Set.of(), null);
    }

    /**
     * @param date the date that was needed
     * @param coveredYears the years with an official arrangement
     * @param provisionalYears the years answered provisionally from the holiday law
     * @param horizon the last year answered at all, or {@code null} if none is
     */
    public CalendarNotCoveredException(
            LocalDate date, Set<Year> coveredYears, Set<Year> provisionalYears, Year horizon) {
        super("The working-day calendar does not cover " + date.getYear() + " (needed for " + date
                + "; official: " + join(coveredYears)
                + (provisionalYears.isEmpty() ? "" : "; provisional: " + join(provisionalYears))
                + (horizon == null ? "" : "; horizon: " + horizon)
                + "); add that year's official holiday arrangement first");
        this.date = date;
        this.coveredYears = Set.copyOf(coveredYears);
        this.provisionalYears = Set.copyOf(provisionalYears);
        this.horizon = horizon;
    }

    private static String join(Set<Year> years) {
        return years.stream().sorted().map(Year::toString).collect(Collectors.joining(", "));
    }

    /** The years answered provisionally when the question was refused. */
    public Set<Year> provisionalYears() {
        return provisionalYears;
    }

    /** The last year the calendar answers for at all, if any: past it questions are refused. */
    public java.util.Optional<Year> horizon() {
        return java.util.Optional.ofNullable(horizon);
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
