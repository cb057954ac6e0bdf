package io.onewindow.approval.catalog.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a matter's catalog entry. A draft may be revised by catalog admins; publishing is
 * another person's act, and a published version never changes again: cases stay bound to it.
 *
 * <p>Every department the version concerns approves it: the department it names and, when it
 * moves the matter, the department that owns the matter now (the one of its latest published
 * version). An approval names the {@link ContentHash} of the content reviewed; publication names it
 * again and counts as the publisher's own department's approval. A revision drops the approvals.
 * A platform admin may stand in for the department of a matter that stays where it is, never for
 * either side of a move.
 */
public final class MatterVersion extends AggregateRoot {

    private String code;
    private int version;
    private VersionStatus status;
    private MatterDefinition definition;
    private String draftedBy;
    private Instant draftedAt;
    private String publishedBy;
    private Instant publishedAt;
    private List<VersionApproval> approvals = new ArrayList<>();
    private String publishedContentHash;

    private MatterVersion() {}

    /** A new draft, numbered after the latest version of the matter ({@code 0} if none). */
    public static MatterVersion draft(MatterDefinition definition, int latestVersion, String by, Instant now) {
        MatterVersion draft = new MatterVersion();
        draft.code = definition.code();
        draft.version = latestVersion + 1;
        draft.status = VersionStatus.DRAFT;
        draft.definition = definition;
        draft.draftedBy = Objects.requireNonNull(by);
        draft.draftedAt = now;
        return draft;
    }

    /** Replaces the definition of a draft; a published version is immutable. */
    public void revise(MatterDefinition revised, String by, Instant now) {
        requireDraft();
        if (!revised.code().equals(code)) {
            throw new ConflictException("catalog.code-changed", "a draft cannot change its matter code");
        }
        definition = revised;
        draftedBy = by;
        draftedAt = now;
        approvals = new ArrayList<>();
    }

    /**
     * Records the approval of the content with {@code namedHash} for the approver's department.
     *
     * @param owningDepartment the department of the matter's latest published version, {@code null}
     *     for a new matter
     */
    public void approve(Approver approver, String namedHash, String owningDepartment, Instant now) {
        approvals = withApproval(approver, namedHash, owningDepartment, now);
    }

    /** The approvals with the approver's added (replacing an earlier one of their department); changes nothing. */
    private List<VersionApproval> withApproval(
            Approver approver, String namedHash, String owningDepartment, Instant now) {
        requireDraft();
        requireNotDrafter(approver);
        requireHash(namedHash);
        String department = departmentApprovedBy(approver, owningDepartment);
        List<VersionApproval> kept = new ArrayList<>(approvals());
        kept.removeIf(a -> a.department().equals(department));
        kept.add(new VersionApproval(department, approver.username(), namedHash, now));
        return kept;
    }

    /**
     * Publishes the draft with the content named by {@code namedHash}: the publisher approves it
     * for their department, and every department the version concerns must have approved this very
     * content. The drafter may not publish their own draft: two people see every change to the law
     * of a process.
     */
    public void publish(Approver publisher, String namedHash, String owningDepartment, Instant now) {
        List<VersionApproval> approved = withApproval(publisher, namedHash, owningDepartment, now);
        List<String> missing = requiredDepartments(owningDepartment).stream()
                .filter(department -> approved.stream()
                        .noneMatch(a -> a.department().equals(department)
                                && a.contentHash().equals(namedHash)))
                .toList();
        if (!missing.isEmpty()) {
            throw new ConflictException(
                    "catalog.approval-missing",
                    "version " + version + " of " + code + " still needs the approval of "
                            + String.join(", ", missing));
        }
        approvals = approved;
        status = VersionStatus.PUBLISHED;
        publishedBy = publisher.username();
        publishedAt = now;
        publishedContentHash = namedHash;
        record(toEvent());
    }

    /** The departments whose admins approve this version: the one it names, and the owning one it moves from. */
    public Set<String> requiredDepartments(String owningDepartment) {
        Set<String> required = new TreeSet<>();
        required.add(definition.department());
        if (owningDepartment != null) {
            required.add(owningDepartment);
        }
        return required;
    }

    /** Whether this version gives the matter to another department than {@code owningDepartment}. */
    public boolean moves(String owningDepartment) {
        return owningDepartment != null && !owningDepartment.equals(definition.department());
    }

    private String departmentApprovedBy(Approver approver, String owningDepartment) {
        Set<String> required = requiredDepartments(owningDepartment);
        if (approver.departmentAdmin() && approver.department() != null && required.contains(approver.department())) {
            return approver.department();
        }
        if (approver.platformAdmin() && !moves(owningDepartment)) {
            return definition.department();
        }
        if (approver.platformAdmin()) {
            throw new AccessRefusedException(
                    "catalog.move-needs-both-departments",
                    "moving " + code + " from " + owningDepartment + " to " + definition.department()
                            + " needs the approval of both departments' admins");
        }
        throw new AccessRefusedException(
                "catalog.publish-not-allowed",
                "only the department admins of " + String.join(" and ", required) + " approve this version");
    }

    private void requireNotDrafter(Approver approver) {
        if (approver.username().equals(draftedBy)) {
            throw new AccessRefusedException(
                    "catalog.publisher-is-drafter", "the version must be published by someone other than its drafter");
        }
    }

    private void requireHash(String namedHash) {
        String current = contentHash();
        if (!current.equals(namedHash)) {
            throw new ConflictException(
                    "catalog.content-hash-mismatch",
                    "version " + version + " of " + code + " has content " + current
                            + ", not the one named: review it again");
        }
    }

    /** The {@link ContentHash} of this version's content as it is now. */
    public String contentHash() {
        return ContentHash.of(definition);
    }

    /** The approvals of this draft's current content (none for versions published before approvals existed). */
    public List<VersionApproval> approvals() {
        return approvals == null ? List.of() : List.copyOf(approvals);
    }

    /** The content hash named at publication, {@code null} for versions published before it was recorded. */
    public String publishedContentHash() {
        return publishedContentHash;
    }

    private MatterVersionPublished toEvent() {
        MatterDefinition d = definition;
        return new MatterVersionPublished(
                code,
                version,
                d.name(),
                d.department(),
                d.matterType(),
                d.caseType().code(),
                d.subjects().stream().map(Enum::name).sorted().toList(),
                d.legalBasis(),
                d.statutoryLimitWorkingDays(),
                d.promisedLimitWorkingDays(),
                d.fee().toPlainString(),
                d.feeBasis(),
                d.windowMayDecide(),
                d.fullyOnline(),
                d.licenseTypeCode(),
                d.steps().stream()
                        .map(s -> new MatterVersionPublished.Step(s.code(), s.name(), s.role(), s.limitWorkingDays()))
                        .toList(),
                d.materials().stream()
                        .map(m -> new MatterVersionPublished.Material(
                                m.code(),
                                m.name(),
                                m.form().name(),
                                m.required(),
                                m.condition(),
                                m.replacedByLicenseType()))
                        .toList(),
                d.servicePoints(),
                publishedBy,
                publishedAt,
                publishedContentHash);
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new ConflictException(
                    "catalog.version-published",
                    "version " + version + " of " + code + " is published and cannot change");
        }
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public VersionStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public MatterDefinition definition() {
        return definition;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
