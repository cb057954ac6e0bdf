package io.onewindow.supervision.cases.domain;

import static io.onewindow.supervision.CaseStory.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.supervision.CaseStory;
import org.junit.jupiter.api.Test;

/** Accepted Monday 2026-03-02, promised 10 working days (due 03-16): yellow at 9 used (03-13), red after 03-16. */
class CaseClockTest {

    private final CaseClock clock = new CaseClock(WorkingCalendar.officialChina(), CaseStory.ZONE, 90);

    private CaseTimeline acceptedOnMarch2() {
        return CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .timeline();
    }

    @Test
    void showsNoCardBeforeAcceptance() {
        CaseTimeline c = CaseStory.of("c1").submitted("2026-03-02T09:00").timeline();
        assertThat(clock.cardOf(c, day("2026-03-20"))).isEqualTo(CardColour.NONE);
    }

    @Test
    void staysGreenBelowNinetyPercentOfThePromisedLimit() {
        assertThat(clock.workingDaysUsed(acceptedOnMarch2(), day("2026-03-12"))).isEqualTo(8);
        assertThat(clock.cardOf(acceptedOnMarch2(), day("2026-03-12"))).isEqualTo(CardColour.GREEN);
    }

    @Test
    void turnsYellowAtNinetyPercentOfThePromisedLimit() {
        assertThat(clock.cardOf(acceptedOnMarch2(), day("2026-03-13"))).isEqualTo(CardColour.YELLOW);
        // the weekend uses no working days: still yellow, not red
        assertThat(clock.cardOf(acceptedOnMarch2(), day("2026-03-15"))).isEqualTo(CardColour.YELLOW);
        assertThat(clock.cardOf(acceptedOnMarch2(), day("2026-03-16"))).isEqualTo(CardColour.YELLOW);
    }

    @Test
    void turnsRedTheDayAfterThePromisedDueDate() {
        assertThat(clock.cardOf(acceptedOnMarch2(), day("2026-03-17"))).isEqualTo(CardColour.RED);
        assertThat(clock.workingDaysLeft(acceptedOnMarch2(), day("2026-03-17"))).isEqualTo(-1);
    }

    @Test
    void aPausedCaseKeepsItsCardWhileTheClockStands() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .suspended("2026-03-05T10:00")
                .timeline();
        assertThat(clock.workingDaysUsed(c, day("2026-03-25"))).isEqualTo(3);
        assertThat(clock.cardOf(c, day("2026-03-25"))).isEqualTo(CardColour.GREEN);
    }

    @Test
    void pausedWorkingDaysCountNeitherAsUsedNorAsLimit() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .suspended("2026-03-05T10:00")
                .resumed("2026-03-12T10:00", 5, "2026-03-23", "2026-04-07")
                .timeline();
        assertThat(clock.promisedLimit(c)).isEqualTo(10);
        assertThat(clock.cardOf(c, day("2026-03-19"))).isEqualTo(CardColour.GREEN);
        assertThat(clock.cardOf(c, day("2026-03-20"))).isEqualTo(CardColour.YELLOW);
        assertThat(clock.cardOf(c, day("2026-03-24"))).isEqualTo(CardColour.RED);
    }

    @Test
    void aCaseCompletedInTimeIsGreenAndOneCompletedLateStaysRed() {
        CaseTimeline inTime = CaseStory.of("c1")
                .acceptedOnMarch2()
                .completed("2026-03-13T15:00", "2026-03-02T10:00", "2026-03-16", 9)
                .timeline();
        CaseTimeline late = CaseStory.of("c2")
                .acceptedOnMarch2()
                .completed("2026-03-18T15:00", "2026-03-02T10:00", "2026-03-16", 12)
                .timeline();
        assertThat(clock.cardOf(inTime, day("2026-04-30"))).isEqualTo(CardColour.GREEN);
        assertThat(clock.cardOf(late, day("2026-04-30"))).isEqualTo(CardColour.RED);
    }

    @Test
    void knowsWhenTheStatutoryLimitIsPassed() {
        assertThat(clock.pastStatutoryLimit(acceptedOnMarch2(), day("2026-03-30")))
                .isFalse();
        assertThat(clock.pastStatutoryLimit(acceptedOnMarch2(), day("2026-03-31")))
                .isTrue();
    }
}
