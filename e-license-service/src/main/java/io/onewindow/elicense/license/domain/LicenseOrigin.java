package io.onewindow.elicense.license.domain;

/** How a license came to be. */
public enum LicenseOrigin {
    /** From an approved case of approval-service. */
    APPROVAL,
    /** An existing paper license digitised by its department. */
    DIGITISED,
    /** The new version of a renewed license. */
    RENEWAL
}
