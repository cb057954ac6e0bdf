package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import org.junit.jupiter.api.Test;

class RefusalWithoutBasisRuleTest {

    private final RefusalWithoutBasisRule rule = new RefusalWithoutBasisRule(true);

    @Test
    void flagsANonAcceptanceWithoutLegalBasis() {
        var c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .notAccepted("2026-03-03T09:00", "not our matter", " ")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-03"))).singleElement().satisfies(alert -> {
            assertThat(alert.ruleCode()).isEqualTo(RefusalWithoutBasisRule.CODE);
            assertThat(alert.involved()).containsExactly("officer1");
            assertThat(alert.summary()).contains("legal basis");
        });
    }

    @Test
    void flagsADenialWithoutReason() {
        var c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .denied("2026-03-09T09:00", "", "Art. 38")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-09")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.involved()).containsExactly("approver1"));
    }

    @Test
    void aRefusalWithReasonAndLegalBasisIsInOrder() {
        var c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .denied("2026-03-09T09:00", "site unsafe", "Administrative License Law art. 38")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-09"))).isEmpty();
    }
}
