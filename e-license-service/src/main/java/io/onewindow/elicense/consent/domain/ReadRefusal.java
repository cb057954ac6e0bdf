package io.onewindow.elicense.consent.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.license.LicenseReadRefused;
import java.time.Instant;
import java.util.Objects;

/**
 * A refused duty read, kept: a member of staff asked for a license's full data naming a case that
 * gives them no duty to read it ({@link DutyRule}). Recording it raises {@link LicenseReadRefused},
 * on which supervision alerts when it repeats. A refusal never changes afterwards.
 */
public final class ReadRefusal extends AggregateRoot {

    /** Why no duty covers the read. */
    public enum Reason {
        /** approval-service knows no case with that number (or not with that matter code). */
        NO_SUCH_CASE,
        /** The case belongs to another department than the reader's. */
        OTHER_DEPARTMENT,
        /** The case does not cite this license among its materials. */
        NOT_CITED
    }

    private final String id;
    private final String identifier;
    private final String readerUsername;
    private final String readerDepartment;
    private final String matterCode;
    private final String caseNumber;
    private final Reason reason;
    private final Instant refusedAt;

    /** Rebuilds a stored refusal; records no event. */
    public ReadRefusal(
            String id,
            String identifier,
            String readerUsername,
            String readerDepartment,
            String matterCode,
            String caseNumber,
            Reason reason,
            Instant refusedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.identifier = identifier;
        this.readerUsername = readerUsername;
        this.readerDepartment = readerDepartment;
        this.matterCode = matterCode;
        this.caseNumber = caseNumber;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
    }

    /** Who asked, for what, naming which case. */
    public record Attempt(
            String identifier, String readerUsername, String readerDepartment, String matterCode, String caseNumber) {}

    /** Records a refusal; raises {@link LicenseReadRefused}. */
    public static ReadRefusal of(String id, Attempt attempt, Reason reason, Instant now) {
        ReadRefusal refusal = new ReadRefusal(
                id,
                attempt.identifier(),
                attempt.readerUsername(),
                attempt.readerDepartment(),
                attempt.matterCode(),
                attempt.caseNumber(),
                reason,
                now);
        refusal.record(new LicenseReadRefused(
                id,
                attempt.identifier(),
                attempt.readerUsername(),
                attempt.readerDepartment(),
                attempt.matterCode(),
                attempt.caseNumber(),
                reason.name(),
                now));
        return refusal;
    }

    public String id() {
        return id;
    }

    public String identifier() {
        return identifier;
    }

    public String readerUsername() {
        return readerUsername;
    }

    public String readerDepartment() {
        return readerDepartment;
    }

    public String matterCode() {
        return matterCode;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Reason reason() {
        return reason;
    }

    public Instant refusedAt() {
        return refusedAt;
    }
}
