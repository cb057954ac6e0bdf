package io.onewindow.elicense.consent.web;

import io.onewindow.elicense.consent.LicenseUse;
import io.onewindow.elicense.consent.domain.Grant;
import io.onewindow.elicense.license.web.LicenseView;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Using licenses: the validity check, consented reads, grants and the holder's use log. */
@RestController
@RequestMapping("/api/licenses")
@Tag(name = "License use (用证)", description = "Check, consented reads, grants and the use log")
class LicenseUseController {

    private final LicenseUse use;

    LicenseUseController(LicenseUse use) {
        this.use = use;
    }

    /** A matter code as the catalog writes it (e.g. {@code MR-FOOD-01}). */
    static final String MATTER_CODE = "[A-Za-z0-9_-]{1,64}";

    /** A case number as approval-service writes it (e.g. {@code AP-20260213-000042}). */
    static final String CASE_NUMBER = "[A-Za-z0-9-]{1,64}";

    record CheckRequest(
            @NotBlank @Size(max = 200) @SafeText String identifier,
            @NotBlank @Size(max = 18) @SafeText String holderCode,
            @Pattern(regexp = MATTER_CODE) String matterCode,
            @Pattern(regexp = CASE_NUMBER) String caseNumber,
            @Size(max = 200) @SafeText String purpose) {}

    record ReadRequest(
            @NotBlank @Size(max = 200) @SafeText String identifier,
            @NotBlank @Size(max = 200) @SafeText String purpose,
            @Pattern(regexp = MATTER_CODE) String matterCode,
            @Pattern(regexp = CASE_NUMBER) String caseNumber) {}

    record GrantRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+")
            String department,

            @NotBlank @Size(max = 200) @SafeText String purpose,
            @NotNull Instant validUntil) {}

    @PostMapping("/checks")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent','window-officer','approver')")
    @Operation(
            summary = "Is this license valid and does it belong to this holder?",
            description = "For "
                    + "approval-service and holders. A holder may only give their own ID number or credit code (else 403); "
                    + "window officers and approvers check on duty and the check is logged as a use; a case they name "
                    + "must be a case of their department citing the license (else 403 license-use.no-duty). Status: VALID, "
                    + "EXPIRED, SUSPENDED, REVOKED, INVALID (malformed identifier) or UNKNOWN (no such license).")
    LicenseUse.CheckAnswer check(@Valid @RequestBody CheckRequest request, @AuthenticationPrincipal Caller caller) {
        return use.check(
                request.identifier(),
                request.holderCode(),
                new LicenseUse.CaseRef(request.matterCode(), request.caseNumber(), request.purpose()),
                caller);
    }

    @PostMapping("/reads")
    @Operation(
            summary = "Read a license's data with a grant or on duty",
            description = "Answers the full license "
                    + "to its holder, to a department with a live grant for this purpose, or to a window officer or "
                    + "approver naming a case of their own department that cites the license (asked from "
                    + "approval-service; else 403 license-use.no-duty, recorded as LicenseReadRefused). Every read "
                    + "is logged.")
    LicenseView read(@Valid @RequestBody ReadRequest request, @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(use.read(
                request.identifier(),
                new LicenseUse.CaseRef(request.matterCode(), request.caseNumber(), request.purpose()),
                caller));
    }

    @PostMapping("/{id}/grants")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Authorise a department to read this license",
            description = "Holder only; for a named " + "department and purpose, until validUntil (at most 366 days).")
    Grant grant(
            @PathVariable @Size(max = 64) @SafeText String id,
            @Valid @RequestBody GrantRequest request,
            @AuthenticationPrincipal Caller caller) {
        return use.grant(id, request.department(), request.purpose(), request.validUntil(), caller);
    }

    @GetMapping("/{id}/grants")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @Operation(
            summary = "The holder's grants on this license",
            description = "Paged (see the list convention): newest first.")
    ResponseEntity<List<Grant>> grants(
            @PathVariable @Size(max = 64) @SafeText String id,
            @AuthenticationPrincipal Caller caller,
            PageParams page) {
        return page.ok(use.grantsOf(id, caller, page.pageable(LicenseUse.GRANTS_ORDER)));
    }

    @DeleteMapping("/{id}/grants/{grantId}")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @Operation(summary = "Withdraw a grant")
    Grant withdraw(
            @PathVariable @Size(max = 64) @SafeText String id,
            @PathVariable @Size(max = 64) @SafeText String grantId,
            @AuthenticationPrincipal Caller caller) {
        return use.withdraw(id, grantId, caller);
    }

    @GetMapping("/{id}/uses")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @Operation(
            summary = "Who used this license",
            description = "Holder only: every check and read by others, with department, case, purpose and time."
                    + " Paged (see the list convention): newest first.")
    ResponseEntity<List<UseView>> uses(
            @PathVariable @Size(max = 64) @SafeText String id,
            @AuthenticationPrincipal Caller caller,
            PageParams page) {
        return page.ok(
                use.usesOf(id, caller, page.pageable(LicenseUse.USES_ORDER)).map(UseView::of));
    }
}
