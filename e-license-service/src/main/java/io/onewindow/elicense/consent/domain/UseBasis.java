package io.onewindow.elicense.consent.domain;

/** On what ground a license was used (docs/e-license-service.md: every use is tied to one of these). */
public enum UseBasis {
    /** The holder's own use, e.g. in their own application. */
    HOLDER,
    /** A holder's authorization for the reading department and purpose. */
    GRANT,
    /** A department's check in the course of its duty, tied to a case. */
    DUTY_CHECK
}
