package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.elicense.licensetype.domain.LicenseTypeChange;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog of license types this service issues: the public list, the lookups issuance and
 * renewal make, and four-eyes maintenance: a catalog admin (or platform admin) proposes a new type
 * or a change, and it takes effect only when the admin of the owning department confirms (the
 * type's current department; for a new type, the department it names).
 */
@UseCase
public class LicenseTypes {

    private final LicenseTypeStore types;
    private final LicenseTypeChangeStore changes;
    private final Clock clock;
    private final int maxValidityYears;

    LicenseTypes(LicenseTypeStore types, LicenseTypeChangeStore changes, Clock clock, LicenseSettings settings) {
        this.types = types;
        this.changes = changes;
        this.clock = clock;
        this.maxValidityYears = settings.types().maxValidityYears();
    }

    public Optional<LicenseType> find(String code) {
        return types.find(code);
    }

    public LicenseType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("license-type", code));
    }

    public List<LicenseType> all() {
        return types.all();
    }

    /** Creates or replaces the type with the same code (idempotent: demo seeding of the local run only). */
    void seed(LicenseType type) {
        types.put(type);
    }

    /**
     * Proposes a new type or a change of an existing one (catalog admin or platform admin); nothing
     * changes until the owning department's admin confirms. One pending proposal per type. A change
     * of an existing type names the type's tag as read ({@code expected}); a new type needs none.
     */
    public LicenseTypeChange propose(Caller caller, LicenseType proposed, Precondition<LicenseType> expected) {
        if (!caller.hasAnyRole(Roles.CATALOG_ADMIN, Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException("license-type.propose-role", "catalog admins propose license types");
        }
        LicenseType previous = types.find(proposed.code()).orElse(null);
        // The proposal keeps the type it was checked against; confirming it refuses a type that
        // changed since (license-type.changed-meanwhile), so the If-Match holds until it takes effect.
        if (previous == null) {
            expected.absent();
        } else {
            expected.existing(previous);
        }
        LicenseTypeChange change = LicenseTypeChange.propose(
                "ltc-" + UUID.randomUUID(), proposed, previous, maxValidityYears, caller.username(), now());
        if (!changes.pending(proposed.code(), null).isEmpty()) {
            throw new ConflictException(
                    "license-type.change-pending",
                    "a change of " + proposed.code() + " waits for its department's admin: decide that first");
        }
        return changes.add(change);
    }

    /**
     * Pending proposals: every one for catalog and platform admins, those their department decides
     * for department admins.
     */
    public List<LicenseTypeChange> pendingChanges(Caller caller) {
        if (caller.hasAnyRole(Roles.CATALOG_ADMIN, Roles.PLATFORM_ADMIN)) {
            return changes.pending(null, null);
        }
        requireDeptAdmin(caller);
        return changes.pending(null, caller.department());
    }

    /** Confirms a proposal (the owning department's admin) and puts the type in force. */
    public LicenseType confirm(Caller caller, String changeId) {
        requireDeptAdmin(caller);
        LicenseTypeChange read = changes.get(changeId);
        LicenseType current = types.find(read.code()).orElse(null);
        LicenseTypeChange confirmed = changes.change(
                changeId, change -> change.confirm(caller.username(), caller.department(), current, now()));
        types.put(confirmed.proposed());
        return confirmed.proposed();
    }

    /** Rejects a proposal (the owning department's admin) or withdraws it (its proposer). */
    public LicenseTypeChange reject(Caller caller, String changeId, String reason) {
        if (!caller.hasAnyRole(Roles.CATALOG_ADMIN, Roles.PLATFORM_ADMIN)) {
            requireDeptAdmin(caller);
        }
        return changes.change(changeId, change -> change.reject(caller.username(), caller.department(), reason, now()));
    }

    private static void requireDeptAdmin(Caller caller) {
        if (!caller.hasRole(Roles.DEPT_ADMIN) || caller.department() == null) {
            throw new AccessRefusedException(
                    "license-type.confirm-role", "the owning department's admin confirms license types");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
