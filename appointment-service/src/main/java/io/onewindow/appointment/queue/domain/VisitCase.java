package io.onewindow.appointment.queue.domain;

import java.util.Objects;

/**
 * A case a visit became at approval-service: the one case of a single visit, or one department's
 * case of a linked filing (联办件).
 *
 * @param caseId the case
 * @param caseNumber its number
 * @param matterCode its matter, or {@code null} for a case recorded before it was kept
 */
public record VisitCase(String caseId, String caseNumber, String matterCode) {

    public VisitCase {
        Objects.requireNonNull(caseId, "caseId");
    }
}
