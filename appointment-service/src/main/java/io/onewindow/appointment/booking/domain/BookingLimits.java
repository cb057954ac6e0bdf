package io.onewindow.appointment.booking.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The anti-scalping limits per person (docs/appointment-service.md, "Rules"), each a setting; the
 * no-show ban is the {@link NoShowRule}'s.
 *
 * @param perDay bookings per day
 * @param perWeek bookings per ISO week
 * @param perMonth bookings per calendar month
 * @param activePerMatter active bookings per matter
 * @param cancelNotice cancelling or rescheduling is allowed until this long before the slot
 * @param noShowGrace a booking not checked in by slot end plus this is a no-show
 */
public record BookingLimits(
        int perDay, int perWeek, int perMonth, int activePerMatter, Duration cancelNotice, Duration noShowGrace) {

    public BookingLimits {
        if (perDay < 1 || perWeek < perDay || perMonth < perWeek || activePerMatter < 1) {
            throw new IllegalArgumentException("limits must be positive and per day <= per week <= per month");
        }
        Objects.requireNonNull(cancelNotice, "cancelNotice");
        Objects.requireNonNull(noShowGrace, "noShowGrace");
    }
}
