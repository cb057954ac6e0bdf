package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.onewindow.platform.rules.CorrectionRule;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 3 judges each notice with the platform's {@link CorrectionRule}, as approval does when the
 * notice is given: a repeat of earlier items is lawful, new items with a reason are reviewed, new
 * items without one break the rule.
 */
class RepeatedCorrectionRuleTest {

    private final RepeatedCorrectionRule rule = new RepeatedCorrectionRule(true, 1);

    @Test
    void oneCorrectionNoticeIsAllAtOnce() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).isEmpty();
    }

    @Test
    void aSecondNoticeWithNewItemsAndNoReasonIsSerious() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null)
                .correction(2, "2026-03-05T09:00", null)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(alert.evidence()).hasSize(2);
            assertThat(alert.involved()).containsExactly("officer1");
            assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-05T09:00"));
            assertThat(alert.summary()).contains("[M-02]");
        });
    }

    @Test
    void aSecondNoticeWithNewItemsAndARecordedReasonIsOnlyAWarning() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null)
                .correction(2, "2026-03-05T09:00", "new regulation")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aSecondNoticeThatOnlyRepeatsItemsStillDefectiveIsLawfulWithoutAReason() {
        // Before the shared rule, supervision flagged any second notice as serious; approval lets it through.
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null, "M-01", "M-02")
                .correction(2, "2026-03-05T09:00", null, "M-02")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).isEmpty();
    }

    @Test
    void aRepeatIsLawfulButALaterNoticeWithNewItemsStillRaisesTheAlertAtItsOwnTime() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null, "M-01")
                .correction(2, "2026-03-05T09:00", null, "M-01")
                .correction(3, "2026-03-09T09:00", null, "M-01", "M-07")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(alert.evidence()).hasSize(3);
            assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-09T09:00"));
            assertThat(alert.summary()).contains("[M-07]");
        });
    }

    @Test
    void theFirstNoticeWithNewItemsDecidesTheSeverity() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null, "M-01")
                .correction(2, "2026-03-05T09:00", "applicant replaced the plan", "M-01", "M-03")
                .correction(3, "2026-03-09T09:00", null, "M-09")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-10"))).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-05T09:00"));
        });
    }

    @Test
    void theThresholdIsASetting() {
        var c = CaseStory.of("c1")
                .correction(1, "2026-03-03T09:00", null)
                .correction(2, "2026-03-05T09:00", null)
                .timeline();
        assertThat(new RepeatedCorrectionRule(true, 2).evaluate(c, Rules.on("2026-03-10")))
                .isEmpty();
    }

    @Test
    void eachVerdictOfTheSharedRuleHasItsSeverity() {
        assertThat(RepeatedCorrectionRule.severityOf(CorrectionRule.Verdict.FIRST_NOTICE))
                .isEmpty();
        assertThat(RepeatedCorrectionRule.severityOf(CorrectionRule.Verdict.REPEATS_EARLIER_ITEMS))
                .isEmpty();
        assertThat(RepeatedCorrectionRule.severityOf(CorrectionRule.Verdict.NEW_ITEMS_JUSTIFIED))
                .contains(Severity.WARNING);
        assertThat(RepeatedCorrectionRule.severityOf(CorrectionRule.Verdict.NEW_ITEMS_UNJUSTIFIED))
                .contains(Severity.SERIOUS);
    }

    @Test
    void theTimelineKeepsEachNoticeWithItsItemsAndReasonForTheRule() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .correction(1, "2026-03-03T09:00", null, "M-01", "M-02")
                .correction(2, "2026-03-05T09:00", "applicant replaced the plan", "M-02", "M-03")
                .timeline();
        assertThat(c.corrections())
                .extracting(n -> n.sequence(), n -> n.materialCodes(), n -> n.justification())
                .containsExactly(
                        tuple(1, List.of("M-01", "M-02"), null),
                        tuple(2, List.of("M-02", "M-03"), "applicant replaced the plan"));
    }
}
