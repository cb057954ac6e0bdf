package io.onewindow.supervision.cases.domain;

/** Where a case stands, as far as supervision has seen its events. */
public enum CaseState {
    /** Only a license or use has been seen so far; the case's own events have not arrived. */
    UNKNOWN,
    RECEIVED,
    CORRECTION,
    ACCEPTED,
    SUSPENDED,
    DECIDED,
    COMPLETED,
    NOT_ACCEPTED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == COMPLETED || this == NOT_ACCEPTED || this == WITHDRAWN;
    }
}
