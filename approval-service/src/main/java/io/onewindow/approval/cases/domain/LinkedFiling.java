package io.onewindow.approval.cases.domain;

import java.util.Objects;

/**
 * The linked filing (联办件) a case is one department's part of: a linked business (一号联办, e.g. the
 * second-hand housing transfer = real-estate registration + deed tax) received together from one hall
 * visit, one case per department under one linked number.
 *
 * @param number the linked number, {@code LB-YYYYMMDD-NNNNNN}, shared by every part
 * @param business the linked business's code as the hall offers it, e.g. {@code HOUSING-TRANSFER}
 */
public record LinkedFiling(String number, String business) {

    /** What a linked number looks like. */
    public static final String NUMBER = "LB-\\d{8}-\\d{6}";

    public LinkedFiling {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(business, "business");
    }
}
