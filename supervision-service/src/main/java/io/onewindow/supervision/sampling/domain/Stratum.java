package io.onewindow.supervision.sampling.domain;

/** Which rate a candidate is drawn at: its own stratum within its department. */
public enum Stratum {
    /** Decided on the spot (即办): the catalog promises 0 working days, or decided at the window on the day of receipt. */
    ON_THE_SPOT,
    /** Filed by an agent (intermediary) for the applicant. */
    AGENT_FILED,
    /** Every other decided case. */
    BASE
}
