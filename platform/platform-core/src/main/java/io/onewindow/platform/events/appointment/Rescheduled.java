package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A booking moved to another slot: the new place was taken before the old one was given back.
 *
 * @param bookingId the booking (aggregate id)
 * @param servicePointId the service point (unchanged by a reschedule)
 * @param matterCode the matter
 * @param previousSlotStart the slot given back
 * @param slotStart the slot now held
 * @param principalIdHash salted hash of the principal's ID number
 * @param agentSubject the agent who rescheduled for the principal, else {@code null}
 * @param channel where the request came from
 * @param fingerprintHash salted hash of device id and client IP
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.Rescheduled.v1")
public record Rescheduled(
        String bookingId,
        String servicePointId,
        String matterCode,
        Instant previousSlotStart,
        Instant slotStart,
        String principalIdHash,
        String agentSubject,
        BookingChannel channel,
        String fingerprintHash,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
