package io.onewindow.supervision.cases.domain;

import java.time.Instant;

/**
 * One event on a case's timeline: the evidence an inspector reads.
 *
 * @param eventId the CloudEvents id, so an alert can name the events that prove it
 * @param type the short event type, e.g. {@code ApplicationAccepted}
 * @param at when it happened, as the producer says
 * @param actor the username or client that acted, or {@code null}
 * @param note a short fact for the reader, e.g. the correction sequence
 */
public record TimelineEntry(String eventId, String type, Instant at, String actor, String note) {}
