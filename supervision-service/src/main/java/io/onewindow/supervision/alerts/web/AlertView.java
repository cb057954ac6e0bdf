package io.onewindow.supervision.alerts.web;

import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.StatusChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An alert as inspectors and department admins read it; {@code details} names what to open in the
 * service that keeps the evidence (rule 8: {@code bookingIds}), empty when there is nothing.
 */
record AlertView(
        String id,
        int ruleNumber,
        String ruleCode,
        String subjectType,
        String subjectId,
        String department,
        String severity,
        String caseId,
        String summary,
        List<String> evidence,
        Instant raisedAt,
        String status,
        Instant statusAt,
        List<StatusChange> history,
        Map<String, List<String>> details) {

    static AlertView of(Alert a) {
        return new AlertView(
                a.id(),
                a.ruleNumber(),
                a.ruleCode(),
                a.subjectType(),
                a.subjectId(),
                a.department(),
                a.severity().name(),
                a.caseId(),
                a.summary(),
                a.evidence(),
                a.raisedAt(),
                a.status().name(),
                a.statusAt(),
                a.history(),
                a.details());
    }
}
