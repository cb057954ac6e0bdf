package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A service point's opening hours changed or a day was closed (by an admin, or because the official
 * working-day calendar made it a day off); bookings that no longer fit
 * were cancelled, each with its own {@link Cancelled} event (reason {@code SCHEDULE_CHANGED}).
 *
 * @param servicePointId the service point (aggregate id)
 * @param change {@code HOURS_CHANGED} or {@code DAY_CLOSED}
 * @param closedDays the days closed by this change (empty for an hours change)
 * @param reason the reason the admin gave
 * @param cancelledBookings how many bookings were cancelled by it
 * @param changedBySubject token subject of the admin, or {@code system} when the official working-day
 *     calendar made the closed days days off
 */
@EventType("onewindow.appointment.ScheduleChanged.v1")
public record ScheduleChanged(
        String servicePointId,
        String change,
        List<LocalDate> closedDays,
        String reason,
        int cancelledBookings,
        String changedBySubject)
        implements DomainEvent {

    public ScheduleChanged {
        closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
    }

    @Override
    public String aggregateId() {
        return servicePointId;
    }
}
