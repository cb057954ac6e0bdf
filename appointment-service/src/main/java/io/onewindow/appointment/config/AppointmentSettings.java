package io.onewindow.appointment.config;

import io.onewindow.appointment.booking.domain.BookingLimits;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The appointment rules (docs/appointment-service.md, "Rules") as settings under {@code onewindow.appointment.*}; each
 * default is the documented rule, each can be overridden by an environment variable
 * (e.g. {@code ONEWINDOW_APPOINTMENT_BOOKINGS_PER_DAY}).
 *
 * @param releaseTime local time at which slots are released on working days
 * @param releaseWorkingDays how many working days ahead are released
 * @param bookingsPerDay bookings per person and day
 * @param bookingsPerWeek bookings per person and ISO week
 * @param bookingsPerMonth bookings per person and month
 * @param activeBookingsPerMatter active bookings per person and matter
 * @param cancelNotice cancel or reschedule until this long before the slot
 * @param noShowGrace a booking not checked in by slot end plus this is a no-show
 * @param noShowsForBan no-shows within the window that ban
 * @param noShowWindow the window no-shows are counted in
 * @param banLength how long a ban lasts
 * @param noShowSweepInterval how often the no-show sweep runs
 * @param queueRecentServices how many recent services the estimated wait averages over
 */
@ConfigurationProperties("onewindow.appointment")
public record AppointmentSettings(
        LocalTime releaseTime,
        Integer releaseWorkingDays,
        Integer bookingsPerDay,
        Integer bookingsPerWeek,
        Integer bookingsPerMonth,
        Integer activeBookingsPerMatter,
        Duration cancelNotice,
        Duration noShowGrace,
        Integer noShowsForBan,
        Duration noShowWindow,
        Duration banLength,
        Duration noShowSweepInterval,
        Integer queueRecentServices) {

    public AppointmentSettings {
        BookingLimits d = BookingLimits.defaults();
        releaseTime = releaseTime == null ? LocalTime.of(8, 0) : releaseTime;
        releaseWorkingDays = releaseWorkingDays == null ? 5 : releaseWorkingDays;
        bookingsPerDay = bookingsPerDay == null ? d.perDay() : bookingsPerDay;
        bookingsPerWeek = bookingsPerWeek == null ? d.perWeek() : bookingsPerWeek;
        bookingsPerMonth = bookingsPerMonth == null ? d.perMonth() : bookingsPerMonth;
        activeBookingsPerMatter = activeBookingsPerMatter == null ? d.activePerMatter() : activeBookingsPerMatter;
        cancelNotice = cancelNotice == null ? d.cancelNotice() : cancelNotice;
        noShowGrace = noShowGrace == null ? d.noShowGrace() : noShowGrace;
        noShowsForBan = noShowsForBan == null ? d.noShowsForBan() : noShowsForBan;
        noShowWindow = noShowWindow == null ? d.noShowWindow() : noShowWindow;
        banLength = banLength == null ? d.banLength() : banLength;
        noShowSweepInterval = noShowSweepInterval == null ? Duration.ofMinutes(5) : noShowSweepInterval;
        queueRecentServices = queueRecentServices == null ? 10 : queueRecentServices;
    }

    public BookingLimits limits() {
        return new BookingLimits(
                bookingsPerDay,
                bookingsPerWeek,
                bookingsPerMonth,
                activeBookingsPerMatter,
                cancelNotice,
                noShowGrace,
                noShowsForBan,
                noShowWindow,
                banLength);
    }
}
