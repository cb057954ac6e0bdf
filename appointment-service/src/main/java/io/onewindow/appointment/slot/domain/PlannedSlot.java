package io.onewindow.appointment.slot.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A slot the opening hours produce: where, for what, when, and how many places.
 *
 * @param servicePointId the service point
 * @param matterCode the matter
 * @param start local start time at the service point
 * @param end local end time
 * @param capacity places in the slot
 * @param provisional whether the slot's day lies in a calendar year answered only provisionally
 *     from the holiday law (临时推算): the day may still turn out to be a day off when the year's
 *     official arrangement is published, and its bookings are then cancelled
 */
public record PlannedSlot(
        String servicePointId,
        String matterCode,
        LocalDateTime start,
        LocalDateTime end,
        int capacity,
        boolean provisional) {

    public PlannedSlot {
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(matterCode, "matterCode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The slot's natural id: the same slot always gets the same id, on every instance. */
    public String id() {
        return idOf(servicePointId, matterCode, start);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    public static String idOf(String servicePointId, String matterCode, LocalDateTime start) {
        return servicePointId + "|" + matterCode + "|" + start;
    }
}
