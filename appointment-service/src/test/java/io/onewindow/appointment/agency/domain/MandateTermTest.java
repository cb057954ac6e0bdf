package io.onewindow.appointment.agency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The sane term of a mandate, at its edges. */
class MandateTermTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Period YEAR = Period.ofYears(1);

    static MandateTerm term(LocalDate from, LocalDate until) {
        return MandateTerm.of(from, until, TODAY, ZONE, YEAR);
    }

    @Test
    void runsFromTheStartOfTheFirstDayToTheLastMillisecondOfTheLastDay() {
        MandateTerm term = term(TODAY, TODAY);
        assertThat(term.validFrom()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(term.validUntil()).isEqualTo(Instant.parse("2026-12-01T15:59:59.999Z"));
        assertThat(term.contains(Instant.parse("2026-11-30T15:59:59.999Z"))).isFalse();
        assertThat(term.contains(Instant.parse("2026-11-30T16:00:00Z"))).isTrue();
        assertThat(term.contains(Instant.parse("2026-12-01T15:59:59.999Z"))).isTrue();
        assertThat(term.contains(Instant.parse("2026-12-01T16:00:00Z"))).isFalse();
    }

    @Test
    void refusesALastDayBeforeTheFirst() {
        assertThatThrownBy(() -> term(TODAY.plusDays(2), TODAY.plusDays(1)))
                .hasFieldOrPropertyWithValue("code", "mandate.term-reversed");
    }

    @Test
    void refusesAFirstDayInThePastButAcceptsToday() {
        assertThatThrownBy(() -> term(TODAY.minusDays(1), TODAY.plusDays(10)))
                .hasFieldOrPropertyWithValue("code", "mandate.term-in-past");
        assertThat(term(TODAY, TODAY.plusDays(10)).validFrom()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void lastsAtMostTheLongestTermExactly() {
        assertThat(term(TODAY, LocalDate.of(2027, 11, 30)).validUntil())
                .isEqualTo(Instant.parse("2027-11-30T15:59:59.999Z"));
        assertThatThrownBy(() -> term(TODAY, LocalDate.of(2027, 12, 1)))
                .hasFieldOrPropertyWithValue("code", "mandate.term-too-long");
    }
}
