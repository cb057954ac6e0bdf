package io.onewindow.approval.cases.domain;

/** What pre-review has found so far. */
public enum PreReviewStatus {
    /** Some e-license could not be checked (the e-license service did not answer): the case waits. */
    WAITING_FOR_LICENSE_CHECK,
    /** Required materials are missing or an e-license did not hold up: an officer lists them. */
    DEFECTS_FOUND,
    /** Complete, and every e-license checked valid and the applicant's. */
    PASSED
}
