package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDayTest {

    @Test
    void aMakeUpWorkingDayMustFallOnAWeekend() {
        assertThatThrownBy(() -> CalendarDay.makeUpWorkingDay(LocalDate.of(2026, 3, 9), "Nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-09");
    }

    @Test
    void aDayNeedsTheHolidayItBelongsTo() {
        assertThatThrownBy(() -> CalendarDay.dayOff(LocalDate.of(2026, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarDay.dayOff(LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayOffMayFallOnAnyDay() {
        assertThat(CalendarDay.dayOff(LocalDate.of(2026, 1, 3), " New Year ").holiday())
                .isEqualTo("New Year");
    }
}
