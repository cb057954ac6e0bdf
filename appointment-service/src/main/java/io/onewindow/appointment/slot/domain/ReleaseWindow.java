package io.onewindow.appointment.slot.domain;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When slots open for booking: at {@code releaseTime} on each working day, the slots of the next
 * {@code workingDaysAhead} working days are released (defaults 08:00, 5 working days; docs/appointment-service.md).
 * Slots of days already released stay bookable until they start.
 */
public final class ReleaseWindow {

    private final WorkingCalendar calendar;
    private final LocalTime releaseTime;
    private final int workingDaysAhead;

    public ReleaseWindow(WorkingCalendar calendar, LocalTime releaseTime, int workingDaysAhead) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.releaseTime = Objects.requireNonNull(releaseTime, "releaseTime");
        if (workingDaysAhead < 1) {
            throw new IllegalArgumentException("at least one working day must be released");
        }
        this.workingDaysAhead = workingDaysAhead;
    }

    /**
     * The last day whose slots are released at local time {@code now}. Counted on the calendar as
     * it is now, provisional years included (so in December the first days of next year are
     * released before its official arrangement is published); when the count would run past the
     * calendar's provisional horizon, everything up to the horizon is released and nothing after.
     */
    public LocalDate lastReleasedDay(LocalDateTime now) {
        LocalDate releaseDay = now.toLocalDate();
        try {
            if (!calendar.isWorkingDay(releaseDay) || now.toLocalTime().isBefore(releaseTime)) {
                releaseDay = previousWorkingDay(releaseDay);
            }
            return calendar.addWorkingDays(releaseDay, workingDaysAhead);
        } catch (CalendarNotCoveredException e) {
            if (!e.date().isAfter(now.toLocalDate())) {
                // Counting back ran before the calendar's first year: nothing more is released.
                return now.toLocalDate();
            }
            // Counting ahead ran past the horizon, whose days have no slots anyway.
            return e.horizon()
                    .map(horizon -> horizon.atMonth(12).atEndOfMonth())
                    .filter(last -> !last.isBefore(now.toLocalDate()))
                    .orElse(now.toLocalDate());
        }
    }

    /** Whether a slot starting at {@code slotStart} may be booked at local time {@code now}. */
    public boolean isReleased(LocalDateTime slotStart, LocalDateTime now) {
        return !slotStart.toLocalDate().isAfter(lastReleasedDay(now));
    }

    /**
     * When the day of {@code slotStart} is released (for "not yet open" answers); {@code null} if
     * the count back reaches before the first year the calendar answers.
     */
    public LocalDateTime releasedAt(LocalDate day) {
        try {
            LocalDate releaseDay = day;
            for (int i = 0; i < workingDaysAhead; i++) {
                releaseDay = previousWorkingDay(releaseDay);
            }
            return releaseDay.atTime(releaseTime);
        } catch (CalendarNotCoveredException e) {
            return null;
        }
    }

    private LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!calendar.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
