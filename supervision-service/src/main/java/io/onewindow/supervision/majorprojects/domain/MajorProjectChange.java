package io.onewindow.supervision.majorprojects.domain;

import java.time.Instant;

/**
 * One flagging or unflagging of a case as a major project, kept for the file.
 *
 * @param flagged {@code true} for a flag, {@code false} for its removal
 * @param by the inspector
 * @param at when
 * @param reason why
 */
public record MajorProjectChange(boolean flagged, String by, Instant at, String reason) {}
