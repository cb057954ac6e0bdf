package io.onewindow.supervision.feedback.domain;

import java.time.Instant;

/**
 * One step in a complaint's handling, kept for audit: who did what and when.
 *
 * @param action {@code FILED}, {@code ASSIGNED}, {@code ANSWERED}, {@code CLOSED}, {@code CONTESTED}
 *     or {@code RATED}
 * @param by the username of who did it ({@code null} for a hotline complainant)
 * @param at when
 * @param note what goes with it: the route on filing, the assignee, the reply, the closing note, the
 *     contest's reason, the rating
 */
public record ComplaintStep(String action, String by, Instant at, String note) {}
