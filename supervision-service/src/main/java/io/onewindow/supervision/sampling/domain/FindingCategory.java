package io.onewindow.supervision.sampling.domain;

/** What was wrong with an irregular decision (a fixed list). */
public enum FindingCategory {
    /** The decision rests on the wrong legal basis, or on none. */
    WRONG_LEGAL_BASIS,
    /** A required material was missing and the case was accepted anyway. */
    MISSING_MATERIAL_ACCEPTED,
    /** The time limit was counted or applied wrongly. */
    TIME_LIMIT_MISAPPLIED,
    /** Something the catalog does not require was asked of the applicant (目录外要求). */
    OFF_CATALOG_REQUIREMENT,
    /** Anything else; the note says what. */
    OTHER
}
