package io.onewindow.appointment.booking.web;

import io.onewindow.appointment.booking.domain.Booking;
import java.time.Instant;

/**
 * A booking as its holder sees it: the ID number masked, never in full.
 *
 * @param code the code to show at the hall with the ID card
 * @param linkCode the linked-booking code when part of one
 * @param status {@code BOOKED}, {@code CANCELLED}, {@code CHECKED_IN} or {@code NO_SHOW}
 * @param bookedByAgent the agent's username when an agent booked, else {@code null}
 * @param provisional whether the slot's day lies in a calendar year answered only provisionally
 *     from the holiday law (the portal shows 临时推算 beside the date): the official arrangement,
 *     once published, may make it a day off, and the booking is then cancelled with the reason
 */
record BookingView(
        String id,
        String code,
        String linkCode,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        Instant slotEnd,
        String status,
        String principalIdMasked,
        String bookedByAgent,
        String cancelReason,
        String ticketNumber,
        boolean provisional) {

    static BookingView of(Booking b, boolean provisional) {
        return new BookingView(
                b.id(),
                b.code(),
                b.linkCode(),
                b.servicePointId(),
                b.matterCode(),
                b.slotStart(),
                b.slotEnd(),
                b.status().name(),
                b.principal().idMasked(),
                b.bookedBy().agent() ? b.bookedBy().username() : null,
                b.cancelReason(),
                b.ticketNumber(),
                provisional);
    }
}
