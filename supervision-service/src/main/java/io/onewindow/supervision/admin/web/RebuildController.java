package io.onewindow.supervision.admin.web;

import io.onewindow.supervision.ingest.ProjectionRebuild;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins rebuild the projections from the topics (after a bug fix or a lost database). */
@RestController
@Tag(name = "Admin", description = "Operations on the supervision projections")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/supervision/admin/projections/rebuild")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Clear case timelines, visits and catalog versions and replay every consumed topic")
    ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
