package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GrowingCalendarTest {

    // Without provisional years, so that a year is answered only once it is published.
    private static final WorkingCalendar SHIPPED = WorkingCalendar.officialChina(0);
    private final AtomicReference<WorkingCalendar> published = new AtomicReference<>();
    private final AtomicInteger asked = new AtomicInteger();
    private final WorkingCalendar calendar = WorkingCalendar.growing(SHIPPED, current -> {
        asked.incrementAndGet();
        return Optional.ofNullable(published.get());
    });

    private static WorkingCalendar with2027() throws Exception {
        // Made-up test days; 2027's real arrangement is not published yet.
        YearArrangement y = YearArrangementTest.read(
                YearArrangementTest.YEAR_2031.replace("2031", "2027").replace("2027-09-28", "2027-09-26"), 2027);
        return SHIPPED.withEntries(y.year(), y.entries());
    }

    @Test
    void refusesAnUncoveredYearWhileNothingIsPublishedAndAsksItsSourceFirst() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2027");
        assertThat(asked).hasPositiveValue();
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2025), Year.of(2026));
    }

    @Test
    void usesAYearPublishedAfterItWasMadeWithoutBeingMadeAgain() throws Exception {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class);

        published.set(with2027());

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027));
        int asks = asked.get();
        calendar.isWorkingDay(LocalDate.of(2027, 6, 1));
        assertThat(asked.get()).as("a covered year needs no source").isEqualTo(asks);
    }

    @Test
    void refreshTakesNewYearsAheadOfNeed() throws Exception {
        assertThat(calendar.refresh()).isFalse();
        published.set(with2027());
        assertThat(calendar.refresh()).isTrue();
        assertThat(calendar.coveredYears()).contains(Year.of(2027));
        assertThat(calendar.refresh()).isFalse();
    }

    @Test
    void neverLetsASourceChangeOrDropAYearItHolds() throws Exception {
        WorkingCalendar without2026Holidays = WorkingCalendar.builder()
                .cover(2025)
                .addAll(SHIPPED.entries().stream()
                        .filter(d -> d.date().getYear() == 2025)
                        .toList())
                .cover(2026)
                .cover(2027)
                .add(CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"))
                .build();
        published.set(without2026Holidays);

        assertThat(calendar.refresh()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void theShippedCalendarDoesNotGrow() {
        assertThat(SHIPPED.refresh()).isFalse();
    }
}
