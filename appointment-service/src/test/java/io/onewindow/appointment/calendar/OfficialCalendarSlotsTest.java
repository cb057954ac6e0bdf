package io.onewindow.appointment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.onewindow.appointment.schedule.ScheduleDesk;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.TestCalendars;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.spring.DeadlineRecomputer.CalendarChange;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The recomputer on a fixed clock, with the (made-up, test-only) official 2027. */
class OfficialCalendarSlotsTest {

    static final Year Y2027 = Year.of(2027);
    static final WorkingCalendar AFTER = WorkingCalendar.officialChina().withEntries(Y2027, TestCalendars.madeUp2027());
    static final CalendarChange CHANGE = new CalendarChange(
            Y2027, AFTER.asIfProvisional(Y2027), AFTER, "official calendar 2027 published (TEST-ONLY)");

    final ServicePointDirectory points = mock(ServicePointDirectory.class);
    final ScheduleDesk schedules = mock(ScheduleDesk.class);

    OfficialCalendarSlots recomputerOn(LocalDateTime now) {
        when(points.ids()).thenReturn(List.of("hall-a", "hall-b"));
        return new OfficialCalendarSlots(points, schedules, new MutableClock(now));
    }

    @Test
    @SuppressWarnings("unchecked")
    void closesEachDayNowOffAtEveryPointAndTellsThePeopleWhy() {
        recomputerOn(LocalDateTime.of(2026, 12, 28, 9, 0)).recompute(CHANGE);
        ArgumentCaptor<Function<LocalDate, String>> detail = ArgumentCaptor.forClass(Function.class);
        for (String point : List.of("hall-a", "hall-b")) {
            verify(schedules)
                    .closeForCalendar(
                            eq(point),
                            eq(List.of(TestCalendars.BRIDGING_DAY_OFF)),
                            eq("official calendar 2027 published (TEST-ONLY)"),
                            detail.capture(),
                            eq(OfficialCalendarSlots.SYSTEM));
        }
        assertThat(detail.getValue().apply(TestCalendars.BRIDGING_DAY_OFF))
                .isEqualTo("official calendar 2027 published (TEST-ONLY): 2027-01-04 is a day off (New Year)");
    }

    @Test
    void leavesDaysAlreadyPastAlone() {
        recomputerOn(LocalDateTime.of(2027, 1, 5, 9, 0)).recompute(CHANGE);
        verify(schedules, never()).closeForCalendar(anyString(), anyList(), anyString(), any(), anyString());
    }
}
