package io.onewindow.supervision.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found: raised as an alert unless the same rule already raised one for the same
 * subject. Everything here is derived from events and their times, never from the wall clock
 * alone, so replaying the topics finds the same candidates.
 *
 * @param ruleNumber 1–12
 * @param ruleCode stable code, e.g. {@code deadline.overdue-promised}
 * @param subjectType CASE, STEP, OFFICER, OFFICER_PAIR, AGENT, READER, DEVICE, PRINCIPAL, BOOKING, SERVICE_POINT, MATTER,
 *     LICENSE, COMPLAINT, RECTIFICATION or PATROL
 * @param subjectId the subject
 * @param department the department the alert is about, or {@code null}
 * @param severity how urgent
 * @param caseId the case concerned, or {@code null}
 * @param evidence event ids that prove it
 * @param involved usernames of the staff whose conduct is in question: a department admin never
 *     sees an alert that involves them
 * @param raisedAt when the condition arose (an event's time or a deadline's end)
 * @param summary one line for the inspector
 * @param details what else lets the inspector open the evidence in the service that holds it, by
 *     name, e.g. {@code bookingIds} for rule 8 (booking ids appointment-service answers for)
 */
public record AlertCandidate(
        int ruleNumber,
        String ruleCode,
        String subjectType,
        String subjectId,
        String department,
        Severity severity,
        String caseId,
        List<String> evidence,
        List<String> involved,
        Instant raisedAt,
        String summary,
        Map<String, List<String>> details) {

    public AlertCandidate {
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(raisedAt, "raisedAt");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        involved = involved == null
                ? List.of()
                : involved.stream().filter(Objects::nonNull).distinct().toList();
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A candidate without details. */
    public AlertCandidate(
            int ruleNumber,
            String ruleCode,
            String subjectType,
            String subjectId,
            String department,
            Severity severity,
            String caseId,
            List<String> evidence,
            List<String> involved,
            Instant raisedAt,
            String summary) {
        this(
                ruleNumber,
                ruleCode,
                subjectType,
                subjectId,
                department,
                severity,
                caseId,
                evidence,
                involved,
                raisedAt,
                summary,
                Map.of());
    }

    /** The same candidate with {@code values} listed under {@code name} in its details. */
    public AlertCandidate withDetail(String name, List<String> values) {
        Map<String, List<String>> more = new java.util.LinkedHashMap<>(details);
        more.put(name, List.copyOf(values));
        return new AlertCandidate(
                ruleNumber,
                ruleCode,
                subjectType,
                subjectId,
                department,
                severity,
                caseId,
                evidence,
                involved,
                raisedAt,
                summary,
                more);
    }

    /** One alert per rule and subject: the id says both. */
    public String alertId() {
        return idOf(ruleCode, subjectType, subjectId);
    }

    /** The id of the alert a rule raises about a subject. */
    public static String idOf(String ruleCode, String subjectType, String subjectId) {
        return ruleCode + ":" + subjectType + ":" + subjectId;
    }
}
