package io.onewindow.notification.intake;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code reminder-check-interval}, the reminders of tomorrow's bookings; once across instances (ShedLock). */
@Component
class BookingReminderJob {

    private static final Logger log = LoggerFactory.getLogger(BookingReminderJob.class);

    private final BookingReminders reminders;

    BookingReminderJob(BookingReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelayString = "#{@reminderCheckInterval.toMillis()}",
            initialDelayString = "#{@reminderCheckInterval.toMillis()}")
    @SchedulerLock(name = "notification-booking-reminders", lockAtMostFor = "PT10M")
    void remind() {
        int written = reminders.remind();
        if (written > 0) {
            log.info("Booking reminders: {} notice(s) written", written);
        }
    }
}
