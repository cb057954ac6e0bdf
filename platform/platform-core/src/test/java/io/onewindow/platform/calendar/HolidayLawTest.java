package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayLawTest {

    private static final WorkingCalendar OFFICIAL = WorkingCalendar.officialChina(0);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void derivesTheLunarAndSolarTermDaysOfKnownYears() {
        var y2025 = HolidayLaw.statutoryDays(Year.of(2025));
        assertThat(y2025.get(HolidayLaw.SPRING_FESTIVAL))
                .containsExactly(d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30), d(2025, 1, 31));
        assertThat(y2025.get(HolidayLaw.QINGMING)).containsExactly(d(2025, 4, 4));
        assertThat(y2025.get(HolidayLaw.DRAGON_BOAT)).containsExactly(d(2025, 5, 31));
        assertThat(y2025.get(HolidayLaw.MID_AUTUMN)).containsExactly(d(2025, 10, 6));

        var y2026 = HolidayLaw.statutoryDays(Year.of(2026));
        assertThat(y2026.get(HolidayLaw.SPRING_FESTIVAL))
                .containsExactly(d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19));
        assertThat(y2026.get(HolidayLaw.QINGMING)).containsExactly(d(2026, 4, 5));
        assertThat(y2026.get(HolidayLaw.DRAGON_BOAT)).containsExactly(d(2026, 6, 19));
        assertThat(y2026.get(HolidayLaw.MID_AUTUMN)).containsExactly(d(2026, 9, 25));

        var y2027 = HolidayLaw.statutoryDays(Year.of(2027));
        assertThat(y2027.get(HolidayLaw.SPRING_FESTIVAL))
                .containsExactly(d(2027, 2, 5), d(2027, 2, 6), d(2027, 2, 7), d(2027, 2, 8));
        assertThat(y2027.get(HolidayLaw.QINGMING)).containsExactly(d(2027, 4, 5));
        assertThat(y2027.get(HolidayLaw.DRAGON_BOAT)).containsExactly(d(2027, 6, 9));
        assertThat(y2027.get(HolidayLaw.MID_AUTUMN)).containsExactly(d(2027, 9, 15));
    }

    @Test
    void makesUpAStatutoryDayOnAWeekendOnTheNextWeekdayAfterItsHoliday() {
        // 2025: the Dragon Boat Festival falls on Saturday 31 May; Monday 2 June is off instead.
        YearArrangement y2025 = HolidayLaw.provisionalArrangement(Year.of(2025));
        assertThat(y2025.daysOff()).contains(d(2025, 5, 31), d(2025, 6, 2)).doesNotContain(d(2025, 6, 3));
        assertThat(y2025.entryOn(d(2025, 6, 2)).holiday()).isEqualTo("Dragon Boat" + HolidayLaw.MAKE_UP_SUFFIX);
        // 2028: New Year's Day is a Saturday; Monday 3 January is off instead.
        assertThat(d(2028, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(HolidayLaw.provisionalArrangement(Year.of(2028)).daysOff())
                .contains(d(2028, 1, 1), d(2028, 1, 3))
                .doesNotContain(d(2028, 1, 4));
    }

    @Test
    void makesUpBothDaysWhenTwoStatutoryDaysCoincide() {
        // 2028: the Mid-Autumn Festival is 3 October, already a National Day; 1 October is a
        // Sunday. Two days are made up after the holidays: Wednesday 4 and Thursday 5 October.
        var days = HolidayLaw.statutoryDays(Year.of(2028));
        assertThat(days.get(HolidayLaw.MID_AUTUMN)).containsExactly(d(2028, 10, 3));
        assertThat(d(2028, 10, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        List<LocalDate> october = HolidayLaw.provisionalArrangement(Year.of(2028)).daysOff().stream()
                .filter(day -> day.getMonthValue() == 10)
                .toList();

        assertThat(october)
                .containsExactly(d(2028, 10, 1), d(2028, 10, 2), d(2028, 10, 3), d(2028, 10, 4), d(2028, 10, 5));
    }

    @Test
    void inventsNoSwappedWorkingWeekend() {
        for (int year = 2025; year <= 2035; year++) {
            assertThat(HolidayLaw.provisionalArrangement(Year.of(year)).makeUpWorkingDays())
                    .as("%s", year)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void provisionalKnownYearsHave248WorkingDaysLikeTheirNotices(int year) {
        WorkingCalendar provisional = provisionalOnly(year);
        assertThat(workingDays(provisional, year)).isEqualTo(248);
        assertThat(workingDays(OFFICIAL, year)).isEqualTo(248);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void differsFromTheNoticeOnlyBySwappedWeekendsAndBridgingDays(int year) {
        WorkingCalendar provisional = provisionalOnly(year);
        List<String> differences = new ArrayList<>();
        for (LocalDate day = d(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean official = OFFICIAL.isWorkingDay(day);
            boolean derived = provisional.isWorkingDay(day);
            if (official == derived) {
                continue;
            }
            differences.add(day + (official ? " worked" : " off"));
            if (official) {
                // Only a notice makes a weekend a working day (a swapped weekend).
                assertThat(CalendarDay.isWeekend(day))
                        .as(day + " worked officially")
                        .isTrue();
            } else {
                // A day the notice adds off is a weekday bridging into a holiday block: a day next
                // to it, in either direction, is off officially too.
                assertThat(CalendarDay.isWeekend(day))
                        .as(day + " off officially")
                        .isFalse();
                assertThat(!OFFICIAL.isWorkingDay(day.minusDays(1)) || !OFFICIAL.isWorkingDay(day.plusDays(1)))
                        .as(day + " bridges a holiday")
                        .isTrue();
            }
            LocalDate listed = day;
            assertThat(OFFICIAL.entries().stream().anyMatch(e -> e.date().equals(listed)))
                    .as(day + " is in the notice")
                    .isTrue();
        }
        // Every statutory day off the law derives is off in the notice too.
        for (LocalDate off : HolidayLaw.provisionalArrangement(Year.of(year)).daysOff()) {
            assertThat(OFFICIAL.isWorkingDay(off)).as(off + " off by law").isFalse();
        }
        assertThat(differences).as("the notice moves some days").isNotEmpty();
    }

    @Test
    void refusesYearsOutsideTheLunarDataChecked() {
        assertThatThrownBy(() -> HolidayLaw.provisionalArrangement(Year.of(2100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WorkingCalendar provisionalOnly(int year) {
        YearArrangement derived = HolidayLaw.provisionalArrangement(Year.of(year));
        return WorkingCalendar.builder().cover(year).addAll(derived.entries()).build();
    }

    private static int workingDays(WorkingCalendar calendar, int year) {
        return calendar.workingDaysBetween(d(year - 1, 12, 31), d(year, 12, 31)).value();
    }
}
