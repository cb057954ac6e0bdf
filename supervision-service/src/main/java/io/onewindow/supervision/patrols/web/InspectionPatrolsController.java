package io.onewindow.supervision.patrols.web;

import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.patrols.Patrols;
import io.onewindow.supervision.patrols.domain.PatrolCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors read every volunteer's patrol observations and their photos. */
@RestController
@RequestMapping("/api/supervision/inspections/patrols")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: patrols", description = "The volunteer supervisors' patrol observations")
class InspectionPatrolsController {

    private final Patrols patrols;

    InspectionPatrolsController(Patrols patrols) {
        this.patrols = patrols;
    }

    @GetMapping
    @Operation(
            summary = "Patrol observations by hall and category, newest first, a page at a time",
            description = "Paged (see the list convention): newest observation first, then id.")
    ResponseEntity<List<PatrolView>> search(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,
            @RequestParam(required = false) PatrolCategory category,
            PageParams page) {
        return page.ok(patrols.search(servicePointId, category, page.pageable(Patrols.NEWEST_FIRST))
                .map(PatrolView::forInspector));
    }

    @GetMapping("/{patrolId}")
    @Operation(summary = "One patrol observation with the id of the alert it raised")
    PatrolView get(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String patrolId) {
        return PatrolView.forInspector(patrols.get(patrolId));
    }

    @GetMapping("/{patrolId}/photo")
    @Operation(summary = "The observation's photo (image/jpeg or image/png); 404 when it has none")
    ResponseEntity<InputStreamResource> photo(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String patrolId)
            throws IOException {
        Patrols.Photo photo = patrols.photo(patrolId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .contentLength(photo.length())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(photo.content()));
    }
}
