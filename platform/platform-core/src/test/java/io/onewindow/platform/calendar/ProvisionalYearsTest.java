package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ProvisionalYearsTest {

    private final WorkingCalendar calendar = WorkingCalendar.officialChina();

    @Test
    void answersTheTwoYearsAfterTheLastOfficialOneProvisionally() {
        assertThat(calendar.officialYears()).containsExactly(Year.of(2025), Year.of(2026));
        assertThat(calendar.provisionalYears()).containsExactly(Year.of(2027), Year.of(2028));
        assertThat(calendar.provisionalHorizon()).contains(Year.of(2028));
        assertThat(calendar.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)))
                .as("New Year")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8)))
                .as("Spring Festival")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9)))
                .as("Spring Festival's Saturday and Sunday are made up on 9 and 10 February")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    }

    @Test
    void aTwentyDayCaseAcceptedOnTheTwentiethOfDecemberIsDueProvisionallyInJanuary() {
        DueDate due = calendar.dueDate(LocalDate.of(2026, 12, 20), 20);

        // 21 Dec .. 31 Dec 2026: 9 working days; 1 Jan 2027 off; then 4 Jan onwards.
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(due.provisional()).isTrue();
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 2), 20))
                .isEqualTo(DueDate.official(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void refusesPastTheHorizonAndNamesIt() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2029, 1, 2)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("horizon: 2028")
                .satisfies(e ->
                        assertThat(((CalendarNotCoveredException) e).horizon()).contains(Year.of(2028)));
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31)))
                .as("no year before the first official one is guessed")
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void anOfficialYearReplacesTheProvisionalOneAndMovesTheHorizon() {
        YearArrangement official2027 = new YearArrangement(
                Year.of(2027),
                List.of(
                        CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                        CalendarDay.dayOff(LocalDate.of(2027, 1, 4), "New Year"),
                        CalendarDay.makeUpWorkingDay(LocalDate.of(2027, 1, 9), "New Year")));
        AtomicReference<WorkingCalendar> published = new AtomicReference<>();
        WorkingCalendar growing = WorkingCalendar.growing(calendar, current -> Optional.ofNullable(published.get()));
        assertThat(growing.dueDate(LocalDate.of(2026, 12, 31), 2).date()).isEqualTo(LocalDate.of(2027, 1, 5));

        published.set(WorkingCalendar.officialChina(0).withEntries(official2027.year(), official2027.entries()));
        assertThat(growing.refresh()).isTrue();

        assertThat(growing.officialYears()).contains(Year.of(2027));
        assertThat(growing.provisionalYears()).containsExactly(Year.of(2028), Year.of(2029));
        assertThat(growing.dueDate(LocalDate.of(2026, 12, 31), 2))
                .isEqualTo(DueDate.official(LocalDate.of(2027, 1, 6)));
        assertThat(growing.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        assertThat(growing.restsOnProvisional(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 5)))
                .isTrue();
    }

    @Test
    void aCalendarWithoutProvisionalYearsAnswersOfficialYearsOnly() {
        WorkingCalendar strict = WorkingCalendar.officialChina(0);
        assertThat(strict.provisionalYears()).isEmpty();
        assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void theArrangementOfAYearSaysWhereItComesFrom() {
        assertThat(calendar.arrangementOf(Year.of(2026)).entries())
                .hasSize(calendar.entries().stream()
                        .filter(e -> e.date().getYear() == 2026)
                        .toList()
                        .size());
        assertThat(calendar.arrangementOf(Year.of(2027))).isEqualTo(HolidayLaw.provisionalArrangement(Year.of(2027)));
        assertThat(calendar.isOfficial(Year.of(2027))).isFalse();
    }

    @Test
    void aCalendarAsIfAYearWereStillProvisionalCountsThatYearByLawAgain() {
        WorkingCalendar with2027 = calendar.withEntries(
                Year.of(2027),
                List.of(
                        CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                        CalendarDay.dayOff(LocalDate.of(2027, 1, 4), "New Year")));
        WorkingCalendar before = with2027.asIfProvisional(Year.of(2027));

        assertThat(before.isProvisional(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(before.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(before.provisionalHorizon()).isEqualTo(with2027.provisionalHorizon());
        assertThat(before.isOfficial(Year.of(2026))).isTrue();
    }
}
