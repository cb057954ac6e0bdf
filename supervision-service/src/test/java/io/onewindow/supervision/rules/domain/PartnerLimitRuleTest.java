package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partner's own due date against the catalog (the example: legal limit 10 working days,
 * promised 5), on the official calendar of 2026, accepted Monday 03-02.
 */
class PartnerLimitRuleTest {

    private final PartnerLimitRule rule = new PartnerLimitRule(true);
    private final MatterDefinition taxMatter = Rules.matter(1, List.of(), 10, 5, List.of());

    private CaseTimeline partnerCaseDue(int workingDaysAfterAcceptance) {
        LocalDate due = Rules.CLOCK.calendar().addWorkingDays(CaseStory.day("2026-03-02"), workingDaysAfterAcceptance);
        return CaseStory.of("p1")
                .partnerReported(
                        PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:01", null, "PERSON", "pseud-1")
                .partnerReported(
                        PartnerMilestone.ACCEPTED, "2026-03-02T10:00", "2026-03-02T10:01", due.toString(), null, null)
                .timeline();
    }

    @Test
    void aPartnerDueDateWithinThePromisedLimitRaisesNothing() {
        assertThat(rule.evaluate(partnerCaseDue(5), Rules.on("2026-03-02", taxMatter)))
                .isEmpty();
        assertThat(rule.evaluate(partnerCaseDue(3), Rules.on("2026-03-02", taxMatter)))
                .isEmpty();
    }

    @Test
    void aPartnerDueDateBeyondThePromisedLimitWarns() {
        assertThat(rule.evaluate(partnerCaseDue(6), Rules.on("2026-03-02", taxMatter)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.ruleCode()).isEqualTo(PartnerLimitRule.BEYOND_PROMISED);
                    assertThat(alert.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(rule.evaluate(partnerCaseDue(10), Rules.on("2026-03-02", taxMatter)))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(PartnerLimitRule.BEYOND_PROMISED);
    }

    @Test
    void theTaxPartnersTwentyOneWorkingDaysForATenDayMatterIsASeriousAlert() {
        CaseTimeline c = partnerCaseDue(21);
        assertThat(rule.evaluate(c, Rules.on("2026-03-02", taxMatter)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.ruleCode()).isEqualTo(PartnerLimitRule.BEYOND_STATUTORY);
                    assertThat(alert.ruleNumber()).isEqualTo(DeadlineRule.NUMBER);
                    assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
                    assertThat(alert.department()).isEqualTo("tax");
                    assertThat(alert.caseId()).isEqualTo("p1");
                    assertThat(alert.evidence())
                            .containsExactly(
                                    c.eventIdsOf("PartnerMilestoneReported").get(1));
                    assertThat(alert.raisedAt()).isEqualTo(CaseStory.at("2026-03-02T10:00"));
                    assertThat(alert.summary()).contains("21 working days").contains("10 by law");
                });
        assertThat(rule.evaluate(partnerCaseDue(11), Rules.on("2026-03-02", taxMatter)))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(PartnerLimitRule.BEYOND_STATUTORY);
    }

    @Test
    void looksOnlyAtPartnerDueDatesItCanCompareWithTheCatalog() {
        // the catalog version has not arrived
        assertThat(rule.evaluate(partnerCaseDue(21), Rules.on("2026-03-02"))).isEmpty();
        // a case of the platform itself sets no partner date
        CaseTimeline own = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .accepted("2026-03-02T10:00", "2026-04-30", "2026-04-30", "officer1")
                .timeline();
        assertThat(rule.evaluate(own, Rules.on("2026-03-02", taxMatter))).isEmpty();
        assertThat(new PartnerLimitRule(false).evaluate(partnerCaseDue(21), Rules.on("2026-03-02", taxMatter)))
                .isEmpty();
    }
}
