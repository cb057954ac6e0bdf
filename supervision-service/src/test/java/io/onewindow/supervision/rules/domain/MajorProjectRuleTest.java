package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MajorProjectRuleTest {

    // Accepted 2026-03-02: promised due 2026-03-16, statutory due 2026-03-30; warned 3 working days before.
    private final MajorProjectRule rule = new MajorProjectRule(3);

    private static CaseTimeline acceptedOnMarch2WithAStepOnMarch5() {
        return CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .step("review", "2026-03-05T11:00", true, 3, 3)
                .timeline();
    }

    private static MajorProject flaggedOn(String at) {
        return MajorProject.flag("c1", CaseStory.DEPARTMENT, "inspector1", "district key project", CaseStory.at(at));
    }

    private static RuleContext on(String day, MajorProject project) {
        return new RuleContext(CaseStory.day(day), Rules.CLOCK, Optional.empty(), Optional.ofNullable(project));
    }

    private List<String> codes(CaseTimeline c, RuleContext ctx) {
        return rule.evaluate(c, ctx).stream().map(AlertCandidate::ruleCode).toList();
    }

    @Test
    void warnsAFlaggedCaseThreeWorkingDaysBeforeThePromisedDueDate() {
        assertThat(rule.evaluate(acceptedOnMarch2WithAStepOnMarch5(), on("2026-03-11", flaggedOn("2026-03-02T09:30"))))
                .filteredOn(alert -> alert.ruleCode().equals(MajorProjectRule.NEAR_PROMISED))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.ruleNumber()).isEqualTo(22);
                    assertThat(alert.severity()).isEqualTo(Severity.WARNING);
                    assertThat(alert.subjectId()).isEqualTo("c1");
                    assertThat(alert.summary()).contains("2026-03-16");
                });
    }

    @Test
    void doesNotWarnFourWorkingDaysBeforeThePromisedDueDate() {
        assertThat(codes(acceptedOnMarch2WithAStepOnMarch5(), on("2026-03-10", flaggedOn("2026-03-02T09:30"))))
                .doesNotContain(MajorProjectRule.NEAR_PROMISED, MajorProjectRule.NEAR_STATUTORY);
    }

    @Test
    void warnsThreeWorkingDaysBeforeTheStatutoryDueDateAndNotFour() {
        CaseTimeline c = acceptedOnMarch2WithAStepOnMarch5();
        MajorProject project = flaggedOn("2026-03-02T09:30");
        assertThat(codes(c, on("2026-03-25", project))).contains(MajorProjectRule.NEAR_STATUTORY);
        assertThat(codes(c, on("2026-03-24", project))).doesNotContain(MajorProjectRule.NEAR_STATUTORY);
    }

    @Test
    void anUnflaggedCaseIsNotWarnedEarlyNorAlertedPerStep() {
        assertThat(rule.evaluate(acceptedOnMarch2WithAStepOnMarch5(), on("2026-03-11", null)))
                .isEmpty();
    }

    @Test
    void aCaseWhoseFlagWasTakenOffIsNoLongerWarned() {
        MajorProject project = flaggedOn("2026-03-02T09:30");
        project.unflag("inspector2", "not a key project after all", CaseStory.at("2026-03-06T09:00"));
        assertThat(codes(acceptedOnMarch2WithAStepOnMarch5(), on("2026-03-11", project)))
                .doesNotContain(MajorProjectRule.NEAR_PROMISED);
    }

    @Test
    void alertsEveryStepAfterTheFlagWithTheEventAsEvidence() {
        CaseTimeline c = acceptedOnMarch2WithAStepOnMarch5();
        // flagged between the submission (09:00) and the acceptance (10:00)
        List<AlertCandidate> steps = rule.evaluate(c, on("2026-03-05", flaggedOn("2026-03-02T09:30"))).stream()
                .filter(alert -> alert.ruleCode().equals(MajorProjectRule.STEP))
                .toList();
        assertThat(steps).hasSize(2);
        assertThat(steps).allSatisfy(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.INFO);
            assertThat(alert.evidence()).hasSize(1);
            assertThat(alert.subjectType()).isEqualTo("EVENT");
        });
        assertThat(steps.stream().map(alert -> alert.evidence().get(0)))
                .containsExactly(
                        c.eventIdsOf("ApplicationAccepted").get(0),
                        c.eventIdsOf("StepCompleted").get(0));
        assertThat(steps.get(0).raisedAt()).isEqualTo(CaseStory.at("2026-03-02T10:00"));
    }

    @Test
    void doesNotAlertTheStepsBeforeTheFlag() {
        CaseTimeline c = acceptedOnMarch2WithAStepOnMarch5();
        List<AlertCandidate> steps = rule.evaluate(c, on("2026-03-05", flaggedOn("2026-03-04T00:00"))).stream()
                .filter(alert -> alert.ruleCode().equals(MajorProjectRule.STEP))
                .toList();
        assertThat(steps)
                .singleElement()
                .satisfies(
                        alert -> assertThat(alert.evidence()).containsExactlyElementsOf(c.eventIdsOf("StepCompleted")));
    }

    @Test
    void doesNotAlertStepsAfterTheFlagWasTakenOff() {
        CaseTimeline c = acceptedOnMarch2WithAStepOnMarch5();
        MajorProject project = flaggedOn("2026-03-02T09:30");
        project.unflag("inspector1", "closed", CaseStory.at("2026-03-03T00:00"));
        assertThat(rule.evaluate(c, on("2026-03-05", project)))
                .extracting(AlertCandidate::evidence)
                .containsExactly(c.eventIdsOf("ApplicationAccepted"));
    }

    @Test
    void theWarningClosesItselfWhenTheCaseCompletedInTimeAndNotWhenLate() {
        MajorProject project = flaggedOn("2026-03-02T09:30");
        CaseTimeline inTime = CaseStory.of("c1")
                .acceptedOnMarch2()
                .completed("2026-03-13T15:00", "2026-03-02T10:00", "2026-03-16", 9)
                .timeline();
        assertThat(rule.settled(inTime, on("2026-03-13", project)))
                .extracting(closure -> closure.alertId())
                .contains("major-project.near-promised:CASE:c1");
        CaseTimeline late = CaseStory.of("c1")
                .acceptedOnMarch2()
                .completed("2026-03-18T15:00", "2026-03-02T10:00", "2026-03-16", 12)
                .timeline();
        assertThat(rule.settled(late, on("2026-03-18", project)))
                .extracting(closure -> closure.alertId())
                .doesNotContain("major-project.near-promised:CASE:c1");
    }
}
