package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * A called ticket was served (or marked absent) at a window.
 *
 * @param ticketId the ticket (aggregate id)
 * @param servicePointId where
 * @param ticketNumber e.g. {@code B017}
 * @param bookingId the booking, or {@code null} for a walk-in
 * @param matterCode the matter
 * @param absent the visitor did not come to the window when called
 * @param serviceSeconds seconds between call and this mark
 * @param officerSubject token subject of the officer
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.Served.v1")
public record Served(
        String ticketId,
        String servicePointId,
        String ticketNumber,
        String bookingId,
        String matterCode,
        boolean absent,
        long serviceSeconds,
        String officerSubject,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
