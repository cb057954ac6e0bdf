package io.onewindow.supervision.support;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * MADE-UP TEST DATA, not the State Council's arrangement of 2027: an "official" 2027 whose only
 * entries are the days off 2027-01-01 (Fri) and 2027-01-04 (Mon) and the make-up working day
 * Saturday 2027-01-09. Against the provisional 2027 derived from the holiday law (only 01-01 off in
 * early January) it moves every count that passes 2027-01-04 but not 2027-01-09 by one working day:
 * 5 working days from Monday 2026-12-28 end on 2027-01-05 provisionally and on 2027-01-06 here; 10
 * from Monday 2026-12-21 on 2027-01-05 and 2027-01-06; 20 from 2026-12-21 on 2027-01-19 either way.
 */
public final class TestYear2027 {

    public static final Year YEAR = Year.of(2027);
    public static final String NOTICE = "TEST-NOTICE-2027 (made-up test data)";
    public static final String REASON = "official calendar 2027 published (" + NOTICE + ")";

    private TestYear2027() {}

    public static List<CalendarDay> entries() {
        return List.of(
                CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                CalendarDay.dayOff(LocalDate.of(2027, 1, 4), "New Year (test data)"),
                CalendarDay.makeUpWorkingDay(LocalDate.of(2027, 1, 9), "New Year (test data)"));
    }

    /** The shipped calendar: 2025–2026 official, 2027–2028 provisional. */
    public static WorkingCalendar provisional() {
        return WorkingCalendar.officialChina();
    }

    /** The shipped calendar with this test 2027 official. */
    public static WorkingCalendar official() {
        return WorkingCalendar.officialChina().withEntries(YEAR, entries());
    }

    /** The event approval-service publishes once two platform-admins confirmed the year. */
    public static CalendarYearPublished published(Instant at) {
        return new CalendarYearPublished(
                YEAR.getValue(), NOTICE, LocalDate.of(2026, 12, 15), entries(), "admin1", "admin2", at);
    }
}
