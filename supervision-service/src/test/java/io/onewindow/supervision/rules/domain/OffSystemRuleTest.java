package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OffSystemRuleTest {

    private final OffSystemRule rule = new OffSystemRule(true, Duration.ofHours(24), Duration.ofDays(1));

    @Test
    void aLicenseWhoseCaseNeverShowsAnApprovalIsFlaggedAfterTheGrace() {
        var c = CaseStory.of("c1").license("lic-1", "2026-03-10T11:00").timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-11"))).isEmpty();
        assertThat(rule.evaluate(c, Rules.on("2026-03-12")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.ruleCode()).isEqualTo(OffSystemRule.LICENSE_WITHOUT_APPROVAL));
    }

    @Test
    void aLicenseWhoseApprovalArrivedLateIsReconciled() {
        var c = CaseStory.of("c1")
                .license("lic-1", "2026-03-10T11:00")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .approved("2026-03-10T10:00")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-20"))).isEmpty();
    }

    @Test
    void aLicenseFromAnApprovalWithoutCaseIsFlaggedAtOnce() {
        assertThat(rule.licenseWithoutCase("evt-1", CaseStory.licenseIssued("lic-9", null, "2026-03-10T11:00")))
                .hasValueSatisfying(alert -> {
                    assertThat(alert.subjectType()).isEqualTo("LICENSE");
                    assertThat(alert.evidence()).containsExactly("evt-1");
                });
        assertThat(rule.licenseWithoutCase("evt-2", CaseStory.licenseIssued("lic-8", "c8", "2026-03-10T11:00")))
                .isEmpty();
    }

    @Test
    void aPartnerCompletionWithoutAcceptanceIsFlagged() {
        var c = CaseStory.of("p1")
                .milestone(PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:05")
                .milestone(PartnerMilestone.COMPLETED, "2026-03-05T09:00", "2026-03-05T09:05")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-05")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(OffSystemRule.COMPLETION_WITHOUT_ACCEPTANCE);
    }

    @Test
    void anAcceptanceRecordedAfterCompletionIsFlagged() {
        var c = CaseStory.of("p1")
                .milestone(PartnerMilestone.COMPLETED, "2026-03-05T09:00", "2026-03-05T09:05")
                .milestone(PartnerMilestone.ACCEPTED, "2026-03-05T08:00", "2026-03-05T10:00")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-05")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(OffSystemRule.ACCEPTED_AFTER_COMPLETION);
    }

    @Test
    void aBackDatedMilestoneIsFlagged() {
        var c = CaseStory.of("p1")
                .milestone(PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:05")
                .milestone(PartnerMilestone.ACCEPTED, "2026-03-02T10:00", "2026-03-06T10:00")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-06")))
                .extracting(AlertCandidate::ruleCode)
                .containsExactly(OffSystemRule.BACK_DATED);
    }

    @Test
    void aPartnerCaseReportedInOrderAndInTimeIsInOrder() {
        var c = CaseStory.of("p1")
                .milestone(PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:05")
                .milestone(PartnerMilestone.ACCEPTED, "2026-03-02T10:00", "2026-03-02T10:01")
                .milestone(PartnerMilestone.DECIDED, "2026-03-04T10:00", "2026-03-04T10:01")
                .milestone(PartnerMilestone.COMPLETED, "2026-03-05T10:00", "2026-03-05T10:01")
                .timeline();
        assertThat(rule.evaluate(c, Rules.on("2026-03-05"))).isEmpty();
    }

    @Test
    void aRefusedPartnerReportIsFlaggedAndBackDatingIsSerious() {
        var backDated = new PartnerReportRefused(
                "tax",
                "TAX-7",
                "TX-001",
                PartnerMilestone.ACCEPTED,
                "partner.back-dated",
                CaseStory.at("2026-02-01T09:00"),
                CaseStory.at("2026-03-02T09:00"),
                "partner-tax");
        assertThat(rule.partnerReportRefused("evt-7", backDated)).hasValueSatisfying(alert -> {
            assertThat(alert.subjectId()).isEqualTo("tax/TAX-7");
            assertThat(alert.severity()).isEqualTo(Severity.SERIOUS);
        });
        var unknownMatter = new PartnerReportRefused(
                "tax",
                "TAX-8",
                "TX-999",
                PartnerMilestone.RECEIVED,
                "partner.unknown-matter",
                CaseStory.at("2026-03-02T09:00"),
                CaseStory.at("2026-03-02T09:00"),
                "partner-tax");
        assertThat(rule.partnerReportRefused("evt-8", unknownMatter))
                .hasValueSatisfying(alert -> assertThat(alert.severity()).isEqualTo(Severity.WARNING));
        assertThat(new OffSystemRule(false, Duration.ofHours(24), Duration.ofDays(1))
                        .partnerReportRefused("evt-7", backDated))
                .isEmpty();
    }
}
