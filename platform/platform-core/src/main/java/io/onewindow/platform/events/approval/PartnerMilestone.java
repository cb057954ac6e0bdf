package io.onewindow.platform.events.approval;

/** Milestones a partner department's own case system reports, in this order. */
public enum PartnerMilestone {
    RECEIVED,
    ACCEPTED,
    DECIDED,
    COMPLETED
}
