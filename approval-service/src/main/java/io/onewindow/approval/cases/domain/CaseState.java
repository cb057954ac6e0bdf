package io.onewindow.approval.cases.domain;

/** The states of a case (办件). */
public enum CaseState {
    /** Received, being pre-reviewed (预审); the Art. 32 five working days run. */
    PRE_REVIEW,
    /** A correction notice was given; waiting for the applicant. */
    CORRECTION_REQUIRED,
    /** Accepted (受理); the statutory clock runs; review steps of the catalog version follow. */
    ACCEPTED,
    /** Not accepted (不予受理), with reason and legal basis. */
    NOT_ACCEPTED,
    APPROVED,
    DENIED,
    /** Delivered and closed (办结). */
    COMPLETED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == PRE_REVIEW || this == CORRECTION_REQUIRED || this == ACCEPTED;
    }
}
