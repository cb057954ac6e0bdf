package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * Someone presented a booking code with an ID card that is not the principal's: bookings are
 * not transferable, so this is the trace of a resold place.
 *
 * @param bookingId the booking whose code was presented (aggregate id)
 * @param servicePointId where it was presented
 * @param matterCode the booked matter
 * @param principalIdHash salted hash of the booking's principal
 * @param presentedIdHash salted hash of the ID number that was presented instead
 * @param officerSubject token subject of the window officer
 * @param officerUsername username of the window officer
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.CheckInRefused.v1")
public record CheckInRefused(
        String bookingId,
        String servicePointId,
        String matterCode,
        String principalIdHash,
        String presentedIdHash,
        String officerSubject,
        String officerUsername,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
