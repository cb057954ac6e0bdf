package io.onewindow.elicense.license.domain;

/** Where a request to digitise a paper license is. */
public enum DigitisationStatus {
    /** Waiting for a second person of the department. */
    PENDING,
    /** Confirmed: the license was issued. */
    CONFIRMED,
    /** Rejected by a second person, or withdrawn by the requester. */
    REJECTED,
    /** Nobody decided before it expired; a new request is needed. */
    EXPIRED
}
