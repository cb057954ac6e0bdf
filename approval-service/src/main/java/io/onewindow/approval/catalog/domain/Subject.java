package io.onewindow.approval.catalog.domain;

/** Who may apply for a matter. */
public enum Subject {
    PERSON,
    ENTERPRISE
}
