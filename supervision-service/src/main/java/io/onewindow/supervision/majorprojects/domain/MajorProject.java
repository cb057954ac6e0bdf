package io.onewindow.supervision.majorprojects.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.MajorProjectFlagged;
import io.onewindow.platform.events.supervision.MajorProjectUnflagged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case an inspector flagged as a major project (重大项目), watched closer than others: primary
 * data of supervision (not derived from events, so it survives a projection rebuild). The flag may
 * be taken off and put on again; each change is kept with its inspector, time and reason, and the
 * case is watched over the periods it was flagged ({@link #watchedAt}).
 */
public class MajorProject extends AggregateRoot {

    /** Longest reason accepted. */
    public static final int MAX_REASON = 500;

    private String caseId;
    private String department;
    private boolean flagged;
    private String flaggedBy;
    private Instant flaggedAt;
    private String reason;
    private List<MajorProjectChange> history = new ArrayList<>();

    MajorProject() {}

    /** The first flag of a case. */
    public static MajorProject flag(String caseId, String department, String inspector, String reason, Instant at) {
        MajorProject project = new MajorProject();
        project.caseId = Objects.requireNonNull(caseId, "caseId");
        project.department = department;
        project.putOn(inspector, reason, at);
        return project;
    }

    /**
     * Flags the case again after the flag was taken off.
     *
     * @throws ConflictException {@code major-project.flagged} when it is flagged already
     */
    public void flagAgain(String inspector, String reason, Instant at) {
        if (flagged) {
            throw new ConflictException(
                    "major-project.flagged", "case " + caseId + " is flagged as a major project already");
        }
        putOn(inspector, reason, at);
    }

    /**
     * Takes the flag off.
     *
     * @throws ConflictException {@code major-project.not-flagged} when the case is not flagged
     */
    public void unflag(String inspector, String why, Instant at) {
        if (!flagged) {
            throw notFlagged(caseId);
        }
        String checked = checkedReason(why);
        flagged = false;
        history.add(new MajorProjectChange(false, inspector, at, checked));
        record(new MajorProjectUnflagged(caseId, department, inspector, at));
    }

    /** The refusal to take off a flag that is not on {@code caseId}. */
    public static ConflictException notFlagged(String caseId) {
        return new ConflictException(
                "major-project.not-flagged", "case " + caseId + " is not flagged as a major project");
    }

    private void putOn(String inspector, String why, Instant at) {
        String checked = checkedReason(why);
        flagged = true;
        flaggedBy = Objects.requireNonNull(inspector, "inspector");
        flaggedAt = Objects.requireNonNull(at, "at");
        reason = checked;
        history.add(new MajorProjectChange(true, inspector, at, checked));
        record(new MajorProjectFlagged(caseId, department, inspector, at));
    }

    private static String checkedReason(String why) {
        if (why == null || why.isBlank()) {
            throw new InvalidValueException("major-project.reason", "reason", "a reason is required");
        }
        String trimmed = why.strip();
        if (trimmed.length() > MAX_REASON) {
            throw new InvalidValueException("major-project.reason", "reason", "at most " + MAX_REASON + " characters");
        }
        return trimmed;
    }

    /** Whether the case was flagged at {@code instant} (flagged at or before it, not taken off since). */
    public boolean watchedAt(Instant instant) {
        if (instant == null) {
            return false;
        }
        boolean watched = false;
        for (MajorProjectChange change : history) {
            if (change.at().isAfter(instant)) {
                break;
            }
            watched = change.flagged();
        }
        return watched;
    }

    public String caseId() {
        return caseId;
    }

    public String department() {
        return department;
    }

    /** Whether the case is flagged now. */
    public boolean flagged() {
        return flagged;
    }

    /** Who put the current (or last) flag on. */
    public String flaggedBy() {
        return flaggedBy;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public String reason() {
        return reason;
    }

    public List<MajorProjectChange> history() {
        return List.copyOf(history);
    }
}
