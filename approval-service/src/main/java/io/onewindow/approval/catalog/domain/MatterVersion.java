package io.onewindow.approval.catalog.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a matter's catalog entry. A draft may be revised by catalog admins; publishing is
 * another person's act, and a published version never changes again: cases stay bound to it.
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
    }

    /**
     * Publishes the draft. The drafter may not publish their own draft: two people see every
     * change to the law of a process.
     */
    public void publish(String by, Instant now) {
        requireDraft();
        if (by.equals(draftedBy)) {
            throw new AccessRefusedException(
                    "catalog.publisher-is-drafter", "the version must be published by someone other than its drafter");
        }
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
        record(toEvent());
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
                publishedAt);
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
