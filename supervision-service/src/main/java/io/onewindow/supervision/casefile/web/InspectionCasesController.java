package io.onewindow.supervision.casefile.web;

import io.onewindow.supervision.casefile.CaseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors read a case's timeline: every event in order, the clock and the card. */
@RestController
@RequestMapping("/api/supervision/inspections/cases")
@PreAuthorize("hasRole('inspector')")
@Tag(name = "Inspections: cases", description = "Case timelines with their evidence")
class InspectionCasesController {

    private final CaseFiles files;

    InspectionCasesController(CaseFiles files) {
        this.files = files;
    }

    @GetMapping("/{caseId}")
    @Operation(
            summary = "A case's timeline, clock, deadline card and the alerts about it",
            description = "Each computed date says whether it rests on a provisional calendar year"
                    + " (promisedDueProvisional, statutoryDueProvisional, clockProvisional: shown as 临时推算);"
                    + " deadlineChanges lists the case's deadlines, and those of complaints and the"
                    + " rectification about it, counted again when an official year was published;"
                    + " servicePointId, window and ticketId name the hall visit, linkedNumber the linked filing"
                    + " (联办件) the case is a part of (null otherwise; see /inspections/linked-filings/{linkedNumber});"
                    + " the timeline also holds the hall trail of that ticket (TicketIssued, TicketCalled, Served);"
                    + " partnerDueDate is the due date a partner department reported, null for other cases.")
    CaseView get(@PathVariable String caseId) {
        return CaseView.of(files.of(caseId));
    }
}
