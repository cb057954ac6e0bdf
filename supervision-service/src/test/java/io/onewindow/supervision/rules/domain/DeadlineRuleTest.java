package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private final DeadlineRule rule = new DeadlineRule(true);

    private CaseTimeline acceptedOnMarch2() {
        return CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .timeline();
    }

    @Test
    void warnsWhenTheCardTurnsYellow() {
        assertThat(rule.evaluate(acceptedOnMarch2(), Rules.on("2026-03-13")))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.ruleCode()).isEqualTo(DeadlineRule.NEAR_PROMISED);
                    assertThat(alert.severity()).isEqualTo(Severity.WARNING);
                    assertThat(alert.involved()).containsExactly("officer1");
                    // the moment the threshold was crossed, whatever day the sweep noticed it
                    assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-13T00:00"));
                });
    }

    @Test
    void staysQuietWhileTheCardIsGreen() {
        assertThat(rule.evaluate(acceptedOnMarch2(), Rules.on("2026-03-12"))).isEmpty();
    }

    @Test
    void raisesASeriousAlertWhenThePromisedLimitIsPassed() {
        assertThat(rule.evaluate(acceptedOnMarch2(), Rules.on("2026-03-17")))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.ruleCode()).isEqualTo(DeadlineRule.OVERDUE_PROMISED);
                    assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
                    assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-17T00:00"));
                });
    }

    @Test
    void raisesTheStatutoryAlertOnlyAfterTheStatutoryLimit() {
        assertThat(rule.evaluate(acceptedOnMarch2(), Rules.on("2026-03-30")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(DeadlineRule.OVERDUE_PROMISED);
        assertThat(rule.evaluate(acceptedOnMarch2(), Rules.on("2026-03-31")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(DeadlineRule.OVERDUE_PROMISED, DeadlineRule.OVERDUE_STATUTORY);
    }

    @Test
    void warnsAboutACompletedStepOverItsOwnLimitEvenWhenTheCaseIsInTime() {
        CaseTimeline c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("review", "2026-03-06T10:00", true, 3, 4)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-06"))).singleElement().satisfies(alert -> {
            assertThat(alert.ruleCode()).isEqualTo(DeadlineRule.STEP_OVERDUE);
            assertThat(alert.subjectId()).isEqualTo("c1/review");
            assertThat(alert.involved()).containsExactly("approver1");
        });
    }

    @Test
    void aStepWithinItsLimitRaisesNothing() {
        CaseTimeline c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("review", "2026-03-05T10:00", true, 3, 3)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-06", Rules.standardMatter())))
                .isEmpty();
    }

    @Test
    void warnsAboutAnOpenStepNobodyTouchesPastItsLimit() {
        CaseTimeline c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("review", "2026-03-05T10:00", true, 3, 3)
                .timeline();
        // decide (2 wd) started 03-05: its limit ends 03-09, so on 03-10 it is over
        assertThat(rule.evaluate(c, Rules.on("2026-03-09", Rules.standardMatter())))
                .isEmpty();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10", Rules.standardMatter())))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.subjectId()).isEqualTo("c1/decide");
                    assertThat(alert.raisedAt()).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
                });
    }

    @Test
    void aCaseDecidedOnTheSpotWithAPromisedLimitOfNoDayRaisesNoWarningAndShowsNoYellowCard() {
        CaseTimeline onTheSpot = CaseStory.of("c-spot")
                .submitted("2026-03-02T09:00")
                .accepted("2026-03-02T10:00", "2026-03-02", "2026-03-30", "officer1")
                .timeline();
        assertThat(Rules.CLOCK.decidedOnTheSpot(onTheSpot)).isTrue();
        assertThat(Rules.CLOCK.cardOf(onTheSpot, CaseStory.day("2026-03-02"))).isEqualTo(CardColour.GREEN);
        assertThat(rule.evaluate(onTheSpot, Rules.on("2026-03-02"))).isEmpty();
        // still caught when it is not done on the spot after all
        assertThat(rule.evaluate(onTheSpot, Rules.on("2026-03-03")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(DeadlineRule.OVERDUE_PROMISED);
    }

    @Test
    void aCaseDecidedOnTheDayItWasAcceptedRaisesNoWarningWhereAnOrdinaryOneDoes() {
        CaseTimeline decidedAtOnce = CaseStory.of("c-spot")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .approved("2026-03-02T10:30")
                .timeline();
        CaseTimeline ordinary = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .approved("2026-03-05T10:30")
                .timeline();
        assertThat(Rules.CLOCK.decidedOnTheSpot(decidedAtOnce)).isTrue();
        assertThat(Rules.CLOCK.decidedOnTheSpot(ordinary)).isFalse();
        assertThat(rule.evaluate(decidedAtOnce, Rules.on("2026-03-13"))).isEmpty();
        assertThat(Rules.CLOCK.cardOf(decidedAtOnce, CaseStory.day("2026-03-13")))
                .isEqualTo(CardColour.GREEN);
        assertThat(rule.evaluate(ordinary, Rules.on("2026-03-13")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(DeadlineRule.NEAR_PROMISED);
        assertThat(Rules.CLOCK.cardOf(ordinary, CaseStory.day("2026-03-13"))).isEqualTo(CardColour.YELLOW);
    }

    @Test
    void theWarningClosesItselfWhenTheCaseCompletesWithinThePromisedLimit() {
        CaseTimeline inTime = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .completed("2026-03-16T15:00", "2026-03-02T10:00", "2026-03-16", 10)
                .timeline();
        assertThat(rule.settled(inTime, Rules.on("2026-03-16"))).singleElement().satisfies(closure -> {
            assertThat(closure.alertId()).isEqualTo("deadline.near-promised:CASE:c1");
            assertThat(closure.at()).isEqualTo(CaseStory.at("2026-03-16T15:00"));
            assertThat(closure.reason()).contains("completed on 2026-03-16").contains("2026-03-16");
        });
    }

    @Test
    void theWarningStaysOpenWhenTheCaseCompletesLateOrIsStillRunning() {
        CaseTimeline late = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .completed("2026-03-17T09:00", "2026-03-02T10:00", "2026-03-16", 11)
                .timeline();
        assertThat(rule.settled(late, Rules.on("2026-03-17"))).isEmpty();
        assertThat(rule.settled(acceptedOnMarch2(), Rules.on("2026-03-13"))).isEmpty();
        assertThat(new DeadlineRule(false).settled(late, Rules.on("2026-03-17")))
                .isEmpty();
    }

    @Test
    void isSilentWhenSwitchedOff() {
        assertThat(new DeadlineRule(false).evaluate(acceptedOnMarch2(), Rules.on("2026-04-30")))
                .isEmpty();
    }
}
