package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficerAgentAffinityRuleTest {

    private final OfficerAgentAffinityRule rule = new OfficerAgentAffinityRule(true, 5, 60, 50);

    private static CaseTimeline handled(String id, String agent, String officer, int days) {
        return CaseStory.of(id)
                .submittedBy(agent == null ? "citizen1" : agent, "440113********1235", agent, "2026-03-02T09:00")
                .accepted("2026-03-02T10:00", "2026-03-16", "2026-03-30", officer)
                .completed("2026-03-13T10:00", "2026-03-02T10:00", "2026-03-16", days)
                .timeline();
    }

    private static List<CaseTimeline> othersTakingTenDays() {
        List<CaseTimeline> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(handled("other-" + i, null, "officer2", 10));
        }
        return cases;
    }

    @Test
    void flagsAnAgentsCasesConcentratedOnOneOfficerAndMuchFaster() {
        List<CaseTimeline> cases = othersTakingTenDays();
        for (int i = 0; i < 5; i++) {
            cases.add(handled("agent-" + i, "agent1", "officer1", 3));
        }
        assertThat(rule.evaluate(cases)).singleElement().satisfies(alert -> {
            assertThat(alert.subjectId()).isEqualTo("officer1~agent1");
            assertThat(alert.involved()).containsExactly("officer1");
            assertThat(alert.evidence()).hasSize(5);
        });
    }

    @Test
    void anAgentsCasesHandledAtTheUsualPaceAreInOrder() {
        List<CaseTimeline> cases = othersTakingTenDays();
        for (int i = 0; i < 5; i++) {
            cases.add(handled("agent-" + i, "agent1", "officer1", 9));
        }
        assertThat(rule.evaluate(cases)).isEmpty();
    }

    @Test
    void tooFewCasesSayNothing() {
        List<CaseTimeline> cases = othersTakingTenDays();
        for (int i = 0; i < 4; i++) {
            cases.add(handled("agent-" + i, "agent1", "officer1", 2));
        }
        assertThat(rule.evaluate(cases)).isEmpty();
    }
}
