package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * A queue ticket was issued at a service point, for a booking or to a walk-in.
 *
 * @param ticketId the ticket (aggregate id)
 * @param servicePointId where
 * @param ticketNumber line prefix and number, e.g. {@code B017}
 * @param matterCode the matter
 * @param bookingId the booking checked in, or {@code null} for a walk-in
 * @param priority elderly or disabled visitor, called first
 * @param principalIdHash salted hash of the visitor's ID number
 * @param officerSubject token subject of the officer who issued it
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.TicketIssued.v1")
public record TicketIssued(
        String ticketId,
        String servicePointId,
        String ticketNumber,
        String matterCode,
        String bookingId,
        boolean priority,
        String principalIdHash,
        String officerSubject,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
