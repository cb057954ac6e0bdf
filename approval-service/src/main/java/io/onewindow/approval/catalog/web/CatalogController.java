package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.approval.department.domain.Department;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Catalog maintenance: catalog admins draft versions, the departments concerned approve and publish them. */
@RestController
@RequestMapping("/api/approvals/catalog/matters")
@Tag(name = "Catalog", description = "Versioned matter catalog: draft, revise, approve, publish")
class CatalogController {

    private final MatterCatalog catalog;
    private final DepartmentRegistry departments;
    private final EntityTags tags;

    CatalogController(MatterCatalog catalog, DepartmentRegistry departments, EntityTags tags) {
        this.catalog = catalog;
        this.departments = departments;
        this.tags = tags;
    }

    /**
     * The ETag of a version: its own state (the department's display name, read from the department
     * registry, is left out, so renaming a department does not invalidate drafts' tags).
     */
    private String tagOf(MatterVersion version) {
        return tags.of(MatterView.of(version, null));
    }

    private ResponseEntity<MatterView> tagged(MatterVersion version) {
        return ResponseEntity.ok().eTag(tagOf(version)).body(view(version));
    }

    private MatterView view(MatterVersion version) {
        return MatterView.of(
                version,
                departments
                        .find(version.definition().department())
                        .map(Department::name)
                        .orElse(null));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('catalog-admin')")
    @Operation(
            summary = "Draft the next version of a matter (catalog admin); one draft per matter at a time; 400 when"
                    + " the department is not an active registered one (catalog.unknown-department) or a service"
                    + " point is not a known open hall (catalog.unknown-service-point, naming servicePoints[i])")
    MatterView draft(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MatterRequest request) {
        return view(catalog.draft(request.toDefinition(), caller));
    }

    @PutMapping("/{code}/versions/{version}")
    @PreAuthorize("hasRole('catalog-admin')")
    @Operation(
            summary = "Revise a draft (catalog admin); published versions never change; the department and service"
                    + " points are checked as for a draft; If-Match: the version's ETag (428 without, 412 when"
                    + " another revision came first)")
    ResponseEntity<MatterView> revise(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @PathVariable int version,
            @Valid @RequestBody MatterRequest request,
            IfMatch ifMatch) {
        return tagged(catalog.revise(code, version, request.toDefinition(), caller, ifMatch.on(this::tagOf)));
    }

    @GetMapping("/{code}/versions/{version}")
    @PreAuthorize("hasAnyRole('catalog-admin', 'dept-admin', 'platform-admin', 'inspector')")
    @Tagged
    @Operation(summary = "One version of a matter, draft or published, with its ETag (If-Match of a revision)")
    ResponseEntity<MatterView> version(@PathVariable String code, @PathVariable int version) {
        return tagged(catalog.version(code, version));
    }

    /**
     * The content a reviewer approved or a publisher publishes, named by its hash.
     *
     * @param contentHash the version's {@code contentHash} as the caller reviewed it
     */
    record ContentRequest(
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String contentHash) {}

    @PostMapping("/{code}/versions/{version}/approvals")
    @PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
    @Operation(
            summary = "Approve a draft's content for the caller's department (department admin of the department it"
                    + " names, or of the owning department when it moves the matter; a platform admin only for a matter"
                    + " that stays in its department; not its drafter). Names the contentHash reviewed; 409 when the"
                    + " content has another hash")
    MatterView approve(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @PathVariable int version,
            @Valid @RequestBody ContentRequest request) {
        return view(catalog.approve(code, version, request.contentHash(), caller));
    }

    @PostMapping("/{code}/versions/{version}/publication")
    @PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
    @Operation(
            summary = "Publish a draft with the content named by contentHash (an approver as above; counts as the"
                    + " approval of the publisher's department); every department the version concerns must have"
                    + " approved that content, else 409; the department must still be active and every service point"
                    + " a known open hall, else 400; emits MatterVersionPublished with the full definition and the"
                    + " hash")
    MatterView publish(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @PathVariable int version,
            @Valid @RequestBody ContentRequest request) {
        return view(catalog.publish(code, version, request.contentHash(), caller));
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize("hasAnyRole('catalog-admin', 'dept-admin', 'platform-admin', 'inspector')")
    @Operation(
            summary = "Every version of a matter, drafts included, newest first",
            description = "Paged (see the list convention), counted in memory: version number descending (unique).")
    ResponseEntity<List<MatterView>> versions(@PathVariable String code, PageParams page) {
        return page.ok(page.slice(catalog.versionsOf(code), this::view));
    }
}
