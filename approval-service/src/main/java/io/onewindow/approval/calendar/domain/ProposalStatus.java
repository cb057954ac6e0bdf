package io.onewindow.approval.calendar.domain;

/** Where an entered official calendar year stands. */
public enum ProposalStatus {
    /** Entered by one platform-admin; waits for a second one. */
    PROPOSED,
    /** Confirmed by a second platform-admin: the year counts officially everywhere. */
    PUBLISHED,
    /** Refused by a second platform-admin, with a reason; a corrected one can be entered. */
    REJECTED
}
