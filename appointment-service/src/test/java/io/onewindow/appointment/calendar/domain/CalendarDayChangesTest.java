package io.onewindow.appointment.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.support.TestCalendars;
import io.onewindow.platform.calendar.HolidayLaw;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** What the made-up (test-only) official 2027 changes for the halls, seen on a fixed day. */
class CalendarDayChangesTest {

    static final Year Y2027 = Year.of(2027);
    static final WorkingCalendar AFTER = WorkingCalendar.officialChina().withEntries(Y2027, TestCalendars.madeUp2027());
    static final WorkingCalendar BEFORE = AFTER.asIfProvisional(Y2027);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 28);

    @Test
    void findsTheProvisionalWorkingDayNowOffAndTheWeekendNowWorked() {
        CalendarDayChanges changes = CalendarDayChanges.between(Y2027, BEFORE, AFTER, TODAY);
        assertThat(changes.daysOff()).containsExactly(TestCalendars.BRIDGING_DAY_OFF);
        assertThat(changes.workingDays()).containsExactly(TestCalendars.MAKE_UP_SATURDAY);
        assertThat(changes.holidayOf(TestCalendars.BRIDGING_DAY_OFF)).isEqualTo(HolidayLaw.NEW_YEAR);
        assertThat(changes.newWorkingDays().get(0).holiday()).isEqualTo(HolidayLaw.NEW_YEAR);
    }

    @Test
    void leavesPastDaysAlone() {
        CalendarDayChanges changes = CalendarDayChanges.between(Y2027, BEFORE, AFTER, LocalDate.of(2027, 1, 5));
        assertThat(changes.daysOff()).isEmpty();
        assertThat(changes.workingDays()).containsExactly(TestCalendars.MAKE_UP_SATURDAY);
        assertThat(CalendarDayChanges.between(Y2027, BEFORE, AFTER, LocalDate.of(2027, 1, 10))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void anOfficialYearEqualToTheHolidayLawChangesNothing() {
        WorkingCalendar lawOnly = WorkingCalendar.officialChina()
                .withEntries(Y2027, HolidayLaw.provisionalArrangement(Y2027).entries());
        assertThat(CalendarDayChanges.between(Y2027, lawOnly.asIfProvisional(Y2027), lawOnly, TODAY)
                        .isEmpty())
                .isTrue();
    }
}
