package io.onewindow.supervision.sampling.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A case decided in the period, as the draw sees it.
 *
 * @param caseId the case
 * @param department the department that decided it
 * @param decidedBy the username that decided it (never its reviewer), or {@code null} when unknown
 * @param decidedAt when it was decided
 * @param onTheSpot decided on the spot
 * @param agentFiled filed by an agent
 */
public record SampleCandidate(
        String caseId, String department, String decidedBy, Instant decidedAt, boolean onTheSpot, boolean agentFiled) {

    public SampleCandidate {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
    }
}
