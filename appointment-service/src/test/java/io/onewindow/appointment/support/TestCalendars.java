package io.onewindow.appointment.support;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.HolidayLaw;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * A MADE-UP official arrangement of 2027, for tests only: NOT the State Council's notice (which
 * is not published as these tests are written). It is the holiday law's provisional 2027 plus a
 * bridging day off on Monday 2027-01-04 and Saturday 2027-01-09 worked to make up for it, so that
 * publishing it turns one provisional working day into a day off and one weekend into a working
 * day.
 */
public final class TestCalendars {

    /** Made-up: the bridging day off after New Year's Day (Friday 2027-01-01). */
    public static final LocalDate BRIDGING_DAY_OFF = LocalDate.of(2027, 1, 4);

    /** Made-up: the Saturday worked to make up for it. */
    public static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2027, 1, 9);

    /** A notice number that cannot be mistaken for a real one. */
    public static final String TEST_NOTICE = "TEST-ONLY 测试用虚构通知 2027";

    private TestCalendars() {}

    /** Every entry of the made-up official 2027. */
    public static List<CalendarDay> madeUp2027() {
        List<CalendarDay> days =
                new ArrayList<>(HolidayLaw.provisionalArrangement(Year.of(2027)).entries());
        days.add(CalendarDay.dayOff(BRIDGING_DAY_OFF, HolidayLaw.NEW_YEAR));
        days.add(CalendarDay.makeUpWorkingDay(MAKE_UP_SATURDAY, HolidayLaw.NEW_YEAR));
        return days;
    }

    /** The made-up 2027 as approval-service would publish it. */
    public static CalendarYearPublished madeUp2027Published(Instant at) {
        return new CalendarYearPublished(
                2027, TEST_NOTICE, LocalDate.of(2026, 12, 20), madeUp2027(), "test-admin-a", "test-admin-b", at);
    }
}
