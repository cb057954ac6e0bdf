package io.onewindow.supervision.sampling.web;

import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.sampling.SamplingDesk;
import io.onewindow.supervision.sampling.web.SamplingViews.FiguresView;
import io.onewindow.supervision.sampling.web.SamplingViews.SamplingView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors draw the sampling review of a period, read every sampling and the figures. */
@RestController
@RequestMapping("/api/supervision/inspections/samplings")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(name = "Inspections: sampling review", description = "定期审查复核: samples of decided cases, reviewers, findings")
class InspectionSamplingController {

    private final SamplingDesk desk;

    InspectionSamplingController(SamplingDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(
            summary = "Draw the sampling of the period starting on `from` now",
            description = "Commits to a fresh seed (SHA-256 published as SampleSeedCommitted), draws from the cases "
                    + "decided in the period per department at the configured rates (at least one per department "
                    + "with decided cases) and assigns reviewers outside the deciding department; reveals the seed. "
                    + "201 when drawn now; 200 with the same sampling when it was drawn before. A day no period "
                    + "starts on is 400 `sampling.period-start`; a period not over is 409 `sampling.period-not-over`.")
    ResponseEntity<SamplingView> draw(@Valid @RequestBody SamplingRequests.DrawSample request) {
        SamplingDesk.Drawn drawn = desk.draw(request.from());
        return ResponseEntity.status(drawn.drawnNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SamplingView.of(drawn.sampling()));
    }

    @GetMapping
    @Operation(
            summary = "Every sampling, newest period first, with seed, candidates, sample and findings",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<SamplingView>> all(PageParams page) {
        return page.ok(page.slice(desk.all(), SamplingView::of));
    }

    @GetMapping("/{samplingId}")
    @Operation(summary = "One sampling: what re-runs the draw (seed, commitment, rates, candidates) and the sample")
    SamplingView one(
            @PathVariable @Pattern(regexp = "sampling-[0-9]{4}-[0-9]{2}-[0-9]{2}-P[0-9A-Z]{1,16}") String samplingId) {
        return SamplingView.of(desk.find(samplingId));
    }

    @GetMapping("/figures")
    @Operation(
            summary = "Per period and department: decided, sampled, reviewed, irregular",
            description = "Not paged (an exception to the list convention): figures, one row per period and"
                    + " department, read whole like a report.")
    List<FiguresView> figures(@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String department) {
        return desk.figures(department).stream().map(FiguresView::of).toList();
    }
}
