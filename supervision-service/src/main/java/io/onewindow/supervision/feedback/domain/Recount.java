package io.onewindow.supervision.feedback.domain;

import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * Counts one of supervision's own deadlines again, from its start day, when an official year
 * replaced the provisional one. The deadline's working days are those it was given; for one stored
 * before they were kept, they are read back from the calendar it was counted on ({@code before}).
 */
final class Recount {

    private Recount() {}

    /**
     * The deadline as {@code after} counts it, if that differs from what is held (another date, or
     * no longer provisional); empty when the deadline does not rest on {@code year} or stays as
     * it is, so a second recount finds nothing.
     *
     * @throws io.onewindow.platform.calendar.CalendarNotCoveredException if the count runs past
     *     the calendar's horizon
     */
    static Optional<DueDate> of(
            LocalDate start,
            LocalDate due,
            boolean provisional,
            Integer workingDays,
            WorkingCalendar before,
            WorkingCalendar after,
            Year year) {
        if (start == null || due == null || !due.isAfter(start) || (!provisional && !touches(year, start, due))) {
            return Optional.empty();
        }
        int n = workingDays != null
                ? workingDays
                : before.workingDaysBetween(start, due).value();
        DueDate recounted = after.dueDate(start, n);
        if (recounted.date().equals(due) && recounted.provisional() == provisional) {
            return Optional.empty();
        }
        return Optional.of(recounted);
    }

    // Whether a day counted (after start, up to due) lies in the year.
    private static boolean touches(Year year, LocalDate start, LocalDate due) {
        return !due.isBefore(year.atDay(1)) && start.isBefore(year.plusYears(1).atDay(1));
    }
}
