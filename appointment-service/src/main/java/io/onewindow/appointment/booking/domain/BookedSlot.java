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
 * @param releasedAt when the day was released for booking, or {@code null} when unknown (said in
 *     {@code Booked}, for how fast a released day fills)
 * @param dayPlaces the places the matter offers at the point that day, or {@code null} when unknown
 * @param dayPlacesLeft of them, those left once this place was taken, or {@code null} when unknown
 */
public record BookedSlot(
        String slotId,
        LocalDate day,
        Instant start,
        Instant end,
        boolean provisional,
        Instant releasedAt,
        Integer dayPlaces,
        Integer dayPlacesLeft) {

    /** A slot held without knowing how full its day is (a move, a test). */
    public BookedSlot(String slotId, LocalDate day, Instant start, Instant end, boolean provisional) {
        this(slotId, day, start, end, provisional, null, null, null);
    }

    public BookedSlot {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
