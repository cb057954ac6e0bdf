package io.onewindow.approval.internal.web;

import io.onewindow.approval.internal.ServiceCaseFacts;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API: for OneWindow services calling with their own client-credentials token (role
 * {@code platform-service}); every person and partner system gets 403. Not meant to be reached
 * through the gateway (docs/approval-service.md, "Internal API").
 */
@RestController
@Validated
@RequestMapping("/api/approvals/internal")
@PreAuthorize("hasRole('platform-service')")
@Tag(name = "Internal (services only)", description = "Facts of cases for other OneWindow services")
class InternalController {

    private static final String CASE_ID = "[0-9a-f-]{36}";
    private static final String CASE_NUMBER = "[A-Za-z0-9-]{1,64}";

    private final ServiceCaseFacts facts;

    InternalController(ServiceCaseFacts facts) {
        this.facts = facts;
    }

    @GetMapping("/approved-cases/{caseId}")
    @Operation(
            summary = "The facts of an approved case (services only)",
            description = "Status (APPROVED or COMPLETED), matter, department, license type, decision, and the"
                    + " holder's name, full code, code type and face data the license prints. 404 unknown case,"
                    + " 409 internal.case-not-approved.")
    ServiceCaseFacts.ApprovedCase approvedCase(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return facts.approvedCase(caseId, caller);
    }

    @GetMapping("/case-citations/{caseNumber}")
    @Operation(
            summary = "The licenses a case cites (services only)",
            description = "Department, matter code, status and the e-license identifiers given as materials of"
                    + " the case with this number. 404 unknown case.")
    ServiceCaseFacts.Citations citations(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_NUMBER) String caseNumber) {
        return facts.citations(caseNumber, caller);
    }
}
