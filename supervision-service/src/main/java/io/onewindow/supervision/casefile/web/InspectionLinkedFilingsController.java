package io.onewindow.supervision.casefile.web;

import io.onewindow.supervision.casefile.CaseFiles;
import io.onewindow.supervision.cases.domain.LinkedFiling;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspectors read a linked filing (联办件, 一号联办) as one: every department's part and one merged
 * timeline. Whoever reads case timelines reads it, and no one else: as for a case, department staff
 * are refused (403), whatever department they are of.
 */
@RestController
@RequestMapping("/api/supervision/inspections/linked-filings")
@PreAuthorize("hasRole('inspector')")
@Tag(name = "Inspections: cases", description = "Case timelines with their evidence")
class InspectionLinkedFilingsController {

    private final CaseFiles files;

    InspectionLinkedFilingsController(CaseFiles files) {
        this.files = files;
    }

    @GetMapping("/{linkedNumber}")
    @Operation(
            summary = "A linked filing's parts and one timeline of all of them",
            description = "The hall visit the parts were received from (service point, tier, window, queue"
                    + " ticket), each department's part (case id and number, matter, department, state,"
                    + " deadline card, promised due date, outcome, delivery point and window) and one"
                    + " timeline merging every part's events in time order, each entry naming its case and"
                    + " department. A number not of the form LB-YYYYMMDD-NNNNNN is a 400 validation problem"
                    + " naming linkedNumber; a number no case carries is 404. Inspectors only, as for case"
                    + " timelines.")
    LinkedFilingView get(
            @PathVariable
                    @Parameter(description = "The linked number, e.g. LB-20261202-000001")
                    @Pattern(regexp = LinkedFiling.NUMBER_PATTERN)
                    String linkedNumber) {
        return LinkedFilingView.of(files.linkedFiling(linkedNumber));
    }
}
