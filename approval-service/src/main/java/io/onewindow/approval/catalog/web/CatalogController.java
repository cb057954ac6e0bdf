package io.onewindow.approval.catalog.web;

import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/** Catalog maintenance: catalog admins draft versions, department or platform admins publish them. */
@RestController
@RequestMapping("/api/approvals/catalog/matters")
@Tag(name = "Catalog", description = "Versioned matter catalog: draft, revise, publish")
class CatalogController {

    private final MatterCatalog catalog;

    CatalogController(MatterCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('catalog-admin')")
    @Operation(summary = "Draft the next version of a matter (catalog admin); one draft per matter at a time")
    MatterView draft(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MatterRequest request) {
        return MatterView.of(catalog.draft(request.toDefinition(), caller));
    }

    @PutMapping("/{code}/versions/{version}")
    @PreAuthorize("hasRole('catalog-admin')")
    @Operation(summary = "Revise a draft (catalog admin); published versions never change")
    MatterView revise(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @PathVariable int version,
            @Valid @RequestBody MatterRequest request) {
        return MatterView.of(catalog.revise(code, version, request.toDefinition(), caller));
    }

    @PostMapping("/{code}/versions/{version}/publication")
    @PreAuthorize("hasAnyRole('dept-admin', 'platform-admin')")
    @Operation(
            summary = "Publish a draft (department admin of the matter's department, or platform admin; not its"
                    + " drafter); emits MatterVersionPublished with the full definition")
    MatterView publish(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int version) {
        return MatterView.of(catalog.publish(code, version, caller));
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize("hasAnyRole('catalog-admin', 'dept-admin', 'platform-admin', 'inspector')")
    @Operation(summary = "Every version of a matter, drafts included, newest first")
    List<MatterView> versions(@PathVariable String code) {
        return catalog.versionsOf(code).stream().map(MatterView::of).toList();
    }
}
