package io.onewindow.elicense.license.web;

import io.onewindow.elicense.license.Lifecycle;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Department staff change the licenses of their department's types (digitising: {@link DigitisationController}). */
@RestController
@RequestMapping("/api/licenses")
@Tag(name = "Licenses (department)", description = "Suspend, reinstate, revoke, renew")
class LicenseAdminController {

    private final Lifecycle lifecycle;

    LicenseAdminController(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record ReasonRequest(
            @NotBlank @Size(max = 500) @SafeText String reason) {}

    @PostMapping("/{id}/suspension")
    @PreAuthorize("hasAnyRole('dept-admin','approver')")
    @Operation(
            summary = "Suspend a license",
            description = "VALID → SUSPENDED, with a reason; raises LicenseSuspended.")
    LicenseView suspend(
            @PathVariable @Size(max = 64) @SafeText String id,
            @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(lifecycle.suspend(id, request.reason(), caller));
    }

    @PostMapping("/{id}/reinstatement")
    @PreAuthorize("hasAnyRole('dept-admin','approver')")
    @Operation(summary = "Reinstate a suspended license", description = "SUSPENDED → VALID; raises LicenseReinstated.")
    LicenseView reinstate(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(lifecycle.reinstate(id, caller));
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("hasAnyRole('dept-admin','approver')")
    @Operation(summary = "Revoke a license", description = "Final; verification answers REVOKED from this moment on.")
    LicenseView revoke(
            @PathVariable @Size(max = 64) @SafeText String id,
            @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(lifecycle.revoke(id, request.reason(), caller));
    }

    @PostMapping("/{id}/renewal")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('dept-admin','approver')")
    @Operation(
            summary = "Renew a license",
            description = "Issues the next version (same serial, version + 1, valid "
                    + "from today) and supersedes this one; answers the new version.")
    LicenseView renew(@PathVariable @Size(max = 64) @SafeText String id, @AuthenticationPrincipal Caller caller) {
        return LicenseView.of(lifecycle.renew(id, caller));
    }
}
