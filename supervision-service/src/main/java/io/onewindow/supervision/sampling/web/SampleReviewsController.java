package io.onewindow.supervision.sampling.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.sampling.SampleReviews;
import io.onewindow.supervision.sampling.web.SamplingViews.ReviewView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reviewers (inspectors, other departments' approvers) read their sampled cases and record findings. */
@RestController
@RequestMapping("/api/supervision/reviews")
@PreAuthorize("hasAnyRole('inspector', 'approver')")
@Validated
@Tag(name = "Sampling review: reviewers", description = "The sampled cases assigned to the caller and their findings")
class SampleReviewsController {

    private final SampleReviews reviews;

    SampleReviewsController(SampleReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/mine")
    @Operation(
            summary = "The sampled cases assigned to me (an inspector: also those assigned to no one)",
            description = "Each with what the decision rests on and, once recorded, the finding. Paged (see the list"
                    + " convention), counted in memory.")
    ResponseEntity<List<ReviewView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(reviews.assignedTo(caller), ReviewView::of));
    }

    @PostMapping("/{caseId}/finding")
    @Operation(
            summary = "Record the finding on a sampled case, once",
            description = "By the assigned reviewer or an inspector, never by the deciding department's staff or "
                    + "the decider (403 `sampling.not-reviewer`); a second finding is 409 "
                    + "`sampling.already-reviewed`; IRREGULAR needs a category and IN_ORDER has none (400 "
                    + "`sampling.category`). An irregular finding raises alert `review.irregular` (rule 20) with "
                    + "the case's events as evidence.")
    ReviewView record(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String caseId,
            @Valid @RequestBody SamplingRequests.RecordFinding request,
            @AuthenticationPrincipal Caller caller) {
        return ReviewView.of(reviews.record(
                caller,
                caseId,
                new SampleReviews.RecordFinding(request.finding(), request.category(), request.note())));
    }
}
