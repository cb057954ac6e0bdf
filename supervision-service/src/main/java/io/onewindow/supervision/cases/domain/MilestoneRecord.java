package io.onewindow.supervision.cases.domain;

import java.time.Instant;

/**
 * A milestone a partner department reported for a case handled in its own system.
 *
 * @param eventId the PartnerMilestoneReported event
 * @param milestone RECEIVED, ACCEPTED, DECIDED or COMPLETED
 * @param occurredAt when the partner says it happened
 * @param reportedAt when the platform received the report
 */
public record MilestoneRecord(String eventId, String milestone, Instant occurredAt, Instant reportedAt) {}
