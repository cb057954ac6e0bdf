package io.onewindow.appointment.booking.web;

import io.onewindow.appointment.booking.domain.DrawGate;
import java.time.Instant;

/**
 * An entry in a scarce slot's draw, as its entrant (or the agent who made it) sees it: the 202 answer
 * to a request within the draw window, and each line of {@code GET /api/appointments/draws/mine}.
 *
 * @param id the entry's id (random; the draw ranks and publishes it)
 * @param status {@code ENTERED}, {@code WON} or {@code LOST}
 * @param drawAt when the draw is held (the end of the window)
 * @param bookingId the booking made when the entry won, else {@code null}
 * @param lostReason {@code NOT_DRAWN} or {@code INELIGIBLE} when it lost, else {@code null}
 */
public record DrawEntryView(
        String id,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String status,
        Instant drawAt,
        String bookingId,
        String lostReason) {

    public static DrawEntryView of(DrawGate.DrawTicket t) {
        return new DrawEntryView(
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
