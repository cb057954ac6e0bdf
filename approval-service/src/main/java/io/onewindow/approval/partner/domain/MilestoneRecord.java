package io.onewindow.approval.partner.domain;

import io.onewindow.platform.events.approval.PartnerMilestone;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One milestone as a partner reported it.
 *
 * @param milestone which
 * @param occurredAt when it happened, as reported
 * @param reportedAt when the report arrived
 * @param dueDate the due date reported with acceptance, else {@code null}
 */
public record MilestoneRecord(PartnerMilestone milestone, Instant occurredAt, Instant reportedAt, LocalDate dueDate) {}
