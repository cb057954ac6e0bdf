package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A supervision rule found a case, officer, agent or service point worth an inspector's look.
 * Raised once per rule and subject.
 *
 * @param alertId the alert's id (aggregate id)
 * @param ruleNumber the rule's number, 1–8 (docs/supervision-service.md)
 * @param ruleCode stable kebab-case code of the rule, e.g. {@code overdue-promised}
 * @param subjectType {@code CASE}, {@code OFFICER}, {@code AGENT}, {@code SERVICE_POINT}, {@code DEVICE},
 *     {@code PRINCIPAL}, {@code MATTER} or {@code COMPLAINT}
 * @param subjectId the subject's id (a case id, a username, a hash for devices and principals)
 * @param department the department the alert is about, or {@code null} when none is known
 * @param severity {@code WARNING} or {@code SERIOUS}
 * @param caseId the case concerned, or {@code null}
 * @param evidenceEventIds ids of the events that prove it
 * @param raisedAt when the rule fired
 */
@EventType("onewindow.supervision.AlertRaised.v1")
public record AlertRaised(
        String alertId,
        int ruleNumber,
        String ruleCode,
        String subjectType,
        String subjectId,
        String department,
        String severity,
        String caseId,
        List<String> evidenceEventIds,
        Instant raisedAt)
        implements DomainEvent {

    public AlertRaised {
        evidenceEventIds = evidenceEventIds == null ? List.of() : List.copyOf(evidenceEventIds);
    }

    @Override
    public String aggregateId() {
        return alertId;
    }
}
