package io.onewindow.approval.catalog.domain;

/** Whether the original or a copy of a material is needed. */
public enum MaterialForm {
    ORIGINAL,
    COPY
}
