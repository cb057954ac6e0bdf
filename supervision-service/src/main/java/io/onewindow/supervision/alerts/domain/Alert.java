package io.onewindow.supervision.alerts.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.supervision.AlertRaised;
import io.onewindow.platform.events.supervision.AlertStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An alert (GB/T 39046 §6.8): what rule found what about whom, with the events that prove it, and
 * where the inspectors are with it. Raised once per rule and subject (its id says both); moved
 * along its lifecycle only by inspectors, each move with a note and an event.
 */
public final class Alert extends AggregateRoot {

    /**
     * Rules whose alerts only inspectors read: rule 22 (major projects), since its alerts would tell
     * a department that one of its cases is watched closer.
     */
    public static final Set<Integer> INSPECTORS_ONLY_RULES = Set.of(22);

    /**
     * The department an inspectors-only alert's events name instead of the case's: whoever routes the
     * topic's alerts to departments sends them to the discipline inspectors, as a complaint routed to
     * them names it, and the watched department is not told.
     */
    public static final String INSPECTION = "discipline-inspection";

    private String id;
    private int ruleNumber;
    private String ruleCode;
    private String subjectType;
    private String subjectId;
    private String department;
    private Severity severity;
    private String caseId;
    private List<String> evidence = new ArrayList<>();
    private List<String> involved = new ArrayList<>();
    private String summary;
    private Instant raisedAt;
    private AlertStatus status;
    private Instant statusAt;
    private List<StatusChange> history = new ArrayList<>();
    // Absent (null) in alerts stored before details existed: read as none.
    private Map<String, List<String>> details;

    // For the persistence mapper; alerts are made by raise(candidate).
    Alert() {}

    /** A new open alert for what a rule found, recording {@link AlertRaised}. */
    public static Alert raise(AlertCandidate found) {
        Alert alert = new Alert();
        alert.id = found.alertId();
        alert.ruleNumber = found.ruleNumber();
        alert.ruleCode = found.ruleCode();
        alert.subjectType = found.subjectType();
        alert.subjectId = found.subjectId();
        alert.department = found.department();
        alert.severity = found.severity();
        alert.caseId = found.caseId();
        alert.evidence = new ArrayList<>(found.evidence());
        alert.involved = new ArrayList<>(found.involved());
        alert.summary = found.summary();
        alert.details = found.details().isEmpty() ? null : new LinkedHashMap<>(found.details());
        alert.raisedAt = found.raisedAt();
        alert.status = AlertStatus.OPEN;
        alert.statusAt = found.raisedAt();
        alert.record(new AlertRaised(
                alert.id,
                alert.ruleNumber,
                alert.ruleCode,
                alert.subjectType,
                alert.subjectId,
                alert.publishedDepartment(),
                alert.severity.name(),
                alert.caseId,
                alert.evidence,
                alert.raisedAt));
        return alert;
    }

    /**
     * Moves the alert on, by an inspector with a note.
     *
     * @throws ConflictException if the lifecycle does not allow the move
     */
    public void moveTo(AlertStatus to, String inspector, String note, Instant now) {
        Objects.requireNonNull(to, "to");
        if (!status.next().contains(to)) {
            throw new ConflictException(
                    "alert.illegal-transition", "An alert in status " + status + " cannot move to " + to);
        }
        AlertStatus from = status;
        status = to;
        statusAt = now;
        history.add(new StatusChange(from, to, inspector, note, now));
        record(new AlertStatusChanged(id, ruleCode, publishedDepartment(), from.name(), to.name(), inspector, now));
    }

    /** The department the alert's events name: {@link #INSPECTION} for an inspectors-only rule. */
    private String publishedDepartment() {
        return INSPECTORS_ONLY_RULES.contains(ruleNumber) ? INSPECTION : department;
    }

    /** Who closes an alert automatically, in its history and its event. */
    public static final String SYSTEM = "system";

    /**
     * The system closes the alert (resolved, by {@value #SYSTEM}, with {@code reason} in the
     * history): what it warned about was settled without a breach, e.g. a case near its deadline
     * completed in time. An alert already resolved or dismissed is left as it is.
     *
     * @return whether the alert changed
     */
    public boolean closeAutomatically(String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        if (status.isFinal()) {
            return false;
        }
        AlertStatus from = status;
        status = AlertStatus.RESOLVED;
        statusAt = at;
        history.add(new StatusChange(from, AlertStatus.RESOLVED, SYSTEM, reason, at));
        record(new AlertStatusChanged(
                id, ruleCode, publishedDepartment(), from.name(), AlertStatus.RESOLVED.name(), SYSTEM, at));
        return true;
    }

    /**
     * Whether a department admin of {@code dept} called {@code username} may read this alert: it is
     * about their department, neither names them as subject nor questions their conduct, and is not
     * of a rule for inspectors only ({@link #INSPECTORS_ONLY_RULES}).
     */
    public boolean visibleToDepartmentAdmin(String dept, String username) {
        if (dept == null || !dept.equals(department) || INSPECTORS_ONLY_RULES.contains(ruleNumber)) {
            return false;
        }
        return !concerns(username);
    }

    /** Whether the alert is about {@code username}: as its subject or among the staff involved. */
    public boolean concerns(String username) {
        if (username == null) {
            return false;
        }
        return involved.contains(username)
                || subjectId.equals(username)
                || subjectId.startsWith(username + "~")
                || subjectId.endsWith("~" + username);
    }

    public String id() {
        return id;
    }

    public int ruleNumber() {
        return ruleNumber;
    }

    public String ruleCode() {
        return ruleCode;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String department() {
        return department;
    }

    public Severity severity() {
        return severity;
    }

    public String caseId() {
        return caseId;
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public List<String> involved() {
        return List.copyOf(involved);
    }

    /**
     * What lets the inspector open the evidence where it is kept, by name (e.g. {@code bookingIds});
     * empty for alerts that carry none, and for alerts stored before details existed.
     */
    public Map<String, List<String>> details() {
        return details == null ? Map.of() : Map.copyOf(details);
    }

    public String summary() {
        return summary;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public AlertStatus status() {
        return status;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
