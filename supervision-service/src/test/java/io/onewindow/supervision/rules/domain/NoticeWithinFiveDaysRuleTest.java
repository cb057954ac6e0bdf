package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import org.junit.jupiter.api.Test;

/** Received Friday 2026-02-13: five working days end 2026-02-27 (Spring Festival in between). */
class NoticeWithinFiveDaysRuleTest {

    private final NoticeWithinFiveDaysRule rule = new NoticeWithinFiveDaysRule(true, 5);

    @Test
    void firesWhenFiveWorkingDaysPassWithoutAnyNotice() {
        CaseTimeline c = CaseStory.of("c1").submitted("2026-02-13T09:00").timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-02-28"))).singleElement().satisfies(alert -> {
            assertThat(alert.ruleCode()).isEqualTo(NoticeWithinFiveDaysRule.CODE);
            assertThat(alert.evidence()).hasSize(1);
            assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-02-28T00:00"));
        });
    }

    @Test
    void staysQuietOnTheFifthWorkingDay() {
        CaseTimeline c = CaseStory.of("c1").submitted("2026-02-13T09:00").timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-02-27"))).isEmpty();
    }

    @Test
    void aCorrectionNoticeWithinTheFiveDaysIsInOrder() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-02-13T09:00")
                .correction(1, "2026-02-27T16:00", null)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).isEmpty();
    }

    @Test
    void firesForAFirstNoticeGivenLate() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-02-13T09:00")
                .correction(1, "2026-03-02T09:00", null)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-02"))).hasSize(1);
    }

    @Test
    void firesForACaseAcceptedByLawBecauseNobodyAnswered() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-02-13T09:00")
                .acceptedAutomatically("2026-02-13T09:00", "2026-03-06", "2026-03-19")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-02")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).hasSize(2));
    }
}
