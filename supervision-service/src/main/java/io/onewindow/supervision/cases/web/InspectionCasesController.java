package io.onewindow.supervision.cases.web;

import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.feedback.Feedback;
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

    private final CaseSupervision cases;
    private final AlertBook alerts;
    private final Feedback feedback;

    InspectionCasesController(CaseSupervision cases, AlertBook alerts, Feedback feedback) {
        this.cases = cases;
        this.alerts = alerts;
        this.feedback = feedback;
    }

    @GetMapping("/{caseId}")
    @Operation(
            summary = "A case's timeline, clock, deadline card and the alerts about it",
            description = "Each computed date says whether it rests on a provisional calendar year"
                    + " (promisedDueProvisional, statutoryDueProvisional, clockProvisional: shown as 临时推算);"
                    + " deadlineChanges lists the case's deadlines, and those of complaints and the"
                    + " rectification about it, counted again when an official year was published.")
    CaseView get(@PathVariable String caseId) {
        return CaseView.of(
                cases.find(caseId),
                cases.clock(),
                cases.today(),
                alerts.aboutCase(caseId).stream().map(Alert::id).toList(),
                feedback.complaintsAboutCase(caseId),
                feedback.ratingOfCase(caseId));
    }
}
