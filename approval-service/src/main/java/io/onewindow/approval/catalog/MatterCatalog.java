package io.onewindow.approval.catalog;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.catalog.domain.VersionStatus;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The matter catalog: catalog admins draft versions, a department admin (or platform admin)
 * publishes them, and the public and the case workflow read the published ones.
 */
@Service
public class MatterCatalog {

    private final MatterVersions versions;
    private final EventRecorder recorder;
    private final OutboxRelay relay;
    private final Clock clock;

    MatterCatalog(MatterVersions versions, EventRecorder recorder, OutboxRelay relay, Clock clock) {
        this.versions = versions;
        this.recorder = recorder;
        this.relay = relay;
        this.clock = clock;
    }

    /** Drafts the next version of a matter; one draft at a time per matter. */
    public MatterVersion draft(MatterDefinition definition, Caller caller) {
        requireCatalogAdmin(caller);
        List<MatterVersionDocument> existing = versions.findByCodeOrderByNumberDesc(definition.code());
        if (!existing.isEmpty() && !existing.get(0).matter.isPublished()) {
            throw new ConflictException(
                    "catalog.draft-exists",
                    "version " + existing.get(0).number + " of " + definition.code()
                            + " is still a draft: revise or publish it");
        }
        int latest = existing.isEmpty() ? 0 : existing.get(0).number;
        MatterVersion draft = MatterVersion.draft(definition, latest, caller.username(), now());
        try {
            versions.insert(MatterVersionDocument.of(draft));
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(
                    "catalog.draft-exists", "another draft of " + definition.code() + " was just made");
        }
        return draft;
    }

    /** Replaces a draft's definition. */
    public MatterVersion revise(String code, int number, MatterDefinition definition, Caller caller) {
        requireCatalogAdmin(caller);
        MatterVersionDocument document = load(code, number);
        document.matter.revise(definition, caller.username(), now());
        document.update(document.matter);
        versions.save(document);
        return document.matter;
    }

    /**
     * Publishes a draft: the department admin of the matter's department or a platform admin, never
     * its drafter. The event carries the full definition.
     */
    public MatterVersion publish(String code, int number, Caller caller) {
        MatterVersionDocument document = load(code, number);
        boolean departmentAdmin = caller.hasRole(Roles.DEPT_ADMIN)
                && caller.belongsTo(document.matter.definition().department());
        if (!departmentAdmin && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException(
                    "catalog.publish-not-allowed",
                    "only the department admin of "
                            + document.matter.definition().department() + " or a platform admin publishes this matter");
        }
        document.matter.publish(caller.username(), now());
        document.update(document.matter);
        document.outbox.addAll(recorder.record(Topics.APPROVAL, document.matter.pullEvents()));
        versions.save(document);
        relay.wakeUp();
        return document.matter;
    }

    /** Every version of a matter, newest first (catalog staff). */
    public List<MatterVersion> versionsOf(String code) {
        List<MatterVersion> all = versions.findByCodeOrderByNumberDesc(code).stream()
                .map(d -> d.matter)
                .toList();
        if (all.isEmpty()) {
            throw new NotFoundException("matter", code);
        }
        return all;
    }

    /** The version applications are submitted under now: the newest published one. */
    public Optional<MatterVersion> currentVersion(String code) {
        return versions.findByCodeOrderByNumberDesc(code).stream()
                .map(d -> d.matter)
                .filter(MatterVersion::isPublished)
                .findFirst();
    }

    /** The current published version of every matter matching the filter, by code. */
    public List<MatterVersion> search(GuideFilter filter) {
        Map<String, MatterVersion> current = versions.findByStatus(VersionStatus.PUBLISHED.name()).stream()
                .map(d -> d.matter)
                .collect(Collectors.toMap(
                        MatterVersion::code, Function.identity(), (a, b) -> a.version() >= b.version() ? a : b));
        return current.values().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(MatterVersion::code))
                .toList();
    }

    /**
     * Seeds a matter for the local run: drafted by one person, published by another, once — a
     * restart finds it and leaves it alone.
     */
    public void seed(MatterDefinition definition, String drafter, String publisher) {
        if (!versions.findByCodeOrderByNumberDesc(definition.code()).isEmpty()) {
            return;
        }
        MatterVersion draft = MatterVersion.draft(definition, 0, drafter, now());
        draft.publish(publisher, now());
        MatterVersionDocument document = MatterVersionDocument.of(draft);
        document.outbox.addAll(recorder.record(Topics.APPROVAL, draft.pullEvents()));
        try {
            versions.insert(document);
            relay.wakeUp();
        } catch (DuplicateKeyException anotherInstanceSeededIt) {
            // Two instances starting together: the other one's insert stands.
        }
    }

    private MatterVersionDocument load(String code, int number) {
        return versions.findById(MatterVersionDocument.idOf(code, number))
                .orElseThrow(() -> new NotFoundException("matter version", code + "@" + number));
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
