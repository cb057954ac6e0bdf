package io.onewindow.approval.catalog.domain;

/** GB/T 39046 case type of a matter. */
public enum CaseType {
    /** 即办件: decided on the spot. */
    ON_THE_SPOT("1"),
    /** 承诺件: decided within a promised time limit. */
    PROMISED("2");

    private final String code;

    CaseType(String code) {
        this.code = code;
    }

    /** The GB/T 39046 code. */
    public String code() {
        return code;
    }
}
