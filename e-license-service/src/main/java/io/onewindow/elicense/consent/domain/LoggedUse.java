package io.onewindow.elicense.consent.domain;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.license.LicenseUsed;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a license's use log (用证记录): who used the license, on what basis, for which case
 * and purpose, when. Logging a use records {@link LicenseUsed}; an entry never changes afterwards.
 * Each use is its own aggregate, so logging never contends with changes to the license itself.
 */
public final class LoggedUse extends AggregateRoot {

    private final String id;
    private final String licenseId;
    private final UseBasis basis;
    private final String grantId;
    private final String usedBy;
    private final String department;
    private final String matterCode;
    private final String caseNumber;
    private final String purpose;
    private final Instant usedAt;

    /** Rebuilds a stored entry; records no event. */
    public LoggedUse(
            String id,
            String licenseId,
            UseBasis basis,
            String grantId,
            String usedBy,
            String department,
            String matterCode,
            String caseNumber,
            String purpose,
            Instant usedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.licenseId = Objects.requireNonNull(licenseId, "licenseId");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.grantId = grantId;
        this.usedBy = usedBy;
        this.department = department;
        this.matterCode = matterCode;
        this.caseNumber = caseNumber;
        this.purpose = purpose;
        this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
    }

    /** Who used a license and for what: the user, their department and the case they acted on. */
    public record User(String usedBy, String department, String matterCode, String caseNumber, String purpose) {}

    /** Logs a use of {@code license}; records {@link LicenseUsed}. */
    public static LoggedUse of(String id, License license, UseBasis basis, String grantId, User user, Instant now) {
        LoggedUse use = new LoggedUse(
                id,
                license.id(),
                basis,
                grantId,
                user.usedBy(),
                user.department(),
                user.matterCode(),
                user.caseNumber(),
                user.purpose(),
                now);
        use.record(new LicenseUsed(
                license.id(),
                license.content().identifier(),
                license.content().typeCode(),
                basis.name(),
                grantId,
                user.usedBy(),
                user.department(),
                user.matterCode(),
                user.caseNumber(),
                user.purpose(),
                now));
        return use;
    }

    public String id() {
        return id;
    }

    public String licenseId() {
        return licenseId;
    }

    public UseBasis basis() {
        return basis;
    }

    public String grantId() {
        return grantId;
    }

    public String usedBy() {
        return usedBy;
    }

    public String department() {
        return department;
    }

    public String matterCode() {
        return matterCode;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String purpose() {
        return purpose;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
