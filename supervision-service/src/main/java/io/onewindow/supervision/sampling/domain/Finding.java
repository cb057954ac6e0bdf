package io.onewindow.supervision.sampling.domain;

/** What a reviewer found on a sampled case. */
public enum Finding {
    /** The decision was made as the law and the catalog require. */
    IN_ORDER,
    /** Something was wrong; the category says what. */
    IRREGULAR
}
