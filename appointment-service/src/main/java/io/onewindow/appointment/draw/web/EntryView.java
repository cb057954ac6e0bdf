package io.onewindow.appointment.draw.web;

import io.onewindow.appointment.booking.domain.DrawGate;
import java.time.Instant;

/**
 * An entry in a scarce slot's draw, as its entrant (or the agent who made it) sees it.
 *
 * @param id the entry's id (random; the draw ranks and publishes it)
 * @param status {@code ENTERED}, {@code WON} or {@code LOST}
 * @param drawAt when the draw is held (the end of the window)
 * @param bookingId the booking made when the entry won, else {@code null}
 * @param lostReason {@code NOT_DRAWN} or {@code INELIGIBLE} when it lost, else {@code null}
 */
record EntryView(
        String id,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String status,
        Instant drawAt,
        String bookingId,
        String lostReason) {

    static EntryView of(DrawGate.DrawTicket t) {
        return new EntryView(
                t.entryId(),
                t.servicePointId(),
                t.matterCode(),
                t.slotStart(),
                t.status(),
                t.drawAt(),
                t.bookingId(),
                t.lostReason());
    }
}
