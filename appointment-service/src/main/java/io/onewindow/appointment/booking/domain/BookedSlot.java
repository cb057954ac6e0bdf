package io.onewindow.appointment.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The slot a booking holds, as the booking keeps it.
 *
 * @param slotId the slot's natural id (its place counter)
 * @param day the slot's local day
 * @param start when the slot starts
 * @param end when the slot ends
 * @param provisional whether the day lies in a calendar year answered only provisionally (said in
 *     the events)
 */
public record BookedSlot(String slotId, LocalDate day, Instant start, Instant end, boolean provisional) {

    public BookedSlot {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
