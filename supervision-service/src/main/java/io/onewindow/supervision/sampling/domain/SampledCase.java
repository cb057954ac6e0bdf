package io.onewindow.supervision.sampling.domain;

import java.time.Instant;

/**
 * A case drawn for review, with its reviewer and, once reviewed, the finding.
 *
 * @param caseId the case
 * @param department the department that decided it
 * @param decidedBy who decided it, or {@code null} when unknown
 * @param stratum the stratum it was drawn in
 * @param rank its lottery rank
 * @param reason drawn by rate or as the department's minimum
 * @param reviewer the assigned reviewer's username, or {@code null}: any inspector
 * @param reviewerDepartment the assigned reviewer's department, or {@code null}
 * @param finding the finding, or {@code null} while not reviewed
 * @param category for an irregular finding, what was wrong
 * @param note the reviewer's note
 * @param reviewedBy who recorded the finding
 * @param reviewedAt when
 */
public record SampledCase(
        String caseId,
        String department,
        String decidedBy,
        Stratum stratum,
        String rank,
        SampleDraw.Reason reason,
        String reviewer,
        String reviewerDepartment,
        Finding finding,
        FindingCategory category,
        String note,
        String reviewedBy,
        Instant reviewedAt) {

    public boolean reviewed() {
        return finding != null;
    }

    public boolean irregular() {
        return finding == Finding.IRREGULAR;
    }

    SampledCase withFinding(Finding finding, FindingCategory category, String note, String by, Instant at) {
        return new SampledCase(
                caseId,
                department,
                decidedBy,
                stratum,
                rank,
                reason,
                reviewer,
                reviewerDepartment,
                finding,
                category,
                note,
                by,
                at);
    }
}
