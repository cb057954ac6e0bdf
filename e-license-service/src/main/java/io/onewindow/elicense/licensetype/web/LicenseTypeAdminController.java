package io.onewindow.elicense.licensetype.web;

import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * Catalog admins propose license types (GB/T 36902 catalog entries); the owning department's admin
 * confirms them.
 */
@RestController
@RequestMapping("/api/licenses/types")
@Tag(name = "License types (admin)", description = "Defining the license types the district issues")
class LicenseTypeAdminController {

    private final LicenseTypes types;
    private final EntityTags tags;

    LicenseTypeAdminController(LicenseTypes types, EntityTags tags) {
        this.types = types;
        this.tags = tags;
    }

    record TypeRequest(
            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String name,

            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String definingBody,

            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+")
            String department,

            @NotBlank @Size(max = 100) @SafeText(multiline = false)
            String issuerName,

            @NotBlank @Size(max = 18) @SafeText String issuerCode,
            @NotNull @Min(0) Integer validityYears,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 50) @SafeText String> faceFields) {}

    record RejectionRequest(
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    @PutMapping("/{code}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('catalog-admin','platform-admin')")
    @Operation(
            summary = "Propose a new license type or a change of one",
            description = "The code is the defining body's credit code and 3 digits (GB/T 36904); the issuer code a "
                    + "valid credit code; validityYears 0 = no expiry, at most onewindow.license.types.max-validity-years. "
                    + "Takes effect only when the admin of the owning department (the type's current department; for a "
                    + "new type the one it names) confirms. Licenses already issued keep what they were signed with. "
                    + "A change of an existing type takes If-Match: the type's ETag (428 without, 412 when it changed "
                    + "since); a new type needs none.")
    TypeChangeView propose(
            @PathVariable @Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}") String code,
            @Valid @RequestBody TypeRequest request,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        LicenseType type = new LicenseType(
                code,
                request.name(),
                request.definingBody(),
                request.department(),
                request.issuerName(),
                request.issuerCode(),
                request.validityYears(),
                request.faceFields());
        return TypeChangeView.of(types.propose(caller, type, ifMatch.on(tags::of)));
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('catalog-admin','platform-admin','dept-admin')")
    @Tagged
    @Operation(
            summary = "A license type in force, with its ETag",
            description = "The ETag is the If-Match of a proposed change of the type.")
    ResponseEntity<LicenseType> type(@PathVariable @Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}") String code) {
        return tags.ok(types.get(code));
    }

    @GetMapping("/changes")
    @PreAuthorize("hasAnyRole('catalog-admin','platform-admin','dept-admin')")
    @Operation(
            summary = "Pending license type proposals",
            description = "All of them for catalog and platform admins; those the caller's department decides for a "
                    + "department admin. Paged (see the list convention), counted in memory.")
    ResponseEntity<List<TypeChangeView>> pending(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(types.pendingChanges(caller), TypeChangeView::of));
    }

    @PostMapping("/changes/{id}/confirmation")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(
            summary = "Confirm a license type proposal",
            description = "The admin of the owning department, not the proposer; the type as proposed is in force from "
                    + "now on. Refused when the type changed since the proposal.")
    LicenseType confirm(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return types.confirm(caller, id);
    }

    @PostMapping("/changes/{id}/rejection")
    @PreAuthorize("hasAnyRole('catalog-admin','platform-admin','dept-admin')")
    @Operation(summary = "Reject (owning department's admin) or withdraw (proposer) a license type proposal")
    TypeChangeView reject(
            @PathVariable @Size(max = 64) @SafeText String id,
            @Valid @RequestBody RejectionRequest request,
            @AuthenticationPrincipal Caller caller) {
        return TypeChangeView.of(types.reject(caller, id, request.reason()));
    }
}
