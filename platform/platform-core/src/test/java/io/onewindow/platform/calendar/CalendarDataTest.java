package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CalendarDataTest {

    @Test
    void readsCoverageAndDaysIgnoringCommentsAndBlankLines() throws Exception {
        String text = """
                # a comment

                covers,2030
                2030-01-01,DAY_OFF,New Year, with a comma in the name
                """;

        WorkingCalendar calendar =
                CalendarData.read(new StringReader(text), "test").build();

        assertThat(calendar.coveredYears()).containsExactly(Year.of(2030));
        assertThat(calendar.entries())
                .containsExactly(CalendarDay.dayOff(LocalDate.of(2030, 1, 1), "New Year, with a comma in the name"));
    }

    @Test
    void namesTheLineOfABadRecord() {
        String text = "covers,2030\n2030-02-30,DAY_OFF,Spring Festival\n";

        assertThatThrownBy(() -> CalendarData.read(new StringReader(text), "bad.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.csv:2:");
    }

    @Test
    void refusesAnUnknownKind() {
        assertThatThrownBy(() -> CalendarData.read(new StringReader("2030-01-01,HOLIDAY,New Year"), "bad.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.csv:1:");
    }
}
