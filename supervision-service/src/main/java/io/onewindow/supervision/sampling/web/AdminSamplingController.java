package io.onewindow.supervision.sampling.web;

import io.onewindow.supervision.sampling.SamplingDesk;
import io.onewindow.supervision.sampling.web.SamplingViews.SamplingSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A platform admin draws a period's sampling now (e.g. after the scheduled job was off); the answer
 * names no sampled case, since the admin's own department may be among the reviewed.
 */
@RestController
@RequestMapping("/api/supervision/admin/samplings")
@PreAuthorize("hasRole('platform-admin')")
@Tag(name = "Admin: sampling review", description = "Draw a period's sampling review now")
class AdminSamplingController {

    private final SamplingDesk desk;

    AdminSamplingController(SamplingDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(
            summary = "Draw the sampling of the period starting on `from` now",
            description = "As the inspectors' draw; answers the seed's commitment and how many cases of each "
                    + "department were drawn, not which; the seed itself only once every sampled case is reviewed"
                    + " (null before). 201 when drawn now, 200 when drawn before.")
    ResponseEntity<SamplingSummary> draw(@Valid @RequestBody SamplingRequests.DrawSample request) {
        SamplingDesk.Drawn drawn = desk.draw(request.from());
        return ResponseEntity.status(drawn.drawnNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SamplingSummary.of(drawn.sampling()));
    }
}
