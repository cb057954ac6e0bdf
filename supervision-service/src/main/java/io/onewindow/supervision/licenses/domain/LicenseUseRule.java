package io.onewindow.supervision.licenses.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rule 15 — a license used (用证) without a basis or while it may not be used: a use that claims a grant
 * but names none, a department's duty check that names no case, or a use of a license suspended, revoked,
 * expired or replaced at that moment. One alert per use, in the reading department (the holder's own use
 * is not judged), with the use event as evidence.
 */
public final class LicenseUseRule {

    public static final int NUMBER = 15;
    public static final String WITHOUT_BASIS = "license.use-without-basis";
    public static final String NOT_USABLE = "license.used-while-not-valid";

    private LicenseUseRule() {}

    /**
     * The alert a use raises, if any.
     *
     * @param basis {@code HOLDER}, {@code GRANT} or {@code DUTY_CHECK}
     * @param statusAtUse the license's status when it was used
     */
    public static Optional<AlertCandidate> judge(
            String useEventId,
            SupervisedLicense license,
            String basis,
            String grantId,
            String caseNumber,
            String usedBy,
            String readerDepartment,
            SupervisedLicense.Status statusAtUse,
            Instant usedAt) {
        if ("HOLDER".equals(basis)) {
            return Optional.empty();
        }
        String department = readerDepartment != null ? readerDepartment : license.department();
        boolean noGrant = "GRANT".equals(basis) && (grantId == null || grantId.isBlank());
        boolean noCase = "DUTY_CHECK".equals(basis) && (caseNumber == null || caseNumber.isBlank());
        boolean unknownBasis = !"GRANT".equals(basis) && !"DUTY_CHECK".equals(basis);
        if (noGrant || noCase || unknownBasis) {
            return Optional.of(new AlertCandidate(
                    NUMBER,
                    WITHOUT_BASIS,
                    "LICENSE_USE",
                    useEventId,
                    department,
                    Severity.SERIOUS,
                    license.caseId(),
                    List.of(useEventId),
                    List.of(usedBy),
                    usedAt,
                    "license " + license.identifier() + " used by " + usedBy + " as " + basis
                            + (noGrant ? " without naming the grant" : noCase ? " without naming the case" : "")));
        }
        if (statusAtUse == SupervisedLicense.Status.SUSPENDED
                || statusAtUse == SupervisedLicense.Status.REVOKED
                || statusAtUse == SupervisedLicense.Status.EXPIRED
                || statusAtUse == SupervisedLicense.Status.RENEWED) {
            return Optional.of(new AlertCandidate(
                    NUMBER,
                    NOT_USABLE,
                    "LICENSE_USE",
                    useEventId,
                    department,
                    Severity.SERIOUS,
                    license.caseId(),
                    List.of(useEventId),
                    List.of(usedBy),
                    usedAt,
                    "license " + license.identifier() + " used by " + usedBy + " while " + statusAtUse));
        }
        return Optional.empty();
    }
}
