package io.onewindow.appointment.booking.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The anti-scalping limits per person (docs/appointment-service.md, "Rules"), each a setting.
 *
 * @param perDay bookings per day
 * @param perWeek bookings per ISO week
 * @param perMonth bookings per calendar month
 * @param activePerMatter active bookings per matter
 * @param cancelNotice cancelling or rescheduling is allowed until this long before the slot
 * @param noShowGrace a booking not checked in by slot end plus this is a no-show
 * @param noShowsForBan no-shows within {@code noShowWindow} that lead to a ban
 * @param noShowWindow the window no-shows are counted in
 * @param banLength how long a ban lasts
 */
public record BookingLimits(
        int perDay,
        int perWeek,
        int perMonth,
        int activePerMatter,
        Duration cancelNotice,
        Duration noShowGrace,
        int noShowsForBan,
        Duration noShowWindow,
        Duration banLength) {

    public BookingLimits {
        if (perDay < 1 || perWeek < perDay || perMonth < perWeek || activePerMatter < 1 || noShowsForBan < 1) {
            throw new IllegalArgumentException("limits must be positive and per day <= per week <= per month");
        }
        Objects.requireNonNull(cancelNotice, "cancelNotice");
        Objects.requireNonNull(noShowGrace, "noShowGrace");
        Objects.requireNonNull(noShowWindow, "noShowWindow");
        Objects.requireNonNull(banLength, "banLength");
    }

    /** The defaults listed in docs/appointment-service.md, "Rules". */
    public static BookingLimits defaults() {
        return new BookingLimits(
                1, 2, 6, 1, Duration.ofHours(2), Duration.ofMinutes(15), 2, Duration.ofDays(30), Duration.ofDays(90));
    }
}
