package io.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void cannotBeNegative() {
        assertThatThrownBy(() -> WorkingDays.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionLimitWithItsExtensionAddsUp() {
        assertThat(WorkingDays.of(20).plus(WorkingDays.of(10))).isEqualTo(WorkingDays.of(30));
    }

    @Test
    void comparesByNumberOfDays() {
        assertThat(WorkingDays.of(5)).isLessThan(WorkingDays.of(20));
        assertThat(WorkingDays.ZERO).isEqualByComparingTo(WorkingDays.of(0));
    }
}
