package io.onewindow.notification.intake;

import io.onewindow.notification.inbox.Inbox;
import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.notification.intake.domain.DayBeforeReminder;
import io.onewindow.notification.intake.domain.NoticeTranslation;
import io.onewindow.notification.templates.TemplateRendering;
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
    private final TemplateRendering rendering;

    BookingReminders(
            BookingCalendar bookings,
            Inbox inbox,
            NoticeTranslation translation,
            DayBeforeReminder rule,
            Clock clock,
            TemplateRendering rendering) {
        this.rendering = rendering;
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
                        .mapToInt(b -> remind(
                                translation.reminder(
                                        b.id(), b.keys(), b.matterCode(), b.servicePointId(), b.slotStart()),
                                "reminder:" + b.id() + ":" + b.slotStart()))
                        .sum())
                .orElse(0);
    }

    // written from the kind's published template; a text that would have a hole is not written
    private int remind(NoticeDraft draft, String source) {
        return rendering
                .render(draft, source)
                .map(written -> inbox.post(written, source).size())
                .orElse(0);
    }
}
