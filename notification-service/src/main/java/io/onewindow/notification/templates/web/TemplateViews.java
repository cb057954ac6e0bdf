package io.onewindow.notification.templates.web;

import io.onewindow.notification.templates.domain.KindPlaceholders;
import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.notification.templates.domain.TemplateText;
import io.onewindow.notification.templates.domain.TemplateVersion;
import java.time.Instant;
import java.util.List;

/** Response bodies of the template administration. */
final class TemplateViews {

    private TemplateViews() {}

    /**
     * A placeholder a kind's events supply.
     *
     * @param name written {@code {name}} in a text
     * @param required whether every version must use it
     * @param sample the value a preview uses
     */
    record PlaceholderView(String name, boolean required, String sample) {}

    /**
     * One template version with its audit trail.
     *
     * @param version its number (1 is the built-in text)
     * @param state {@code DRAFT}, {@code PUBLISHED} or {@code RETIRED}
     * @param title the subject
     * @param body the Chinese text
     * @param bodyEn the English text, or null
     * @param placeholders the placeholders the body uses
     * @param createdBy who saved it ({@code system}: the built-in version)
     * @param createdAt when
     * @param publishedBy who published it, or null
     * @param publishedAt when, or null
     * @param retiredBy whose publication retired it, or null
     * @param retiredAt when, or null
     */
    record VersionView(
            int version,
            String state,
            String title,
            String body,
            String bodyEn,
            List<String> placeholders,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            String retiredBy,
            Instant retiredAt) {

        static VersionView of(TemplateVersion v) {
            return new VersionView(
                    v.number(),
                    v.state().name(),
                    v.text().title(),
                    v.text().body(),
                    v.text().bodyEn(),
                    v.placeholders(),
                    v.createdBy(),
                    v.createdAt(),
                    v.publishedBy(),
                    v.publishedAt(),
                    v.retiredBy(),
                    v.retiredAt());
        }
    }

    /**
     * A notice kind in the list: its template key and the version in use.
     *
     * @param kind e.g. {@code CASE_ACCEPTED}
     * @param templateKey e.g. {@code case.accepted}
     * @param publishedVersion the number of the version in use, or null
     * @param latestVersion the highest number (a draft when above the published one)
     * @param current the version in use, or null
     */
    record KindSummary(
            String kind, String templateKey, Integer publishedVersion, int latestVersion, VersionView current) {

        static KindSummary of(KindTemplates t) {
            return new KindSummary(
                    t.kind().name(),
                    t.templateKey(),
                    t.published().map(TemplateVersion::number).orElse(null),
                    t.latest(),
                    t.published().map(VersionView::of).orElse(null));
        }
    }

    /**
     * A notice kind with every template version (its ETag is the {@code If-Match} of a new draft).
     *
     * @param kind e.g. {@code CASE_ACCEPTED}
     * @param templateKey e.g. {@code case.accepted}
     * @param publishedVersion the number of the version in use, or null
     * @param placeholders what the kind's events supply
     * @param versions every version, newest first
     */
    record KindView(
            String kind,
            String templateKey,
            Integer publishedVersion,
            List<PlaceholderView> placeholders,
            List<VersionView> versions) {

        static KindView of(KindTemplates t, KindPlaceholders declared) {
            return new KindView(
                    t.kind().name(),
                    t.templateKey(),
                    t.published().map(TemplateVersion::number).orElse(null),
                    declared.placeholders().stream()
                            .map(p -> new PlaceholderView(p.name(), p.required(), p.sample()))
                            .toList(),
                    t.versions().stream().map(VersionView::of).toList());
        }
    }

    /**
     * A text filled with sample values.
     *
     * @param title the subject
     * @param body the Chinese text
     * @param bodyEn the English text, or null
     */
    record PreviewView(String title, String body, String bodyEn) {

        static PreviewView of(TemplateText t) {
            return new PreviewView(t.title(), t.body(), t.bodyEn());
        }
    }
}
