package io.onewindow.platform.events.approval;

/** The procedures whose time is not counted (Administrative License Law art. 45). */
public enum SuspensionProcedure {
    HEARING,
    TENDERING,
    AUCTION,
    INSPECTION,
    TESTING,
    QUARANTINE,
    APPRAISAL,
    EXPERT_REVIEW,
    SITE_INSPECTION
}
