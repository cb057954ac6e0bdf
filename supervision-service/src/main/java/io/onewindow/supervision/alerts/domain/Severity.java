package io.onewindow.supervision.alerts.domain;

/** How urgent an alert is. */
public enum Severity {
    /** For the record: a step of a case watched closer (a major project), nothing wrong in itself. */
    INFO,
    /** Worth a look: a case nearing its deadline, a signal below certainty. */
    WARNING,
    /** A breach: a deadline missed, a rule of the law broken. */
    SERIOUS
}
