package io.onewindow.appointment.slot.domain;

import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a service point's opening hours into slots of one matter's visit length. Slots are
 * computed, never stored ahead: a day has slots as soon as it has opening hours, so there is no
 * "no slots because a batch has not run"; the slot document holding the remaining places is
 * created on the first booking.
 *
 * <p>Slots follow the working-day calendar as it is now: in a year whose official holiday
 * arrangement is not published yet they are planned on the days the holiday law leaves working
 * and marked {@linkplain PlannedSlot#provisional() provisional}; once the official year is
 * entered, its days off have no slots and its make-up working days (weekends worked, 调休) have
 * slots under the point's weekday hours, without anything being regenerated. A day past the
 * calendar's provisional horizon is refused ({@link CalendarNotCoveredException}), not guessed.
 */
public final class SlotPlanner {

    private final WorkingCalendar calendar;

    public SlotPlanner(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Every slot of {@code matter} at {@code point} from {@code from} to {@code to}, both included.
     *
     * @throws CalendarNotCoveredException if a day lies outside the years the calendar answers
     */
    public List<PlannedSlot> plan(ServicePoint point, MatterOffer matter, LocalDate from, LocalDate to) {
        List<PlannedSlot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<TimeRange> hours = point.hoursOn(day, calendar);
            boolean provisional = !hours.isEmpty() && calendar.isProvisional(day);
            cut(point, matter, day, hours, provisional, slots);
        }
        return slots;
    }

    private static void cut(
            ServicePoint point,
            MatterOffer matter,
            LocalDate day,
            List<TimeRange> hours,
            boolean provisional,
            List<PlannedSlot> slots) {
        for (TimeRange period : hours) {
            LocalDateTime start = day.atTime(period.start());
            LocalDateTime closing = day.atTime(period.end());
            while (!start.plusMinutes(matter.minutesPerVisit()).isAfter(closing)) {
                LocalDateTime end = start.plusMinutes(matter.minutesPerVisit());
                slots.add(new PlannedSlot(point.id(), matter.code(), start, end, matter.placesPerSlot(), provisional));
                start = end;
            }
        }
    }

    /**
     * The slots of {@code matter} at {@code point} on {@code day} as if the day were a working day
     * the point had not closed ({@link ServicePoint#hoursIfOpen}): what an instance that does not
     * know yet of the closure (or of the official day off) may still offer. Marked not provisional.
     */
    public List<PlannedSlot> planAsOpen(ServicePoint point, MatterOffer matter, LocalDate day) {
        List<PlannedSlot> slots = new ArrayList<>();
        cut(point, matter, day, point.hoursIfOpen(day), false, slots);
        return slots;
    }

    /**
     * Whether {@code day} lies in a calendar year answered only provisionally (临时推算), so that
     * what is planned on it may change when the official arrangement is published.
     */
    public boolean isProvisional(LocalDate day) {
        return calendar.isProvisional(day);
    }

    /** The slot of {@code matter} starting exactly at {@code start}, if the hours make one. */
    public Optional<PlannedSlot> slotAt(ServicePoint point, MatterOffer matter, LocalDateTime start) {
        return plan(point, matter, start.toLocalDate(), start.toLocalDate()).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst();
    }

    /**
     * For the second part of a linked booking: the slot of {@code matter} starting at
     * {@code start} (same time) or else the first one starting at or after {@code notBefore}
     * on the same day (consecutive).
     */
    public Optional<PlannedSlot> sameOrNextSlot(
            ServicePoint point, MatterOffer matter, LocalDateTime start, LocalDateTime notBefore) {
        List<PlannedSlot> day = plan(point, matter, start.toLocalDate(), start.toLocalDate());
        return day.stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .or(() -> day.stream()
                        .filter(slot -> !slot.start().isBefore(notBefore))
                        .findFirst());
    }
}
