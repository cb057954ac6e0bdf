package io.onewindow.appointment.agency.domain;

/** Where a mandate was given: from the principal's own account, or at a window after an ID card check. */
public enum GrantedVia {
    ONLINE,
    WINDOW
}
