package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.catalog.domain.MatterDefinition.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogThresholdRuleTest {

    private final CatalogThresholdRule rule = new CatalogThresholdRule(true);

    @Test
    void flagsAVersionThatAddsAStepAMaterialAndALongerLimit() {
        var v1 = Rules.standardMatter();
        var v2 = Rules.matter(
                2,
                List.of(new Step("review", 3), new Step("site-visit", 5), new Step("decide", 2)),
                20,
                15,
                List.of("M-01", "M-02"));
        assertThat(rule.compare(v1, v2)).hasValueSatisfying(alert -> {
            assertThat(alert.subjectType()).isEqualTo("MATTER");
            assertThat(alert.subjectId()).isEqualTo("MR-001:2");
            assertThat(alert.summary())
                    .contains("step site-visit added", "material M-02 required", "promised limit 10→15");
            assertThat(alert.evidence()).containsExactly("evt-matter-1", "evt-matter-2");
        });
    }

    @Test
    void aVersionThatLightensTheBurdenIsInOrder() {
        var v1 = Rules.standardMatter();
        var v2 = Rules.matter(2, List.of(new Step("review", 2)), 20, 8, List.of());
        assertThat(rule.compare(v1, v2)).isEmpty();
    }
}
