package io.onewindow.supervision.majorprojects.web;

import io.onewindow.platform.concurrency.EntityTags;
import io.onewindow.platform.concurrency.IfMatch;
import io.onewindow.platform.concurrency.Tagged;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspectors flag a case as a major project (重大项目) for closer watch, take the flag off, and list
 * the flagged cases. The case's department never learns of the flag.
 */
@RestController
@RequestMapping("/api/supervision/inspections")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: major projects", description = "Cases watched closer (重大项目)")
class InspectionMajorProjectsController {

    private final MajorProjects projects;
    private final EntityTags tags;

    InspectionMajorProjectsController(MajorProjects projects, EntityTags tags) {
        this.projects = projects;
        this.tags = tags;
    }

    @GetMapping("/cases/{caseId}/major-project")
    @Tagged
    @Operation(
            summary = "A case's major-project flag with its history and ETag",
            description = "404 when the case was never flagged. The ETag is the If-Match of the next flagging or"
                    + " unflagging.")
    ResponseEntity<MajorProjectView> get(@PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId) {
        return tags.ok(MajorProjectView.of(projects.get(caseId)));
    }

    @PutMapping("/cases/{caseId}/major-project")
    @Operation(
            summary = "Flag a case as a major project, with a reason",
            description = "Closer limits (an earlier near-deadline warning) and an alert for every step"
                    + " after the flag (rule 22). 404 for an unknown case; 409 major-project.flagged"
                    + " when the case is flagged already. A case flagged before (the flag is on or was taken off)"
                    + " takes If-Match: its flag's ETag; the first flag needs none.")
    ResponseEntity<MajorProjectView> flag(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @Valid @RequestBody MajorProjectRequests.Reason request,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        return tags.ok(MajorProjectView.of(projects.flag(caller, caseId, request.reason(), ifMatch.on(this::tagOf))));
    }

    @DeleteMapping("/cases/{caseId}/major-project")
    @Operation(
            summary = "Take the major-project flag off a case, with a reason",
            description = "409 major-project.not-flagged when the case is not flagged. If-Match: the flag's ETag.")
    ResponseEntity<MajorProjectView> unflag(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @Valid @RequestBody MajorProjectRequests.Reason request,
            IfMatch ifMatch,
            @AuthenticationPrincipal Caller caller) {
        return tags.ok(MajorProjectView.of(projects.unflag(caller, caseId, request.reason(), ifMatch.on(this::tagOf))));
    }

    private String tagOf(MajorProject project) {
        return tags.of(MajorProjectView.of(project));
    }

    @GetMapping("/major-projects")
    @Operation(
            summary = "The cases flagged now, most recently flagged first",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<MajorProjectView>> flagged(PageParams page) {
        return page.ok(page.slice(projects.flagged(), MajorProjectView::of));
    }
}
