package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.time.Instant;
import java.util.List;

/** Builds candidates about a case, so each rule states only what it found. */
final class Candidates {

    private Candidates() {}

    static AlertCandidate ofCase(
            int number,
            String code,
            CaseTimeline c,
            String subjectType,
            String subjectId,
            Severity severity,
            List<String> evidence,
            List<String> involved,
            Instant raisedAt,
            String summary) {
        return new AlertCandidate(
                number,
                code,
                subjectType,
                subjectId,
                c.department(),
                severity,
                c.id(),
                evidence,
                involved.stream()
                        .filter(name -> name != null && !name.isBlank())
                        .toList(),
                raisedAt,
                summary);
    }

    static AlertCandidate ofCase(
            int number,
            String code,
            CaseTimeline c,
            Severity severity,
            List<String> evidence,
            List<String> involved,
            Instant raisedAt,
            String summary) {
        return ofCase(number, code, c, "CASE", c.id(), severity, evidence, involved, raisedAt, summary);
    }
}
