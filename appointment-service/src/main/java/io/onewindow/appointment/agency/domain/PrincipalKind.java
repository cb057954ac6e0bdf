package io.onewindow.appointment.agency.domain;

/** Who gives a mandate: a person (by resident ID number) or an enterprise (by credit code). */
public enum PrincipalKind {
    PERSON,
    ENTERPRISE
}
