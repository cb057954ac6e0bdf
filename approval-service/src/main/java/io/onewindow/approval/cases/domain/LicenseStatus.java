package io.onewindow.approval.cases.domain;

/** What the e-license service said about a license offered in place of paper. */
public enum LicenseStatus {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    INVALID,
    UNKNOWN,
    /** The e-license service refused the check (e.g. not the caller's license). */
    REFUSED,
    /** Not checked: the e-license service was unreachable or slow. Never counts as valid. */
    UNCHECKED
}
