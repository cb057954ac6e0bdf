package io.onewindow.supervision.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SamplingPeriodTest {

    private static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);
    private static final Period WEEK = Period.ofDays(7);

    @Test
    void weeklyPeriodsStartOnMondaysFromTheAnchor() {
        SamplingPeriod period = SamplingPeriod.startingOn(LocalDate.of(2026, 3, 2), WEEK, ANCHOR);
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(period.samplingId()).isEqualTo("sampling-2026-03-02-P7D");
        assertThat(period.contains(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 3, 8))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 3, 9))).isFalse();
        assertThatThrownBy(() -> SamplingPeriod.startingOn(LocalDate.of(2026, 3, 3), WEEK, ANCHOR))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "from");
        assertThatThrownBy(() -> SamplingPeriod.startingOn(LocalDate.of(2023, 12, 25), WEEK, ANCHOR))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPeriodIsDrawnOnceItIsOver() {
        SamplingPeriod period = SamplingPeriod.startingOn(LocalDate.of(2026, 3, 2), WEEK, ANCHOR);
        assertThatThrownBy(() -> period.requireEndedBy(LocalDate.of(2026, 3, 8)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "sampling.period-not-over");
        assertThatCode(() -> period.requireEndedBy(LocalDate.of(2026, 3, 9))).doesNotThrowAnyException();
    }

    @Test
    void theLastEndedPeriodIsTheWeekBefore() {
        assertThat(SamplingPeriod.lastEndedBy(LocalDate.of(2026, 3, 9), WEEK, ANCHOR)
                        .from())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(SamplingPeriod.lastEndedBy(LocalDate.of(2026, 3, 8), WEEK, ANCHOR)
                        .from())
                .isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(SamplingPeriod.lastEndedBy(LocalDate.of(2024, 1, 7), WEEK, ANCHOR))
                .isNull();
        assertThat(SamplingPeriod.lastEndedBy(LocalDate.of(2026, 4, 1), Period.ofMonths(1), ANCHOR)
                        .from())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
