package io.onewindow.notification.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The reminder the day before a booking: on the district's day before the slot, from {@code from}
 * (a time of day) on, every booking of the next day is reminded once. A booking made on its own day,
 * or after the day before has ended, gets no reminder.
 *
 * @param from the time of day from which the reminders of the next day go out
 * @param zone the district's zone
 */
public record DayBeforeReminder(LocalTime from, ZoneId zone) {

    public DayBeforeReminder {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(zone, "zone");
    }

    /** The slot starts to remind at {@code now}: [start of tomorrow, start of the day after), or none before {@code from}. */
    public Optional<Window> due(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (local.toLocalTime().isBefore(from)) {
            return Optional.empty();
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        return Optional.of(new Window(
                tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Slot starts from {@code from} (inclusive) to {@code to} (exclusive). */
    public record Window(Instant from, Instant to) {}
}
