package io.onewindow.approval.catalog.domain;

/** Where a catalog version is in its life. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
