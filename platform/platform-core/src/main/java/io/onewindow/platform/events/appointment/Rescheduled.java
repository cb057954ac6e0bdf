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
 * @param slotProvisional whether, when the event was written, the new slot's day lay in a calendar year
 *     answered only provisionally from the holiday law (shown as 临时推算: the day may turn out to be
 *     a day off when the official arrangement is published); {@code false} in events written before
 *     the field existed
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
        Boolean slotProvisional,
        String department)
        implements DomainEvent {

    public Rescheduled {
        slotProvisional = Boolean.TRUE.equals(slotProvisional);
    }

    /** A move to a slot that lies in an official calendar year. */
    public Rescheduled(
            String bookingId,
            String servicePointId,
            String matterCode,
            Instant previousSlotStart,
            Instant slotStart,
            String principalIdHash,
            String agentSubject,
            BookingChannel channel,
            String fingerprintHash,
            String department) {
        this(
                bookingId,
                servicePointId,
                matterCode,
                previousSlotStart,
                slotStart,
                principalIdHash,
                agentSubject,
                channel,
                fingerprintHash,
                false,
                department);
    }

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
