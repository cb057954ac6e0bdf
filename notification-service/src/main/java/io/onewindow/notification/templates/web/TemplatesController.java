package io.onewindow.notification.templates.web;

import io.onewindow.notification.templates.TemplateAdministration;
import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.notification.templates.web.TemplateViews.KindSummary;
import io.onewindow.notification.templates.web.TemplateViews.KindView;
import io.onewindow.notification.templates.web.TemplateViews.PreviewView;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice templates, versioned per notice kind, managed by platform administrators only (every other
 * role 403): list the kinds, read one kind's versions, save a draft, publish it, preview a text.
 * Placeholders are written {@code {name}} and checked against what the kind's events supply before a
 * version is saved, published or previewed (400 naming the field and the placeholder; nothing stored).
 */
@RestController
@RequestMapping("/api/notifications/admin/templates")
@PreAuthorize("hasRole('platform-admin')")
@Tag(name = "Notice templates", description = "Versioned notice templates with checked placeholders (platform admin)")
class TemplatesController {

    private static final String KIND = "[A-Z][A-Z_]{0,39}";

    private final TemplateAdministration templates;
    private final EntityTags tags;

    TemplatesController(TemplateAdministration templates, EntityTags tags) {
        this.templates = templates;
        this.tags = tags;
    }

    private KindView view(KindTemplates t) {
        return KindView.of(t, templates.placeholders(t.kind().name()));
    }

    private String tagOf(KindTemplates t) {
        return tags.of(view(t));
    }

    private ResponseEntity<KindView> tagged(HttpStatus status, KindTemplates t) {
        return ResponseEntity.status(status).eTag(tagOf(t)).body(view(t));
    }

    @GetMapping
    @Operation(
            summary = "Every notice kind with its template key and the version in use",
            description = "Paged (see the list convention), counted in memory: in the order of the notice kinds"
                    + " (unique).")
    ResponseEntity<List<KindSummary>> kinds(PageParams page) {
        return page.ok(page.slice(templates.kinds(), KindSummary::of));
    }

    @GetMapping("/{kind}")
    @Tagged
    @Operation(
            summary = "One notice kind: its placeholders and every template version, newest first, with its ETag"
                    + " (the If-Match of a new draft); an unknown kind 404")
    ResponseEntity<KindView> kind(@PathVariable @Pattern(regexp = KIND) String kind) {
        return tagged(HttpStatus.OK, templates.of(kind));
    }

    @PostMapping("/{kind}/versions")
    @Operation(
            summary = "Save a new template version of a kind as a draft (201, the kind with its new ETag)",
            description = "If-Match: the kind's ETag (428 without, 412 when another change came first). 400 when a"
                    + " text is too long (template.too-long), its braces are unbalanced or malformed"
                    + " (template.brackets-unbalanced, template.placeholder-malformed), it uses a placeholder the kind"
                    + " does not supply (template.placeholder-unknown) or lacks a required one"
                    + " (template.placeholder-missing); `errors` name the field, the detail the placeholder. Emits"
                    + " NoticeTemplatePublished (state DRAFT).")
    ResponseEntity<KindView> draft(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = KIND) String kind,
            @Valid @RequestBody TemplateRequests.Version request,
            IfMatch ifMatch) {
        TemplateAdministration.Saved saved = templates.draft(caller, kind, request.text(), ifMatch.on(this::tagOf));
        return tagged(HttpStatus.CREATED, saved.templates());
    }

    @PostMapping("/{kind}/versions/{version}/publish")
    @Operation(
            summary = "Publish a draft: notices of the kind are written from it from now on; the version published"
                    + " before is retired",
            description = "The draft's placeholders are checked again (400 as for a draft); a version that is not a"
                    + " draft 409 template.not-draft; an unknown version 404. Emits NoticeTemplatePublished (state"
                    + " PUBLISHED, retiredVersion).")
    ResponseEntity<KindView> publish(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = KIND) String kind,
            @PathVariable @Min(1) @Max(100000) int version) {
        return tagged(HttpStatus.OK, templates.publish(caller, kind, version).templates());
    }

    @PostMapping("/{kind}/preview")
    @Operation(
            summary = "A text filled with the kind's sample values (or the values given); nothing is stored",
            description = "Checked as a draft is (400); a value for a placeholder the kind does not supply 400"
                    + " template.placeholder-unknown (field values).")
    PreviewView preview(
            @PathVariable @Pattern(regexp = KIND) String kind, @Valid @RequestBody TemplateRequests.Preview request) {
        return PreviewView.of(templates.preview(kind, request.text(), request.values()));
    }
}
