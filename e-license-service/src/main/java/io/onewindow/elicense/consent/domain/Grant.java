package io.onewindow.elicense.consent.domain;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A holder's authorization for one department to read one license for a named purpose until
 * an expiry (用证授权). The holder may withdraw it at any time.
 */
public record Grant(
        String id,
        String licenseId,
        String holderCode,
        String department,
        String purpose,
        Instant validUntil,
        Instant createdAt,
        Instant withdrawnAt) {

    /** No standing authorizations: a grant is for one errand. */
    public static final Duration LONGEST = Duration.ofDays(366);

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Grant give(
            String id,
            String licenseId,
            String holderCode,
            String department,
            String purpose,
            Instant validUntil,
            Instant now) {
        if (!validUntil.isAfter(now)) {
            throw new InvalidValueException("grant.expiry-past", "validUntil", "the grant must end in the future");
        }
        if (validUntil.isAfter(now.plus(LONGEST))) {
            throw new InvalidValueException("grant.expiry-too-far", "validUntil", "a grant lasts at most 366 days");
        }
        return new Grant(id, licenseId, holderCode, department, purpose.strip(), validUntil, now, null);
    }

    /** Whether this grant lets {@code department} read for {@code purpose} at {@code now}. */
    public boolean permits(String readerDepartment, String readPurpose, Instant now) {
        return withdrawnAt == null
                && department.equals(readerDepartment)
                && readPurpose != null
                && purpose.equals(readPurpose.strip())
                && now.isBefore(validUntil);
    }

    public Grant withdraw(Instant now) {
        if (withdrawnAt != null) {
            throw new ConflictException("grant.withdrawn", "the grant was already withdrawn");
        }
        return new Grant(id, licenseId, holderCode, department, purpose, validUntil, createdAt, now);
    }
}
