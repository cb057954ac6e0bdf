package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import org.junit.jupiter.api.Test;

class ExtraStepRuleTest {

    private final ExtraStepRule rule = new ExtraStepRule(true);

    @Test
    void flagsAStepTheProducerMarkedAsOutsideTheCatalog() {
        var c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("site-visit", "2026-03-04T09:00", false, 0, 2)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-04")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.subjectId()).isEqualTo("c1/site-visit"));
    }

    @Test
    void flagsAStepMissingFromThePublishedVersion() {
        var c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("extra-review", "2026-03-04T09:00", true, 2, 2)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-04", Rules.standardMatter())))
                .hasSize(1);
    }

    @Test
    void catalogStepsAreInOrder() {
        var c = CaseStory.of("c1")
                .acceptedOnMarch2()
                .step("review", "2026-03-04T09:00", true, 3, 2)
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-04", Rules.standardMatter())))
                .isEmpty();
    }
}
