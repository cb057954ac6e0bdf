package io.onewindow.supervision.rules.domain;

import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.MilestoneRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 6 — off-system handling (体外循环): a license for a case that was never approved here (after
 * a grace period, since a license event may overtake its case's events), a license from an
 * approval that names no case, a partner's completion without acceptance, an acceptance recorded
 * after completion, and milestones reported long after they supposedly happened (back-dating).
 */
public final class OffSystemRule implements CaseRule {

    public static final int NUMBER = 6;
    public static final String LICENSE_WITHOUT_APPROVAL = "off-system.license-without-approval";
    public static final String LICENSE_WITHOUT_CASE = "off-system.license-without-case";
    public static final String COMPLETION_WITHOUT_ACCEPTANCE = "off-system.completion-without-acceptance";
    public static final String ACCEPTED_AFTER_COMPLETION = "off-system.accepted-after-completion";
    public static final String BACK_DATED = "off-system.back-dated";
    public static final String PARTNER_REPORT_REFUSED = "off-system.partner-report-refused";

    private final boolean enabled;
    private final Duration backDatingTolerance;
    private final Duration licenseGrace;

    /**
     * @param backDatingTolerance the longest accepted gap between when a milestone happened and when
     *     it was reported
     * @param licenseGrace how long a license may wait for its case's approval to arrive
     */
    public OffSystemRule(boolean enabled, Duration backDatingTolerance, Duration licenseGrace) {
        this.enabled = enabled;
        this.backDatingTolerance = backDatingTolerance;
        this.licenseGrace = licenseGrace;
    }

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<AlertCandidate> found = new ArrayList<>();
        if (!enabled) {
            return found;
        }
        if (c.firstLicenseIssuedAt() != null && !c.approvalSeen()) {
            Instant due = c.firstLicenseIssuedAt().plus(licenseGrace);
            // Measured in whole days: the sweep and a replay on the same day agree.
            if (ctx.today().isAfter(ctx.dateOf(due))) {
                found.add(Candidates.ofCase(
                        NUMBER,
                        LICENSE_WITHOUT_APPROVAL,
                        c,
                        Severity.SERIOUS,
                        c.eventIdsOf("LicenseIssued"),
                        List.of(),
                        due,
                        "license issued but the case shows no approval"));
            }
        }
        List<MilestoneRecord> milestones = c.milestones();
        int accepted = indexOf(milestones, "ACCEPTED");
        int completed = indexOf(milestones, "COMPLETED");
        if (completed >= 0 && accepted < 0) {
            found.add(milestoneAlert(
                    c,
                    COMPLETION_WITHOUT_ACCEPTANCE,
                    milestones.get(completed),
                    "completion reported, never accepted"));
        } else if (completed >= 0
                && (accepted > completed
                        || milestones
                                .get(accepted)
                                .occurredAt()
                                .isAfter(milestones.get(completed).occurredAt()))) {
            found.add(milestoneAlert(
                    c, ACCEPTED_AFTER_COMPLETION, milestones.get(accepted), "acceptance recorded after completion"));
        }
        milestones.stream()
                .filter(m -> m.occurredAt() != null && m.reportedAt() != null)
                .filter(m -> Duration.between(m.occurredAt(), m.reportedAt()).compareTo(backDatingTolerance) > 0)
                .findFirst()
                .ifPresent(m -> found.add(milestoneAlert(
                        c,
                        BACK_DATED,
                        m,
                        m.milestone() + " reported "
                                + Duration.between(m.occurredAt(), m.reportedAt())
                                        .toHours() + " h after it happened")));
        return found;
    }

    /** A license from an approval that names no case: off the books from the start. */
    public Optional<AlertCandidate> licenseWithoutCase(String eventId, LicenseIssued e) {
        if (!enabled
                || !"APPROVAL".equals(e.origin())
                || (e.caseId() != null && !e.caseId().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                NUMBER,
                LICENSE_WITHOUT_CASE,
                "LICENSE",
                e.licenseId(),
                e.department(),
                Severity.SERIOUS,
                null,
                List.of(eventId),
                List.of(e.issuedBy() == null ? "" : e.issuedBy()),
                e.issuedAt(),
                "license " + e.identifier() + " issued from an approval without a case"));
    }

    /**
     * The platform refused a partner's report (out of order, back-dated, unknown matter): the case
     * went on in the partner's system without the platform seeing it. Back-dating and skipped
     * milestones are serious; an unknown matter is a warning (it may be a catalog gap).
     */
    public Optional<AlertCandidate> partnerReportRefused(String eventId, PartnerReportRefused e) {
        if (!enabled) {
            return Optional.empty();
        }
        boolean serious =
                "partner.back-dated".equals(e.problemCode()) || "partner.out-of-order".equals(e.problemCode());
        return Optional.of(new AlertCandidate(
                NUMBER,
                PARTNER_REPORT_REFUSED,
                "PARTNER_CASE",
                e.department() + "/" + e.partnerCaseNumber(),
                e.department(),
                serious ? Severity.SERIOUS : Severity.WARNING,
                null,
                List.of(eventId),
                List.of(),
                e.reportedAt(),
                e.milestone() + " report refused: " + e.problemCode()));
    }

    private static AlertCandidate milestoneAlert(CaseTimeline c, String code, MilestoneRecord m, String summary) {
        return Candidates.ofCase(
                NUMBER, code, c, Severity.SERIOUS, List.of(m.eventId()), List.of(), m.reportedAt(), summary);
    }

    private static int indexOf(List<MilestoneRecord> milestones, String milestone) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).milestone().equals(milestone)) {
                return i;
            }
        }
        return -1;
    }
}
