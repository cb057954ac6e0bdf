package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The principal did not check in by the end of the slot plus the grace period.
 *
 * @param bookingId the booking (aggregate id)
 * @param servicePointId where
 * @param matterCode the matter
 * @param slotStart the missed slot
 * @param principalIdHash salted hash of the principal's ID number
 * @param principalIdMasked the masked ID number
 * @param agentSubject the agent who booked, else {@code null}
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.NoShow.v1")
public record NoShow(
        String bookingId,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String principalIdHash,
        String principalIdMasked,
        String agentSubject,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
