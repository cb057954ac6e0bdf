package io.onewindow.supervision.casefile.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.casefile.Dossiers;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors take a case's signed dossier (案卷), as JSON or PDF; every dossier taken is recorded. */
@RestController
@RequestMapping("/api/supervision/inspections/cases")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: dossiers", description = "Signed case dossiers (案卷)")
class InspectionDossiersController {

    private final Dossiers dossiers;

    InspectionDossiersController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping(value = "/{caseId}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A case's dossier as JSON, with a detached JWS over its RFC 8785 form",
            description = "Timeline, clock, card and deadlines; audit-chain check; alerts with history;"
                    + " complaints; sampling review; major-project flag; generatedAt, generatedBy."
                    + " See docs/supervision-service.md, 'Verifying a dossier'.")
    Dossiers.SignedJson json(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.json(dossiers, caller, DossierIssue.Channel.INSPECTION, caseId);
    }

    @GetMapping(value = "/{caseId}/dossier", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A case's dossier as a PDF signed with a detached CMS/PKCS#7 signature")
    ResponseEntity<byte[]> pdf(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.pdf(dossiers, caller, DossierIssue.Channel.INSPECTION, caseId);
    }

    @GetMapping("/{caseId}/dossier.pdf")
    @Operation(summary = "The same signed PDF, by its file name")
    ResponseEntity<byte[]> pdfFile(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.pdf(dossiers, caller, DossierIssue.Channel.INSPECTION, caseId);
    }
}
