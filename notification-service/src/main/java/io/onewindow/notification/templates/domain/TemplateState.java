package io.onewindow.notification.templates.domain;

/** Where a template version stands: saved, in use, or replaced. */
public enum TemplateState {
    /** Saved by an administrator; no notice is written from it until it is published. */
    DRAFT,
    /** The version notices of the kind are written from; at most one per kind. */
    PUBLISHED,
    /** Was published, replaced by a later publication; kept for the notices written from it. */
    RETIRED
}
