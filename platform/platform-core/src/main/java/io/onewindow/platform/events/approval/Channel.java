package io.onewindow.platform.events.approval;

/** Where a case entered the platform. */
public enum Channel {
    /** Filed online by the applicant or their agent. */
    ONLINE,
    /** Filed at a service window by an officer. */
    WINDOW,
    /** Mirrored from a partner department's own case system. */
    PARTNER
}
