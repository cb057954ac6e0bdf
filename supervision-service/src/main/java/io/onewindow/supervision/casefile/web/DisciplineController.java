package io.onewindow.supervision.casefile.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.casefile.CaseFiles;
import io.onewindow.supervision.casefile.Dossiers;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district discipline commission's system (纪委, client {@code partner-discipline}, role
 * {@code discipline}) reads, and only reads: a case's signed dossier (JSON or PDF, each taken is
 * recorded), the cases flagged as major projects, and the alerts about a case.
 */
@RestController
@RequestMapping("/api/supervision/discipline")
@PreAuthorize("hasRole('discipline')")
@Validated
@Tag(name = "Discipline commission", description = "Read-only access for the discipline commission's system")
class DisciplineController {

    private final Dossiers dossiers;
    private final MajorProjects majorProjects;
    private final AlertBook alerts;
    private final CaseFiles files;

    DisciplineController(Dossiers dossiers, MajorProjects majorProjects, AlertBook alerts, CaseFiles files) {
        this.dossiers = dossiers;
        this.majorProjects = majorProjects;
        this.alerts = alerts;
        this.files = files;
    }

    /**
     * A flagged case as the commission reads it.
     *
     * @param caseId the case
     * @param majorProject the flag with its history
     */
    record FlaggedCase(String caseId, DossierView.MajorProjectEntry majorProject) {}

    @GetMapping(value = "/cases/{caseId}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A case's dossier as JSON, with a detached JWS over its RFC 8785 form")
    Dossiers.SignedJson json(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.json(dossiers, caller, DossierIssue.Channel.DISCIPLINE, caseId);
    }

    @GetMapping(value = "/cases/{caseId}/dossier", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A case's dossier as a PDF signed with a detached CMS/PKCS#7 signature")
    ResponseEntity<byte[]> pdf(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.pdf(dossiers, caller, DossierIssue.Channel.DISCIPLINE, caseId);
    }

    @GetMapping("/cases/{caseId}/dossier.pdf")
    @Operation(summary = "The same signed PDF, by its file name")
    ResponseEntity<byte[]> pdfFile(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @AuthenticationPrincipal Caller caller) {
        return DossierResponses.pdf(dossiers, caller, DossierIssue.Channel.DISCIPLINE, caseId);
    }

    @GetMapping("/major-projects")
    @Operation(
            summary = "The cases flagged as major projects now, most recently flagged first",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<FlaggedCase>> majorProjects(PageParams page) {
        return page.ok(page.slice(
                majorProjects.flagged(), p -> new FlaggedCase(p.caseId(), DossierView.MajorProjectEntry.of(p))));
    }

    @GetMapping("/cases/{caseId}/alerts")
    @Operation(
            summary = "The alerts about a case, oldest first, with their history; 404 for an unknown case",
            description = "Paged (see the list convention), counted in memory: oldest raised first, then id.")
    ResponseEntity<List<DossierView.AlertEntry>> alerts(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId, PageParams page) {
        files.of(caseId);
        return page.ok(page.slice(alerts.aboutCase(caseId), DossierView.AlertEntry::of));
    }
}
