package io.onewindow.appointment.calendar;

import io.onewindow.appointment.calendar.domain.CalendarDayChanges;
import io.onewindow.appointment.schedule.ScheduleDesk;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The slots' side of an official calendar year replacing the provisional one (called by the
 * platform's {@code OfficialYearAdoption}, once per year, again after a crash):
 *
 * <ul>
 *   <li>a day that was a working day provisionally and is a day off officially is closed at every
 *       service point, and each booking on it is cancelled ({@code Cancelled}, reason
 *       {@code SCHEDULE_CHANGED}, detail e.g. {@code official calendar 2027 published (…):
 *       2027-01-04 is a day off (New Year)}), with one {@code ScheduleChanged} ({@code DAY_CLOSED})
 *       per point, as when an admin closes a day;
 *   <li>a day that is a working day officially and was not (a weekend worked, 调休) needs nothing
 *       done: slots are computed from the calendar, so it has slots under the point's weekday
 *       hours as soon as the calendar counts the year officially;
 *   <li>every other slot of the year simply stops being provisional.
 * </ul>
 *
 * Idempotent: a day closed already is not announced again, a booking cancelled already is not
 * cancelled again ({@link ScheduleDesk#closeForCalendar}). Past days are left alone.
 */
@Component
class OfficialCalendarSlots implements DeadlineRecomputer {

    /** Who closed the days and cancelled the bookings, in the events. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendarSlots.class);

    private final ServicePointDirectory points;
    private final ScheduleDesk schedules;
    private final Clock clock;

    OfficialCalendarSlots(ServicePointDirectory points, ScheduleDesk schedules, Clock clock) {
        this.points = points;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public void recompute(CalendarChange change) {
        CalendarDayChanges days =
                CalendarDayChanges.between(change.year(), change.before(), change.after(), LocalDate.now(clock));
        if (!days.newWorkingDays().isEmpty()) {
            log.info(
                    "{}: {} now working day(s) with slots under the halls' weekday hours: {}",
                    change.reason(),
                    days.newWorkingDays().size(),
                    days.workingDays());
        }
        if (days.newDaysOff().isEmpty()) {
            return;
        }
        int cancelled = 0;
        int pointCount = 0;
        for (String point : points.ids()) {
            cancelled += schedules.closeForCalendar(
                    point,
                    days.daysOff(),
                    change.reason(),
                    day -> detail(change.reason(), day, days.holidayOf(day)),
                    SYSTEM);
            pointCount++;
        }
        log.info(
                "{}: {} day(s) now off closed at {} service point(s), {} booking(s) cancelled: {}",
                change.reason(),
                days.newDaysOff().size(),
                pointCount,
                cancelled,
                days.daysOff());
    }

    /** What the person whose booking is cancelled reads. */
    static String detail(String reason, LocalDate day, String holiday) {
        return reason + ": " + day + " is a day off (" + holiday + ")";
    }
}
