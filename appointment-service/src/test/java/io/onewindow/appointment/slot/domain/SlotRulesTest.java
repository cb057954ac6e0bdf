package io.onewindow.appointment.slot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRulesTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.officialChina();
    static final SlotPlanner PLANNER = new SlotPlanner(CALENDAR);
    static final ServicePoint HALL = TestPoints.hallWithPlacesPerSlot("hall-1", 4);
    static final MatterOffer REGISTRATION =
            HALL.offer(TestPoints.BUSINESS_REGISTRATION).orElseThrow();
    static final ReleaseWindow RELEASE = new ReleaseWindow(CALENDAR, LocalTime.of(8, 0), 5);

    @Test
    void cutsOpeningHoursIntoSlotsOfTheMattersVisitLength() {
        List<PlannedSlot> slots =
                PLANNER.plan(HALL, REGISTRATION, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
        // 09:00-12:00 = 9 slots of 20 minutes, 13:30-17:00 = 10 slots (10 * 20 = 200 <= 210)
        assertThat(slots).hasSize(19);
        assertThat(slots.get(0).start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(slots.get(9).start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 13, 30));
        assertThat(slots).allMatch(s -> s.capacity() == 4);
    }

    @Test
    void isClosedOnPublicHolidays() {
        assertThat(PLANNER.plan(HALL, REGISTRATION, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)))
                .isEmpty();
    }

    @Test
    void isOpenOnMakeUpWorkingDaysWithWeekdayHours() {
        // 2026-10-10 is a Saturday made a working day (调休)
        assertThat(PLANNER.plan(HALL, REGISTRATION, LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)))
                .hasSize(19);
        assertThat(PLANNER.plan(HALL, REGISTRATION, LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 17)))
                .isEmpty();
    }

    @Test
    void isClosedOnADayTheAdminClosed() {
        ServicePoint closed = HALL.closedOn(LocalDate.of(2026, 12, 1));
        assertThat(PLANNER.plan(closed, REGISTRATION, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
                .isEmpty();
    }

    @Test
    void plansADayAsOpenWhateverTheCalendarAndTheClosuresSay() {
        // What an instance that has not learnt of a closure or an official day off may still offer.
        ServicePoint closed = HALL.closedOn(LocalDate.of(2026, 12, 1));
        assertThat(PLANNER.planAsOpen(closed, REGISTRATION, LocalDate.of(2026, 12, 1)))
                .isEqualTo(PLANNER.plan(HALL, REGISTRATION, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
        // National Day (a holiday) and an ordinary Saturday (Monday's hours, as a make-up day has).
        assertThat(PLANNER.planAsOpen(HALL, REGISTRATION, LocalDate.of(2026, 10, 1)))
                .hasSize(19);
        assertThat(PLANNER.planAsOpen(HALL, REGISTRATION, LocalDate.of(2026, 10, 17)))
                .hasSize(19)
                .allMatch(slot -> slot.day().equals(LocalDate.of(2026, 10, 17)));
    }

    @Test
    void hasNoSlotOutsideTheGrid() {
        assertThat(PLANNER.slotAt(HALL, REGISTRATION, LocalDateTime.of(2026, 12, 1, 9, 10)))
                .isEmpty();
        assertThat(PLANNER.slotAt(HALL, REGISTRATION, LocalDateTime.of(2026, 12, 1, 9, 20)))
                .isPresent();
    }

    @Test
    void releasesTheNextFiveWorkingDaysAtEightOnAWorkingDay() {
        // Tuesday 2026-12-01 08:00: released up to Tuesday 2026-12-08
        assertThat(RELEASE.lastReleasedDay(LocalDateTime.of(2026, 12, 1, 8, 0))).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(RELEASE.isReleased(LocalDateTime.of(2026, 12, 8, 16, 0), LocalDateTime.of(2026, 12, 1, 8, 0)))
                .isTrue();
        assertThat(RELEASE.isReleased(LocalDateTime.of(2026, 12, 9, 9, 0), LocalDateTime.of(2026, 12, 1, 8, 0)))
                .isFalse();
    }

    @Test
    void showsSlotsAsNotYetReleasedBeforeEight() {
        // Before 08:00 on Tuesday the Monday release holds: up to Monday 2026-12-07
        assertThat(RELEASE.lastReleasedDay(LocalDateTime.of(2026, 12, 1, 7, 59)))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(RELEASE.releasedAt(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
    }

    @Test
    void releasesNothingNewOnWeekendsAndHolidays() {
        // Saturday 2026-12-05: the Friday release holds, up to Friday 2026-12-11
        assertThat(RELEASE.lastReleasedDay(LocalDateTime.of(2026, 12, 5, 10, 0)))
                .isEqualTo(LocalDate.of(2026, 12, 11));
        // National Day 2026-10-02: the release of Wednesday 2026-09-30 holds (5 working days: to 10-13)
        assertThat(RELEASE.lastReleasedDay(LocalDateTime.of(2026, 10, 2, 10, 0)))
                .isEqualTo(LocalDate.of(2026, 10, 13));
    }
}
