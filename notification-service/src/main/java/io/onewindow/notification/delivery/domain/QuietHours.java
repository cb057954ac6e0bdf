package io.onewindow.notification.delivery.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A person's quiet hours, district local time: from {@code start} (included) to {@code end}
 * (excluded); across midnight when the end is before the start (22:00–07:00). An SMS or WeChat
 * message due inside them waits until their end.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new InvalidValueException(
                    "preferences.quiet-hours", "quietHours", "quiet hours must not start and end at the same time");
        }
    }

    /** Whether {@code at} falls inside the quiet hours. */
    public boolean contains(Instant at, ZoneId zone) {
        LocalTime time = at.atZone(zone).toLocalTime();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code at} itself outside the quiet hours, else the end of the quiet hours it falls in. */
    public Instant release(Instant at, ZoneId zone) {
        if (!contains(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!start.isBefore(end) && !local.toLocalTime().isBefore(start)) {
            day = day.plusDays(1); // after the start of quiet hours that run past midnight: their end is tomorrow
        }
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
