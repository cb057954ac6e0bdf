package io.onewindow.elicense.licensetype.web;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.elicense.licensetype.domain.LicenseTypeChange;
import java.time.Instant;

/**
 * A proposal to define or change a license type, as its deciders see it.
 *
 * @param proposed the type as it will be once confirmed
 * @param previous the type as it is now, {@code null} for a new type
 * @param confirmingDepartment whose department admin decides
 * @param status PENDING, CONFIRMED or REJECTED
 */
record TypeChangeView(
        String id,
        String code,
        String status,
        LicenseType proposed,
        LicenseType previous,
        String confirmingDepartment,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason) {

    static TypeChangeView of(LicenseTypeChange change) {
        return new TypeChangeView(
                change.id(),
                change.code(),
                change.status().name(),
                change.proposed(),
                change.previous(),
                change.confirmingDepartment(),
                change.proposedBy(),
                change.proposedAt(),
                change.decidedBy(),
                change.decidedAt(),
                change.rejectionReason());
    }
}
