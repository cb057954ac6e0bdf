package io.onewindow.elicense.license.domain;

/** Where a license is in its life. Only {@link #VALID} licenses verify as valid. */
public enum LicenseStatus {
    VALID,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    /** Replaced by a renewed version; answered as REVOKED to verifiers, with the successor named. */
    SUPERSEDED
}
