package io.onewindow.appointment.schedule;

import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.HallCancellations;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.servicepoint.ServicePointStore;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Admins change a service point's schedule: closing a day cancels the bookings on it, each with
 * its own {@code Cancelled} (reason {@code SCHEDULE_CHANGED}, the admin's words as detail) so
 * the portal can tell each person, and one {@code ScheduleChanged} for the point. The official
 * working-day calendar closes days the same way when it turns a provisional working day into a
 * day off ({@link #closeForCalendar}).
 */
@UseCase
public class ScheduleDesk {

    private final ServicePointStore points;
    private final BookingStore bookings;
    private final HallCancellations desk;
    private final SlotPlanner planner;
    private final Clock clock;
    private final ZoneId zone;

    ScheduleDesk(
            ServicePointStore points,
            BookingStore bookings,
            HallCancellations desk,
            SlotPlanner planner,
            Clock clock,
            ServiceProperties service) {
        this.points = points;
        this.bookings = bookings;
        this.desk = desk;
        this.planner = planner;
        this.clock = clock;
        this.zone = service.timeZone();
    }

    /** The point as its new hours were written, and how many future bookings they cancelled. */
    public record HoursChanged(ServicePoint point, int cancelledBookings) {}

    /**
     * Replaces the point's weekly opening hours; every future booking whose slot the new hours no
     * longer make (same start, same matter) is cancelled with the reason. The check of {@code expected}
     * runs on the point as read for the write.
     */
    public HoursChanged changeOpeningHours(
            String servicePointId,
            Map<DayOfWeek, List<TimeRange>> hours,
            String reason,
            String adminSubject,
            Precondition<ServicePoint> expected) {
        ServicePoint changed = points.require(servicePointId).withOpeningHours(hours);
        Instant now = clock.instant();
        List<Booking> misfits = misfits(changed, now);
        ServicePoint written = points.change(servicePointId, point -> {
            expected.existing(point);
            point.changeOpeningHours(hours, reason, misfits.size(), adminSubject);
        });
        return new HoursChanged(written, cancelMisfits(servicePointId, reason, adminSubject));
    }

    /**
     * After a change of the point (hours, an offering changed or withdrawn, the point closed for
     * good): cancels every future booking the point as now stored no longer makes a slot for (same
     * start, same matter), each with its own {@code Cancelled} (reason {@code SCHEDULE_CHANGED},
     * {@code reason} as the words the person reads). Read after the write, so bookings made before
     * it are included. Answers how many this call cancelled.
     */
    public int cancelMisfits(String servicePointId, String reason, String bySubject) {
        int cancelled = 0;
        for (Booking booking : misfits(points.require(servicePointId), clock.instant())) {
            if (desk.cancelForScheduleChange(booking.id(), reason, bySubject)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private List<Booking> misfits(ServicePoint point, Instant now) {
        return bookings.activeFrom(point.id(), now).stream()
                .filter(booking -> point.offer(booking.matterCode())
                        .flatMap(matter ->
                                planner.slotAt(point, matter, LocalDateTime.ofInstant(booking.slotStart(), zone)))
                        .isEmpty())
                .toList();
    }

    /**
     * Closes {@code days} at the point because the official working-day calendar made them days
     * off, and cancels every booking on them, each with its own {@code Cancelled} (reason
     * {@code SCHEDULE_CHANGED}, {@code detail} of its day as the words the person reads). One
     * {@code ScheduleChanged} ({@code DAY_CLOSED}, every day newly closed) is published for the
     * point.
     *
     * <p>Idempotent, for a recomputation run again after a crash or on a second instance: days
     * the point has closed already are not announced again, and bookings cancelled already are
     * neither cancelled nor given back again. Past days are left alone. Answers how many bookings
     * this call cancelled.
     */
    public int closeForCalendar(
            String servicePointId,
            List<LocalDate> days,
            String reason,
            Function<LocalDate, String> detail,
            String bySubject) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> ahead =
                days.stream().filter(day -> !day.isBefore(today)).sorted().toList();
        if (ahead.isEmpty()) {
            return 0;
        }
        // Close first, so no new booking lands on the days while the existing ones are cancelled.
        // Days the point has closed already are not announced again; a change re-applied after a
        // concurrent write judges the point as then stored.
        if (!points.require(servicePointId).openAmong(ahead).isEmpty()) {
            points.change(servicePointId, point -> {
                List<LocalDate> toClose = point.openAmong(ahead);
                if (!toClose.isEmpty()) {
                    point.closeDays(toClose, reason, activeOn(servicePointId, toClose), bySubject);
                }
            });
        }
        // Every day, not only those closed now: a run cut short before its cancellations finishes them.
        int cancelled = 0;
        for (LocalDate day : ahead) {
            for (Booking booking : bookings.activeAt(servicePointId, day.toString())) {
                if (desk.cancelForScheduleChange(booking.id(), detail.apply(day), bySubject)) {
                    cancelled++;
                }
            }
        }
        return cancelled;
    }

    /** Closes {@code day} at the point; answers how many bookings were cancelled. */
    public int closeDay(String servicePointId, LocalDate day, String reason, String adminSubject) {
        if (day.isBefore(LocalDate.now(clock))) {
            throw new InvalidValueException("day-in-past", "day", "a past day cannot be closed");
        }
        ServicePoint point = points.require(servicePointId);
        if (point.isClosedOn(day)) {
            throw new ConflictException("day-already-closed", "the point is already closed on " + day, day);
        }
        // Close first, so no new booking lands on the day while the existing ones are cancelled.
        points.change(
                servicePointId,
                stored -> stored.closeDays(List.of(day), reason, activeOn(servicePointId, List.of(day)), adminSubject));
        // Read again after the close: a booking that slipped in before it is cancelled too.
        int cancelled = 0;
        for (Booking booking : bookings.activeAt(servicePointId, day.toString())) {
            if (desk.cancelForScheduleChange(booking.id(), reason, adminSubject)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private int activeOn(String servicePointId, List<LocalDate> days) {
        return days.stream()
                .mapToInt(
                        day -> bookings.activeAt(servicePointId, day.toString()).size())
                .sum();
    }
}
