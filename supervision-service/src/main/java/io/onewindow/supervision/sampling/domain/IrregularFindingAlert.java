package io.onewindow.supervision.sampling.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.util.List;
import java.util.Map;

/**
 * Rule 20, {@code review.irregular}: a sampling review found a decision irregular. One alert per case
 * (a case is decided, so sampled, once), with the case's events as evidence and the decider involved.
 */
public final class IrregularFindingAlert {

    public static final int NUMBER = 20;
    public static final String CODE = "review.irregular";

    private IrregularFindingAlert() {}

    /**
     * The alert candidate of an irregular finding.
     *
     * @param samplingId the sampling the case was drawn in
     * @param reviewed the case with its irregular finding
     * @param evidence the ids of the case's events
     */
    public static AlertCandidate of(String samplingId, SampledCase reviewed, List<String> evidence) {
        if (!reviewed.irregular()) {
            throw new IllegalArgumentException("only an irregular finding raises an alert: " + reviewed.caseId());
        }
        return new AlertCandidate(
                NUMBER,
                CODE,
                "CASE",
                reviewed.caseId(),
                reviewed.department(),
                Severity.SERIOUS,
                reviewed.caseId(),
                evidence,
                reviewed.decidedBy() == null ? List.of() : List.of(reviewed.decidedBy()),
                reviewed.reviewedAt(),
                "Sampling review found the decision irregular (" + reviewed.category() + ")",
                Map.of(
                        "samplingId", List.of(samplingId),
                        "category", List.of(reviewed.category().name()),
                        "reviewedBy", List.of(reviewed.reviewedBy())));
    }
}
