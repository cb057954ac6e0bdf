package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A booking was cancelled and its place given back.
 *
 * @param bookingId the booking (aggregate id)
 * @param linkCode the linked-booking code when one part of a linked booking, else {@code null}
 * @param servicePointId where the visit would have taken place
 * @param matterCode the matter
 * @param slotStart the start of the slot given back
 * @param principalIdHash salted hash of the principal's ID number
 * @param reason {@code BY_PERSON}, {@code LINKED_PART_CANCELLED}, {@code SCHEDULE_CHANGED},
 *     {@code AGENT_SUSPENDED} (an inspector barred the agent who booked it, or their intermediary) or
 *     {@code SCALPING} (an inspector cancelled it as scalped; {@code detail} is the reason)
 * @param detail a human explanation for the person (e.g. why the hall closed, or that the official
 *     calendar made the day a day off), may be {@code null}
 * @param cancelledBySubject token subject of who cancelled (person, agent or admin), or
 *     {@code system} when the official calendar made the day a day off
 * @param channel where the cancellation came from
 * @param fingerprintHash salted hash of device id and client IP of the cancelling request,
 *     {@code null} for a cancellation by a schedule change
 * @param slotProvisional whether, when the event was written, the slot's day lay in a calendar year
 *     answered only provisionally from the holiday law (shown as 临时推算: the day may turn out to be
 *     a day off when the official arrangement is published); {@code false} in events written before
 *     the field existed
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 */
@EventType("onewindow.appointment.Cancelled.v1")
public record Cancelled(
        String bookingId,
        String linkCode,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String principalIdHash,
        String reason,
        String detail,
        String cancelledBySubject,
        BookingChannel channel,
        String fingerprintHash,
        Boolean slotProvisional,
        String department)
        implements DomainEvent {

    public Cancelled {
        slotProvisional = Boolean.TRUE.equals(slotProvisional);
    }

    /** A cancellation of a slot that lies in an official calendar year. */
    public Cancelled(
            String bookingId,
            String linkCode,
            String servicePointId,
            String matterCode,
            Instant slotStart,
            String principalIdHash,
            String reason,
            String detail,
            String cancelledBySubject,
            BookingChannel channel,
            String fingerprintHash,
            String department) {
        this(
                bookingId,
                linkCode,
                servicePointId,
                matterCode,
                slotStart,
                principalIdHash,
                reason,
                detail,
                cancelledBySubject,
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
