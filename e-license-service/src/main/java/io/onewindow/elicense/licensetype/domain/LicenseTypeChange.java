package io.onewindow.elicense.licensetype.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * A catalog admin's proposal to define a new license type or change an existing one. It takes
 * effect only when the admin of the owning department confirms: the department the type belongs
 * to now, or, for a new type, the department named in it. The proposal remembers the type as it
 * was, so a confirmation never applies to a type that changed meanwhile. Records no events.
 */
public final class LicenseTypeChange extends AggregateRoot {

    public static final String VALIDITY_TOO_LONG = "license-type.validity-too-long";
    public static final String OTHER_DEPARTMENT = "license-type.change-other-department";
    public static final String CONFIRMER_IS_PROPOSER = "license-type.confirmer-is-proposer";
    public static final String NOT_PENDING = "license-type.change-not-pending";
    public static final String CHANGED_MEANWHILE = "license-type.changed-meanwhile";

    /** Where a proposal is. */
    public enum Status {
        PENDING,
        CONFIRMED,
        REJECTED
    }

    private final String id;
    private final LicenseType proposed;
    private final LicenseType previous;
    private final String confirmingDepartment;
    private final String proposedBy;
    private final Instant proposedAt;
    private Status status;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    /** Rebuilds a stored proposal; records nothing. */
    public LicenseTypeChange(
            String id,
            LicenseType proposed,
            LicenseType previous,
            String confirmingDepartment,
            String proposedBy,
            Instant proposedAt,
            Status status,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.proposed = Objects.requireNonNull(proposed, "proposed");
        this.previous = previous;
        this.confirmingDepartment = Objects.requireNonNull(confirmingDepartment, "confirmingDepartment");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.rejectionReason = rejectionReason;
    }

    /**
     * Proposes {@code proposed} in place of {@code previous} ({@code null} for a new type), with a
     * validity of at most {@code maxValidityYears} (0, no expiry, stays allowed).
     */
    public static LicenseTypeChange propose(
            String id, LicenseType proposed, LicenseType previous, int maxValidityYears, String by, Instant now) {
        if (previous != null && !previous.code().equals(proposed.code())) {
            throw new IllegalArgumentException("a change keeps the type's code");
        }
        if (proposed.validityYears() > maxValidityYears) {
            throw new InvalidValueException(
                    VALIDITY_TOO_LONG,
                    "validityYears",
                    "a license type is valid at most " + maxValidityYears + " years (0 for no expiry)");
        }
        String owner = previous != null ? previous.department() : proposed.department();
        return new LicenseTypeChange(id, proposed, previous, owner, by, now, Status.PENDING, null, null, null);
    }

    /**
     * Confirms the proposal: the admin of the owning department, not its proposer, while the type
     * is still as it was when proposed ({@code current}, {@code null} when it does not exist).
     */
    public void confirm(String by, String byDepartment, LicenseType current, Instant now) {
        requireOwningDepartment(byDepartment);
        if (by.equals(proposedBy)) {
            throw new AccessRefusedException(CONFIRMER_IS_PROPOSER, "someone other than the proposer confirms");
        }
        requirePending();
        if (!Objects.equals(previous, current)) {
            throw new ConflictException(
                    CHANGED_MEANWHILE,
                    "license type " + proposed.code() + " changed since the proposal: propose again");
        }
        status = Status.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    /**
     * Rejects the proposal (the owning department's admin) or withdraws it (its proposer), with a
     * reason.
     */
    public void reject(String by, String byDepartment, String reason, Instant now) {
        if (!by.equals(proposedBy)) {
            requireOwningDepartment(byDepartment);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("license.reason-required", "reason", "say why");
        }
        requirePending();
        status = Status.REJECTED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = reason.strip();
    }

    private void requireOwningDepartment(String byDepartment) {
        if (!confirmingDepartment.equals(byDepartment)) {
            throw new AccessRefusedException(
                    OTHER_DEPARTMENT,
                    "license type " + proposed.code() + " is decided by the admin of " + confirmingDepartment);
        }
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new ConflictException(NOT_PENDING, "the proposal is " + status + ", not pending");
        }
    }

    public String id() {
        return id;
    }

    public String code() {
        return proposed.code();
    }

    public LicenseType proposed() {
        return proposed;
    }

    /** The type when proposed; {@code null} when the proposal defines a new type. */
    public LicenseType previous() {
        return previous;
    }

    public String confirmingDepartment() {
        return confirmingDepartment;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
