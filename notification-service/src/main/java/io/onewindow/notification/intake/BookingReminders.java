package io.onewindow.notification.intake;

import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.intake.domain.DayBeforeReminder;
import io.onewindow.notification.intake.domain.NoticeTranslation;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;

/**
 * Reminds the people of tomorrow's bookings ({@link DayBeforeReminder}), once per booking and slot:
 * the reminder's source is {@code reminder:<bookingId>:<slotStart>}, so a second run (or another
 * instance) writes nothing new, and a booking moved to another day is reminded for its new slot.
 */
@UseCase
public class BookingReminders {

    private final BookingCalendar bookings;
    private final Inbox inbox;
    private final NoticeTranslation translation;
    private final DayBeforeReminder rule;
    private final Clock clock;

    BookingReminders(
            BookingCalendar bookings, Inbox inbox, NoticeTranslation translation, DayBeforeReminder rule, Clock clock) {
        this.bookings = bookings;
        this.inbox = inbox;
        this.translation = translation;
        this.rule = rule;
        this.clock = clock;
    }

    /** Writes the reminders due now; how many notices were written. */
    public int remind() {
        return rule.due(clock.instant())
                .map(window -> bookings.startingBetween(window.from(), window.to()).stream()
                        .mapToInt(b -> inbox.post(
                                        translation.reminder(
                                                b.id(), b.keys(), b.matterCode(), b.servicePointId(), b.slotStart()),
                                        "reminder:" + b.id() + ":" + b.slotStart())
                                .size())
                        .sum())
                .orElse(0);
    }
}
