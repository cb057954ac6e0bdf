package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A place was taken in a slot in the real name of the principal who will come.
 *
 * @param bookingId the booking (aggregate id, Kafka key)
 * @param bookingCode the code shown at the hall; the same for every part of a linked booking
 * @param linkCode the linked-booking (一号联办) code when this place is one part of it, else {@code null}
 * @param servicePointId where the visit takes place
 * @param matterCode the matter the visit is for
 * @param slotStart the start of the booked slot
 * @param principalIdHash salted SHA-256 of the principal's resident ID number (hex)
 * @param principalIdMasked the principal's ID number masked, e.g. {@code 440113********1235}
 * @param agentSubject token subject of the agent who booked for the principal, else {@code null}
 * @param agentUsername username of that agent, else {@code null}
 * @param channel where the request came from
 * @param fingerprintHash salted SHA-256 of the {@code X-Device-Id} header and client IP (hex)
 * @param slotProvisional whether, when the event was written, the slot's day lay in a calendar year
 *     answered only provisionally from the holiday law (shown as 临时推算: the day may turn out to be
 *     a day off when the official arrangement is published); {@code false} in events written before
 *     the field existed
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried
 * @param releasedAt when the slot's day was released for booking (08:00 of the release day, service time
 *     zone); {@code null} in events written before it was carried, or when the calendar cannot count back
 * @param dayPlaces the places the matter offers at the service point on the slot's day (every slot's
 *     capacity); {@code null} in events written before it was carried
 * @param dayPlacesLeft of them, the places left just after this booking (0: the day is full); {@code null}
 *     in events written before it was carried
 */
@EventType("onewindow.appointment.Booked.v1")
public record Booked(
        String bookingId,
        String bookingCode,
        String linkCode,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String principalIdHash,
        String principalIdMasked,
        String agentSubject,
        String agentUsername,
        BookingChannel channel,
        String fingerprintHash,
        Boolean slotProvisional,
        String department,
        Instant releasedAt,
        Integer dayPlaces,
        Integer dayPlacesLeft)
        implements DomainEvent {

    public Booked {
        slotProvisional = Boolean.TRUE.equals(slotProvisional);
    }

    /** A booking as written before the release and the day's places were carried. */
    public Booked(
            String bookingId,
            String bookingCode,
            String linkCode,
            String servicePointId,
            String matterCode,
            Instant slotStart,
            String principalIdHash,
            String principalIdMasked,
            String agentSubject,
            String agentUsername,
            BookingChannel channel,
            String fingerprintHash,
            Boolean slotProvisional,
            String department) {
        this(
                bookingId,
                bookingCode,
                linkCode,
                servicePointId,
                matterCode,
                slotStart,
                principalIdHash,
                principalIdMasked,
                agentSubject,
                agentUsername,
                channel,
                fingerprintHash,
                slotProvisional,
                department,
                null,
                null,
                null);
    }

    /** A booking whose slot lies in an official calendar year. */
    public Booked(
            String bookingId,
            String bookingCode,
            String linkCode,
            String servicePointId,
            String matterCode,
            Instant slotStart,
            String principalIdHash,
            String principalIdMasked,
            String agentSubject,
            String agentUsername,
            BookingChannel channel,
            String fingerprintHash,
            String department) {
        this(
                bookingId,
                bookingCode,
                linkCode,
                servicePointId,
                matterCode,
                slotStart,
                principalIdHash,
                principalIdMasked,
                agentSubject,
                agentUsername,
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
