package io.onewindow.approval.catalog;

import io.onewindow.approval.catalog.domain.Approver;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.catalog.domain.VersionStatus;
import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.approval.servicepoint.KnownServicePoints;
import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;

/**
 * The matter catalog: catalog admins draft versions, the admins of every department a version
 * concerns approve its content by hash (both sides when it moves the matter), one of them publishes
 * that very content, and the public and the case workflow read the published ones.
 */
@UseCase
public class MatterCatalog {

    static final String UNKNOWN_DEPARTMENT = "catalog.unknown-department";
    static final String UNKNOWN_SERVICE_POINT = "catalog.unknown-service-point";

    private final MatterVersionStore versions;
    private final DepartmentRegistry departments;
    private final KnownServicePoints servicePoints;
    private final Clock clock;

    MatterCatalog(
            MatterVersionStore versions,
            DepartmentRegistry departments,
            KnownServicePoints servicePoints,
            Clock clock) {
        this.versions = versions;
        this.departments = departments;
        this.servicePoints = servicePoints;
        this.clock = clock;
    }

    /** Drafts the next version of a matter; one draft at a time per matter. */
    public MatterVersion draft(MatterDefinition definition, Caller caller) {
        requireCatalogAdmin(caller);
        requireKnownReferences(definition, true);
        List<MatterVersion> existing = versions.versionsOf(definition.code());
        if (!existing.isEmpty() && !existing.get(0).isPublished()) {
            throw new ConflictException(
                    "catalog.draft-exists",
                    "version " + existing.get(0).version() + " of " + definition.code()
                            + " is still a draft: revise or publish it");
        }
        int latest = existing.isEmpty() ? 0 : existing.get(0).version();
        MatterVersion draft = MatterVersion.draft(definition, latest, caller.username(), now());
        try {
            versions.add(draft);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(
                    "catalog.draft-exists", "another draft of " + definition.code() + " was just made");
        }
        return draft;
    }

    /** Replaces a draft's definition. */
    public MatterVersion revise(
            String code, int number, MatterDefinition definition, Caller caller, Precondition<MatterVersion> expected) {
        requireCatalogAdmin(caller);
        requireKnownReferences(definition, true);
        return versions.change(code, number, version -> {
            expected.existing(version);
            version.revise(definition, caller.username(), now());
        });
    }

    /**
     * One version of a matter, draft or published.
     *
     * @throws NotFoundException when the matter has no such version
     */
    public MatterVersion version(String code, int number) {
        return versions.versionsOf(code).stream()
                .filter(v -> v.version() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("matter version", code + " v" + number));
    }

    /**
     * Approves a draft's content, named by its hash, for the caller's department: the department
     * admin of a department the version concerns (the one it names, and the owning one when it
     * moves the matter), or a platform admin for a matter that stays in its department; never its
     * drafter.
     */
    public MatterVersion approve(String code, int number, String contentHash, Caller caller) {
        Approver approver = approver(caller);
        String owner = owningDepartment(code, number);
        return versions.change(code, number, version -> version.approve(approver, contentHash, owner, now()));
    }

    /**
     * Publishes a draft whose content has the named hash, once every department it concerns has
     * approved that content (the publisher's own approval counts). The event carries the full
     * definition and the hash.
     */
    public MatterVersion publish(String code, int number, String contentHash, Caller caller) {
        Approver approver = approver(caller);
        String owner = owningDepartment(code, number);
        return versions.change(code, number, version -> {
            version.publish(approver, contentHash, owner, now());
            // After the approver's right is checked; a refusal here writes nothing.
            requireKnownReferences(version.definition(), true);
        });
    }

    /**
     * The department that owns the matter before version {@code number}: the one of its latest
     * published version below it, {@code null} for a new matter.
     */
    private String owningDepartment(String code, int number) {
        return versions.versionsOf(code).stream()
                .filter(v -> v.isPublished() && v.version() < number)
                .findFirst()
                .map(v -> v.definition().department())
                .orElse(null);
    }

    private static Approver approver(Caller caller) {
        boolean departmentAdmin = caller.hasRole(Roles.DEPT_ADMIN);
        boolean platformAdmin = caller.hasRole(Roles.PLATFORM_ADMIN);
        if (!departmentAdmin && !platformAdmin) {
            throw new AccessRefusedException(
                    "catalog.publish-not-allowed", "department admins and platform admins approve catalog versions");
        }
        return new Approver(caller.username(), caller.department(), departmentAdmin, platformAdmin);
    }

    /** Every version of a matter, newest first (catalog staff). */
    public List<MatterVersion> versionsOf(String code) {
        List<MatterVersion> all = versions.versionsOf(code);
        if (all.isEmpty()) {
            throw new NotFoundException("matter", code);
        }
        return all;
    }

    /** The version applications are submitted under now: the newest published one. */
    public Optional<MatterVersion> currentVersion(String code) {
        return versions.versionsOf(code).stream()
                .filter(MatterVersion::isPublished)
                .findFirst();
    }

    /** The current published version of every matter matching the filter, by code. */
    public List<MatterVersion> search(GuideFilter filter) {
        Map<String, MatterVersion> current = versions.inStatus(VersionStatus.PUBLISHED.name()).stream()
                .collect(Collectors.toMap(
                        MatterVersion::code, Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return current.values().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(MatterVersion::code))
                .toList();
    }

    /**
     * Seeds a matter for the local run: drafted by one person, published by another, once — a
     * restart finds it and leaves it alone. Its department must be registered and active; its
     * service points are trusted as written: appointment-service publishes its halls
     * asynchronously, so at start-up they may not have arrived yet (the demo data's consistency is
     * checked by the tests, not here).
     */
    public void seed(MatterDefinition definition, String drafter, String publisher) {
        if (!versions.versionsOf(definition.code()).isEmpty()) {
            return;
        }
        requireKnownReferences(definition, false);
        MatterVersion draft = MatterVersion.draft(definition, 0, drafter, now());
        draft.publish(new Approver(publisher, null, false, true), draft.contentHash(), null, now());
        try {
            versions.add(draft);
        } catch (DuplicateKeyException anotherInstanceSeededIt) {
            // Two instances starting together: the other one's insert stands.
        }
    }

    /**
     * The matter's department is registered and active, and (when {@code servicePointsToo}) each of
     * its service points is a known open one; else a 400 naming every offending field
     * ({@code department}, {@code servicePoints[i]}).
     */
    private void requireKnownReferences(MatterDefinition definition, boolean servicePointsToo) {
        List<InvalidValueException.Violation> violations = new ArrayList<>();
        if (!departments.isActive(definition.department())) {
            violations.add(new InvalidValueException.Violation(
                    "department", UNKNOWN_DEPARTMENT, "no active registered department " + definition.department()));
        }
        if (servicePointsToo) {
            for (int i : servicePoints.notOpen(definition.servicePoints())) {
                violations.add(new InvalidValueException.Violation(
                        "servicePoints[" + i + "]",
                        UNKNOWN_SERVICE_POINT,
                        "no open service point " + definition.servicePoints().get(i)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(
                    violations.get(0).code(),
                    "the matter names " + violations.size() + " unknown reference(s)",
                    violations);
        }
    }

    private static void requireCatalogAdmin(Caller caller) {
        if (!caller.hasRole(Roles.CATALOG_ADMIN)) {
            throw new AccessRefusedException("catalog.draft-not-allowed", "catalog admins draft matters");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * What the public guide filters by; {@code null} means any.
     *
     * @param text a piece of the name or code
     * @param department the department
     * @param subject who applies
     * @param online only matters that are fully online
     */
    public record GuideFilter(String text, String department, Subject subject, Boolean online) {

        boolean matches(MatterVersion version) {
            MatterDefinition d = version.definition();
            return (text == null
                            || d.name().contains(text)
                            || d.code().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                    && (department == null || department.equals(d.department()))
                    && (subject == null || d.subjects().contains(subject))
                    && (online == null || online == d.fullyOnline());
        }
    }
}
