package io.onewindow.platform.calendar;

import static io.onewindow.platform.calendar.CalendarDay.dayOff;
import static io.onewindow.platform.calendar.CalendarDay.makeUpWorkingDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.officialChina();

    @Test
    void theShippedCalendarCovers2025And2026() {
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2025), Year.of(2026));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-02-13, 5, 2026-02-27",
        "2026-02-13, 20, 2026-03-19",
        "2026-09-18, 20, 2026-10-22",
    })
    void addsWorkingDaysAsInTheDomainWorkedExamples(LocalDate accepted, int limit, LocalDate deadline) {
        assertThat(calendar.addWorkingDays(accepted, limit)).isEqualTo(deadline);
        assertThat(calendar.addWorkingDays(accepted, WorkingDays.of(limit))).isEqualTo(deadline);
        assertThat(calendar.workingDaysBetween(accepted, deadline)).isEqualTo(WorkingDays.of(limit));
    }

    @Test
    void aCaseAcceptedJustBeforeSpringFestivalCountsTheMakeUpDaysAndSkipsTheHoliday() {
        // 2025-01-26 (Sunday) is worked, 01-28 … 02-04 are off.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
        // 2026-02-14 (Saturday) is worked, 02-15 … 02-23 are off.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 20)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void eachCoveredYearHas248WorkingDays(int year) {
        LocalDate lastDayOfPreviousYear = LocalDate.of(year - 1, 12, 31);
        LocalDate lastDay = LocalDate.of(year, 12, 31);

        assertThat(calendar.workingDaysBetween(lastDayOfPreviousYear, lastDay)).isEqualTo(WorkingDays.of(248));
        long counted = lastDayOfPreviousYear
                .plusDays(1)
                .datesUntil(lastDay.plusDays(1))
                .filter(calendar::isWorkingDay)
                .count();
        assertThat(counted).isEqualTo(248);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-26",
                "2025-02-08",
                "2025-04-27",
                "2025-09-28",
                "2025-10-11",
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10"
            })
    void makeUpDaysAreWorkedAlthoughTheyFallOnAWeekend(LocalDate day) {
        assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @Test
    void namedMakeUpDaysFallOnTheRightWeekday() {
        assertThat(LocalDate.of(2026, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(LocalDate.of(2026, 2, 14).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-05", "2025-06-02",
                "2025-10-01", "2025-10-08", "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-23",
                "2026-04-06", "2026-05-01", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01",
                "2026-10-07"
            })
    void holidaysAreOffEvenOnWeekdays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @Test
    void ordinaryWeeksFollowTheMondayToFridayRule() {
        LocalDate monday = LocalDate.of(2026, 3, 9);

        assertThat(monday.datesUntil(monday.plusDays(7)).map(calendar::isWorkingDay))
                .containsExactly(true, true, true, true, true, false, false);
    }

    @Test
    void everyHolidayFromTheDomainTableIsShippedWithItsName() {
        List<CalendarDay> entries = calendar.entries();

        assertThat(entries).filteredOn(d -> d.kind() == DayKind.DAY_OFF).hasSize(28 + 33);
        assertThat(entries)
                .filteredOn(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY)
                .hasSize(5 + 6);
        assertThat(entries).contains(dayOff(LocalDate.of(2026, 2, 15), "Spring Festival"));
        assertThat(entries).contains(makeUpWorkingDay(LocalDate.of(2026, 1, 4), "New Year"));
        assertThat(entries).contains(dayOff(LocalDate.of(2025, 10, 6), "National Day + Mid-Autumn"));
    }

    @Test
    void nextWorkingDayIsStrictlyAfterTheDate() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 1, 3))).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void addingZeroWorkingDaysLeavesTheStart() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)))
                .isEqualTo(WorkingDays.ZERO);
    }

    @Test
    void refusesNegativeCountsAndReversedRanges() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 9), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // A calendar without provisional years (officialChina(0)) answers only its official years.
    private final WorkingCalendar strict = WorkingCalendar.officialChina(0);

    @Test
    void refusesDatesInAYearItDoesNotCover() {
        assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2027")
                .satisfies(e -> {
                    CalendarNotCoveredException notCovered = (CalendarNotCoveredException) e;
                    assertThat(notCovered.date()).isEqualTo(LocalDate.of(2027, 1, 4));
                    assertThat(notCovered.coveredYears()).containsExactlyInAnyOrder(Year.of(2025), Year.of(2026));
                });
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void refusesADeadlineThatRunsIntoAnUncoveredYear() {
        assertThatThrownBy(() -> strict.addWorkingDays(LocalDate.of(2026, 12, 18), 20))
                .isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 10)))
                .isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> strict.nextWorkingDay(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void aStartDayOutsideTheCoveredYearsIsFineBecauseItDoesNotCount() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
        LocalDate lastStart = LocalDate.of(2026, 10, 31);
        for (LocalDate start = LocalDate.of(2024, 12, 31); !start.isAfter(lastStart); start = start.plusDays(1)) {
            for (int n = 0; n <= 40; n++) {
                LocalDate deadline = calendar.addWorkingDays(start, n);

                assertThat(calendar.workingDaysBetween(start, deadline))
                        .as("%s + %d working days = %s", start, n, deadline)
                        .isEqualTo(WorkingDays.of(n));
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(deadline))
                            .as("deadline %s", deadline)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void addWorkingDaysReachesTheLastWorkingDayOnOrBeforeAnyDate() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (LocalDate to = start; to.isBefore(LocalDate.of(2026, 12, 31)); to = to.plusDays(1)) {
            LocalDate reached = calendar.addWorkingDays(start, calendar.workingDaysBetween(start, to));

            assertThat(reached).isBeforeOrEqualTo(to);
            assertThat(calendar.workingDaysBetween(reached, to)).isEqualTo(WorkingDays.ZERO);
        }
    }

    @Test
    void anotherYearIsAddedAsDataWithoutChangingTheOriginal() {
        WorkingCalendar extended =
                calendar.withEntries(Year.of(2027), List.of(dayOff(LocalDate.of(2027, 1, 1), "New Year")));

        assertThat(extended.coveredYears()).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027));
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(extended.addWorkingDays(LocalDate.of(2026, 12, 18), 20)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(calendar.coveredYears()).doesNotContain(Year.of(2027));
        assertThat(WorkingCalendar.officialChina().coveredYears()).doesNotContain(Year.of(2027));
    }

    @Test
    void aLaterArrangementMayReachBackIntoACoveredYear() {
        // As the 2012 New Year arrangement made 2011-12-31 a working day.
        WorkingCalendar extended =
                calendar.withEntries(Year.of(2027), List.of(makeUpWorkingDay(LocalDate.of(2026, 12, 26), "New Year")));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 12, 26))).isTrue();
    }

    @Test
    void anEntryForAYearNotDeclaredCoveredDoesNotMakeThatYearCovered() {
        WorkingCalendar calendar = WorkingCalendar.builder()
                .cover(2012)
                .add(makeUpWorkingDay(LocalDate.of(2011, 12, 31), "New Year"))
                .build();

        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2011, 12, 30)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void refusesEntriesThatContradictEachOther() {
        assertThatThrownBy(() ->
                        calendar.withEntries(Year.of(2027), List.of(dayOff(LocalDate.of(2026, 1, 4), "Something"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-04");
    }

    @Test
    void addingTheSameEntriesAgainChangesNothing() {
        WorkingCalendar again = calendar.withEntries(Year.of(2026), calendar.entries());

        assertThat(again.entries()).isEqualTo(calendar.entries());
        assertThat(again.coveredYears()).isEqualTo(calendar.coveredYears());
    }

    @Test
    void aCalendarMustCoverSomething() {
        assertThatThrownBy(() -> WorkingCalendar.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameShippedInstanceIsReturnedEachTime() {
        assertThat(WorkingCalendar.officialChina()).isSameAs(calendar);
    }
}
