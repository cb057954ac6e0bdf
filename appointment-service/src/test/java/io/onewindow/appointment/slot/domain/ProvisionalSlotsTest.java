package io.onewindow.appointment.slot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.support.TestCalendars;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slots in a year whose official holiday arrangement is not published yet (2027, seen from late
 * December 2026 on a fixed clock): planned from the holiday law and marked provisional; then the
 * (made-up, test-only) official 2027 replaces it.
 */
class ProvisionalSlotsTest {

    /** Monday 2026-12-28 09:00 in Guangzhou: the fixed "now" of these tests. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 28, 9, 0);

    /** As the service starts: 2025–2026 official, two years after them provisional. */
    static final WorkingCalendar PROVISIONAL = WorkingCalendar.officialChina();

    static final WorkingCalendar OFFICIAL_2027 = PROVISIONAL.withEntries(Year.of(2027), TestCalendars.madeUp2027());

    static final ServicePoint HALL = TestPoints.hallWithPlacesPerSlot("hall-1", 4);
    static final MatterOffer REGISTRATION =
            HALL.offer(TestPoints.BUSINESS_REGISTRATION).orElseThrow();

    static List<PlannedSlot> plan(WorkingCalendar calendar, LocalDate day) {
        return new SlotPlanner(calendar).plan(HALL, REGISTRATION, day, day);
    }

    @Test
    void plansNextYearsSlotsFromTheHolidayLawAndMarksThemProvisional() {
        assertThat(plan(PROVISIONAL, LocalDate.of(2026, 12, 31))).hasSize(19).noneMatch(PlannedSlot::provisional);
        assertThat(plan(PROVISIONAL, LocalDate.of(2027, 1, 4))).hasSize(19).allMatch(PlannedSlot::provisional);
        // New Year's Day is a statutory day off in any year; weekends have no slots.
        assertThat(plan(PROVISIONAL, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(plan(PROVISIONAL, TestCalendars.MAKE_UP_SATURDAY)).isEmpty();
        assertThat(new SlotPlanner(PROVISIONAL).slotAt(HALL, REGISTRATION, LocalDateTime.of(2027, 1, 4, 9, 0)))
                .hasValueSatisfying(slot -> assertThat(slot.provisional()).isTrue());
    }

    @Test
    void releasesTheFirstWorkingDaysOfAProvisionalYear() {
        ReleaseWindow release = new ReleaseWindow(PROVISIONAL, LocalTime.of(8, 0), 5);
        // Dec 29, 30, 31, (Jan 1 off), Jan 4, Jan 5.
        assertThat(release.lastReleasedDay(NOW)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(release.isReleased(LocalDateTime.of(2027, 1, 4, 9, 0), NOW)).isTrue();
        assertThat(release.releasedAt(LocalDate.of(2027, 1, 6))).isEqualTo(LocalDateTime.of(2026, 12, 29, 8, 0));
    }

    @Test
    void inEarlyDecemberNextYearsSlotsExistAndSayWhenTheyOpen() {
        // Wednesday 2026-12-02: January 2027 has slots (no longer "no-such-slot") but is not released yet.
        LocalDateTime early = LocalDateTime.of(2026, 12, 2, 10, 0);
        ReleaseWindow release = new ReleaseWindow(PROVISIONAL, LocalTime.of(8, 0), 5);
        assertThat(new SlotPlanner(PROVISIONAL).slotAt(HALL, REGISTRATION, LocalDateTime.of(2027, 1, 4, 9, 0)))
                .isPresent();
        assertThat(release.isReleased(LocalDateTime.of(2027, 1, 4, 9, 0), early))
                .isFalse();
        // Five working days before Monday 2027-01-04 (Jan 1 off): Dec 31, 30, 29, 28 and Friday Dec 25.
        assertThat(release.releasedAt(LocalDate.of(2027, 1, 4))).isEqualTo(LocalDateTime.of(2026, 12, 25, 8, 0));
    }

    @Test
    void theOfficialYearTakesADayOffAwayAndGivesAMakeUpSaturdayWeekdayHours() {
        assertThat(plan(OFFICIAL_2027, TestCalendars.BRIDGING_DAY_OFF)).isEmpty();
        List<PlannedSlot> saturday = plan(OFFICIAL_2027, TestCalendars.MAKE_UP_SATURDAY);
        // The hall has no Saturday hours: the make-up day is served under its Monday hours.
        assertThat(saturday)
                .hasSize(19)
                .noneMatch(PlannedSlot::provisional)
                .extracting(slot -> slot.start().toLocalTime())
                .startsWith(LocalTime.of(9, 0))
                .contains(LocalTime.of(13, 30));
        assertThat(plan(OFFICIAL_2027, LocalDate.of(2027, 1, 5))).hasSize(19).noneMatch(PlannedSlot::provisional);
        // The year after stays provisional.
        assertThat(plan(OFFICIAL_2027, LocalDate.of(2028, 1, 4))).allMatch(PlannedSlot::provisional);
        ReleaseWindow release = new ReleaseWindow(OFFICIAL_2027, LocalTime.of(8, 0), 5);
        // Dec 29, 30, 31, (Jan 1 and 4 off), Jan 5, Jan 6.
        assertThat(release.lastReleasedDay(NOW)).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void refusesADayPastTheProvisionalHorizonInsteadOfShowingItClosed() {
        assertThat(PROVISIONAL.provisionalHorizon()).contains(Year.of(2028));
        assertThatThrownBy(() -> plan(PROVISIONAL, LocalDate.of(2029, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .satisfies(e ->
                        assertThat(((CalendarNotCoveredException) e).horizon()).contains(Year.of(2028)));
    }

    @Test
    void releasesUpToTheHorizonWhenTheCountRunsPastIt() {
        // A calendar answering official years only: its horizon is 2026.
        WorkingCalendar officialOnly = WorkingCalendar.officialChina(0);
        ReleaseWindow release = new ReleaseWindow(officialOnly, LocalTime.of(8, 0), 5);
        assertThat(release.lastReleasedDay(NOW)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(release.isReleased(LocalDateTime.of(2026, 12, 31, 16, 0), NOW))
                .isTrue();
    }
}
