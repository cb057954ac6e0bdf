package io.onewindow.approval.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.DayKind;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.InvalidValueException.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialYearCheckTest {

    private static final YearArrangement OFFICIAL_2026 =
            YearArrangement.of(WorkingCalendar.officialChina(), Year.of(2026));

    private static List<OfficialYearCheck.Day> days(DayKind kind) {
        return OFFICIAL_2026.entries().stream()
                .filter(d -> d.kind() == kind)
                .map(d -> new OfficialYearCheck.Day(d.date(), d.holiday()))
                .toList();
    }

    private static List<Violation> violations(Runnable check) {
        List<Violation> found = new ArrayList<>();
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("calendar.invalid-year");
            found.addAll(e.violations());
        });
        return found;
    }

    @Test
    void acceptsTheShipped2026NoticeAsEntered() {
        YearArrangement checked = OfficialYearCheck.check(
                2026,
                "国办发明电〔2025〕7号",
                LocalDate.of(2025, 11, 4),
                days(DayKind.DAY_OFF),
                days(DayKind.MAKE_UP_WORKING_DAY));

        assertThat(checked.sameDaysAs(OFFICIAL_2026)).isTrue();
    }

    @Test
    void listsEveryErrorAtOnceWithTheFieldItConcerns() {
        List<OfficialYearCheck.Day> off = new ArrayList<>(days(DayKind.DAY_OFF));
        // No Spring Festival eve: a statutory day off left out.
        off.removeIf(d -> d.date().equals(LocalDate.of(2026, 2, 16)));
        off.add(new OfficialYearCheck.Day(LocalDate.of(2027, 1, 1), "New Year")); // outside the year
        off.add(new OfficialYearCheck.Day(LocalDate.of(2026, 10, 1), "National Day")); // listed twice
        List<OfficialYearCheck.Day> worked = new ArrayList<>(days(DayKind.MAKE_UP_WORKING_DAY));
        worked.add(new OfficialYearCheck.Day(LocalDate.of(2026, 3, 4), "Spring Festival")); // a Wednesday
        worked.add(new OfficialYearCheck.Day(LocalDate.of(2026, 10, 3), "National Day")); // off and working

        List<Violation> errors =
                violations(() -> OfficialYearCheck.check(2026, "N", LocalDate.of(2025, 11, 4), off, worked));

        assertThat(errors)
                .extracting(Violation::code)
                .contains(
                        "calendar.outside-year",
                        "calendar.duplicate-day",
                        "calendar.make-up-on-weekday",
                        "calendar.statutory-day-missing");
        int n = off.size();
        assertThat(errors)
                .extracting(Violation::field)
                .contains(
                        "daysOff[" + (n - 2) + "].date",
                        "daysOff[" + (n - 1) + "].date",
                        "makeUpWorkingDays[" + (worked.size() - 2) + "].date",
                        "makeUpWorkingDays[" + (worked.size() - 1) + "].date",
                        "daysOff");
        assertThat(errors)
                .filteredOn(v -> v.field().equals("makeUpWorkingDays[" + (worked.size() - 1) + "].date"))
                .extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("both off and working"));
        assertThat(errors)
                .filteredOn(v -> v.code().equals("calendar.statutory-day-missing"))
                .extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("2026-02-16"));
    }

    @Test
    void aStatutoryDayOnAWeekendNeedNotBeListedButMustNotBeWorked() {
        // 2026's Qingming is Sunday 5 April: off as a weekend even if the notice did not list it.
        List<OfficialYearCheck.Day> off = new ArrayList<>(days(DayKind.DAY_OFF));
        off.removeIf(d -> d.date().equals(LocalDate.of(2026, 4, 5)));
        assertThat(OfficialYearCheck.check(2026, "N", LocalDate.of(2025, 11, 4), off, List.of()))
                .isNotNull();

        List<Violation> errors = violations(() -> OfficialYearCheck.check(
                2026,
                "N",
                LocalDate.of(2025, 11, 4),
                off,
                List.of(new OfficialYearCheck.Day(LocalDate.of(2026, 4, 5), "Qingming"))));
        assertThat(errors).extracting(Violation::code).containsExactly("calendar.statutory-day-missing");
    }

    @Test
    void refusesAMissingNoticeAndAnImplausibleNoticeDate() {
        List<Violation> errors = violations(
                () -> OfficialYearCheck.check(2026, " ", LocalDate.of(2020, 1, 1), days(DayKind.DAY_OFF), List.of()));
        assertThat(errors).extracting(Violation::field).containsExactlyInAnyOrder("notice.number", "notice.date");
    }

    @Test
    void refusesAYearOutsideTheRangeItCanCheck() {
        assertThat(violations(
                        () -> OfficialYearCheck.check(2100, "N", LocalDate.of(2099, 11, 1), List.of(), List.of())))
                .extracting(Violation::code)
                .containsExactly("calendar.year-out-of-range");
    }

    @Test
    void anEmptyArrangementIsRefused() {
        assertThat(violations(
                        () -> OfficialYearCheck.check(2027, "N", LocalDate.of(2026, 11, 1), List.of(), List.of())))
                .extracting(Violation::code)
                .contains("calendar.no-days-off", "calendar.statutory-day-missing");
    }
}
