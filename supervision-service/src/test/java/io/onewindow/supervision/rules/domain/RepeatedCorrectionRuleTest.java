package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.Severity;
import org.junit.jupiter.api.Test;

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
    void aSecondCorrectionNoticeBreaksAllAtOnce() {
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
        });
    }

    @Test
    void aJustifiedSecondNoticeIsOnlyAWarning() {
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
    void theThresholdIsASetting() {
        var c = CaseStory.of("c1")
                .correction(1, "2026-03-03T09:00", null)
                .correction(2, "2026-03-05T09:00", null)
                .timeline();
        assertThat(new RepeatedCorrectionRule(true, 2).evaluate(c, Rules.on("2026-03-10")))
                .isEmpty();
    }
}
