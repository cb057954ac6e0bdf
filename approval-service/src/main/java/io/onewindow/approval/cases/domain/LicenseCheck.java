package io.onewindow.approval.cases.domain;

import java.time.Instant;

/**
 * The outcome of checking one e-license with the e-license service.
 *
 * @param status what the service said, or {@link LicenseStatus#UNCHECKED}
 * @param belongsToHolder whether the license is the applicant's
 * @param licenseTypeCode the license's type, when the service told it
 * @param checkedAt when
 */
public record LicenseCheck(LicenseStatus status, boolean belongsToHolder, String licenseTypeCode, Instant checkedAt) {

    public static LicenseCheck unchecked(Instant at) {
        return new LicenseCheck(LicenseStatus.UNCHECKED, false, null, at);
    }

    public boolean isUnchecked() {
        return status == LicenseStatus.UNCHECKED;
    }

    /** Valid, the applicant's, and of the type the catalog accepts for the material. */
    public boolean holdsUpFor(String acceptedType) {
        return status == LicenseStatus.VALID
                && belongsToHolder
                && (licenseTypeCode == null || acceptedType == null || licenseTypeCode.equals(acceptedType));
    }
}
