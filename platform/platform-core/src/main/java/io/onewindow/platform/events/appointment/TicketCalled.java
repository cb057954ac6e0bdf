package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * A window officer called a ticket to a window.
 *
 * @param ticketId the ticket (aggregate id)
 * @param servicePointId where
 * @param ticketNumber e.g. {@code B017}
 * @param window the window number called to
 * @param waitedSeconds seconds between issue and call
 * @param officerSubject token subject of the officer
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.TicketCalled.v1")
public record TicketCalled(
        String ticketId,
        String servicePointId,
        String ticketNumber,
        String window,
        long waitedSeconds,
        String officerSubject,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
