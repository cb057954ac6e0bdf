package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The principal came, showed the ID card matching the booking, and got a queue ticket.
 *
 * @param bookingId the booking (aggregate id)
 * @param servicePointId where
 * @param matterCode the matter
 * @param slotStart the booked slot
 * @param principalIdHash salted hash of the principal's ID number
 * @param ticketNumber the queue ticket issued, e.g. {@code B017}
 * @param officerSubject token subject of the window officer
 * @param officerUsername username of the window officer
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.CheckedIn.v1")
public record CheckedIn(
        String bookingId,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String principalIdHash,
        String ticketNumber,
        String officerSubject,
        String officerUsername,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
