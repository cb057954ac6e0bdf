package io.onewindow.supervision.cases.web;

import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.cases.CaseSupervision;
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

    InspectionCasesController(CaseSupervision cases, AlertBook alerts) {
        this.cases = cases;
        this.alerts = alerts;
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "A case's timeline, clock, deadline card and the alerts about it")
    CaseView get(@PathVariable String caseId) {
        return CaseView.of(
                cases.find(caseId),
                cases.clock(),
                cases.today(),
                alerts.aboutCase(caseId).stream().map(Alert::id).toList());
    }
}
