package io.onewindow.notification.templates.domain;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.notification.inbox.domain.NoticeTemplate;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.notification.NoticeTemplatePublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every template version of one notice kind, numbered 1, 2, …: version 1 is the built-in text, seeded at
 * start-up; a platform administrator saves further versions as drafts and publishes one, which retires
 * the version published before. Notices of the kind are written from the published version. Every
 * administrator's change records {@link NoticeTemplatePublished}.
 */
public class KindTemplates extends AggregateRoot {

    /** Who the seeded built-in version 1 is attributed to. */
    public static final String BUILT_IN = "system";

    private NoticeKind kind;
    private String templateKey;
    private List<TemplateVersion> versions = new ArrayList<>();

    KindTemplates() {}

    /**
     * The kind's built-in text as its published version 1 (no event: nobody changed anything).
     */
    public static KindTemplates seed(NoticeKind kind, Instant at) {
        KindTemplates templates = new KindTemplates();
        templates.kind = Objects.requireNonNull(kind, "kind");
        templates.templateKey = kind.template().key();
        KindPlaceholders declared = KindPlaceholders.of(kind);
        TemplateText builtIn =
                new TemplateText(declared.builtInTitle(), kind.template().text(), null);
        TemplateVersion first = TemplateVersion.draft(
                kind.template().version(),
                builtIn,
                kind.template().placeholders().stream().toList(),
                BUILT_IN,
                at);
        first.publish(BUILT_IN, at);
        templates.versions.add(first);
        return templates;
    }

    /**
     * Saves {@code text} as the next version, a draft, once {@code check} passes it.
     *
     * @return the new version
     */
    public TemplateVersion draft(TemplateText text, PlaceholderCheck check, String by, Instant at) {
        List<String> used = check.check(KindPlaceholders.of(kind), text);
        int number = versions.stream().mapToInt(TemplateVersion::number).max().orElse(0) + 1;
        TemplateVersion version = TemplateVersion.draft(number, text, used, by, at);
        versions.add(version);
        record(new NoticeTemplatePublished(
                kind.name(), templateKey, number, version.state().name(), null, by, at));
        return version;
    }

    /**
     * Publishes draft {@code number} (checked again: the kind's placeholders may have changed since it
     * was saved); the version published so far is retired.
     *
     * @throws NotFoundException {@code template version} when there is no such version
     * @throws ConflictException {@code template.not-draft} when it is published or retired
     */
    public TemplateVersion publish(int number, PlaceholderCheck check, String by, Instant at) {
        TemplateVersion version = version(number);
        if (version.state() != TemplateState.DRAFT) {
            throw new ConflictException(
                    "template.not-draft",
                    "version " + number + " of " + kind + " is " + version.state() + ", only a draft is published",
                    number,
                    version.state().name());
        }
        check.check(KindPlaceholders.of(kind), version.text());
        Optional<TemplateVersion> previous = published();
        previous.ifPresent(p -> p.retire(by, at));
        version.publish(by, at);
        record(new NoticeTemplatePublished(
                kind.name(),
                templateKey,
                number,
                version.state().name(),
                previous.map(TemplateVersion::number).orElse(null),
                by,
                at));
        return version;
    }

    /**
     * Version {@code number}.
     *
     * @throws NotFoundException {@code template version} when there is none
     */
    public TemplateVersion version(int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("template version", kind + " v" + number));
    }

    /** The version notices are written from, if one is published. */
    public Optional<TemplateVersion> published() {
        return versions.stream()
                .filter(v -> v.state() == TemplateState.PUBLISHED)
                .findFirst();
    }

    /** The published version as the template a notice is written from (key, number, Chinese body). */
    public Optional<NoticeTemplate> template() {
        return published()
                .map(v -> new NoticeTemplate(templateKey, v.number(), v.text().body()));
    }

    public NoticeKind kind() {
        return kind;
    }

    public String templateKey() {
        return templateKey;
    }

    /** Every version, newest (highest number) first. */
    public List<TemplateVersion> versions() {
        return versions.stream()
                .sorted(Comparator.comparingInt(TemplateVersion::number).reversed())
                .toList();
    }

    /** The highest version number. */
    public int latest() {
        return versions.stream().mapToInt(TemplateVersion::number).max().orElse(0);
    }
}
