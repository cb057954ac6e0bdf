package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Year;
import org.junit.jupiter.api.Test;

class YearArrangementTest {

    // A made-up arrangement for a far year: tests must not look like a real, unpublished one.
    static final String YEAR_2031 = """
            # test data, not an official arrangement
            covers,2031
            2031-01-01,DAY_OFF,New Year
            2031-10-01,DAY_OFF,National Day
            2031-10-02,DAY_OFF,National Day
            2031-09-28,MAKE_UP_WORKING_DAY,National Day
            """;

    static YearArrangement read(String text, int year) throws Exception {
        return YearArrangement.read(new StringReader(text), year + ".csv", Year.of(year));
    }

    @Test
    void readsAWholeYearInTheShippedFormat() throws Exception {
        YearArrangement arrangement = read(YEAR_2031, 2031);

        assertThat(arrangement.year()).isEqualTo(Year.of(2031));
        assertThat(arrangement.entries()).hasSize(4);
        assertThat(arrangement.entries().get(0).date()).hasToString("2031-01-01");
        assertThat(WorkingCalendar.officialChina()
                        .withEntries(arrangement.year(), arrangement.entries())
                        .isWorkingDay(java.time.LocalDate.of(2031, 9, 28)))
                .isTrue();
    }

    @Test
    void refusesAFileThatCoversAnotherYearOrSeveralOrNone() {
        assertThatThrownBy(() -> read(YEAR_2031, 2032))
                .hasMessageContaining("2032.csv")
                .hasMessageContaining("covers,2032");
        assertThatThrownBy(() -> read("covers,2031\ncovers,2032\n2031-01-01,DAY_OFF,New Year\n", 2031))
                .hasMessageContaining("expected exactly one line covers,2031");
        assertThatThrownBy(() -> read("2031-01-01,DAY_OFF,New Year\n", 2031)).hasMessageContaining("found none");
    }

    @Test
    void refusesADayOfAnotherYear() {
        assertThatThrownBy(() -> read(YEAR_2031 + "2032-01-01,DAY_OFF,New Year\n", 2031))
                .hasMessageContaining("2031.csv")
                .hasMessageContaining("2032-01-01 is not in 2031");
    }

    @Test
    void refusesADayThatIsBothOffAndWorked() {
        assertThatThrownBy(() -> read(YEAR_2031 + "2031-09-28,DAY_OFF,National Day\n", 2031))
                .hasMessageContaining("2031-09-28 is listed twice");
    }

    @Test
    void refusesAMakeUpWeekdayAMalformedLineAndAYearWithoutADayOff() {
        assertThatThrownBy(() -> read(YEAR_2031 + "2031-09-29,MAKE_UP_WORKING_DAY,National Day\n", 2031))
                .hasMessageContaining("2031.csv:")
                .hasMessageContaining("only weekends are made up");
        assertThatThrownBy(() -> read(YEAR_2031 + "2031-13-01,DAY_OFF,Nothing\n", 2031))
                .hasMessageContaining("2031.csv:7");
        assertThatThrownBy(() -> read(YEAR_2031 + "2031-05-01,HOLIDAY,Labour Day\n", 2031))
                .hasMessageContaining("2031.csv:7");
        assertThatThrownBy(() -> read("covers,2031\n2031-09-28,MAKE_UP_WORKING_DAY,National Day\n", 2031))
                .hasMessageContaining("lists no day off");
    }

    @Test
    void comparesTheDaysNotTheHolidaysNames() throws Exception {
        YearArrangement shipped = YearArrangement.of(WorkingCalendar.officialChina(), Year.of(2026));
        YearArrangement renamed = new YearArrangement(
                Year.of(2026),
                shipped.entries().stream()
                        .map(d -> new CalendarDay(d.date(), d.kind(), "假日"))
                        .toList());
        YearArrangement changed = new YearArrangement(
                Year.of(2026),
                shipped.entries().stream()
                        .filter(d -> !d.date().equals(java.time.LocalDate.of(2026, 1, 1)))
                        .toList());

        assertThat(shipped.entries()).hasSizeGreaterThan(20);
        assertThat(shipped.sameDaysAs(renamed)).isTrue();
        assertThat(shipped.sameDaysAs(changed)).isFalse();
    }
}
