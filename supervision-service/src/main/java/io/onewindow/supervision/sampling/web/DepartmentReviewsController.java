package io.onewindow.supervision.sampling.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.sampling.SampleReviews;
import io.onewindow.supervision.sampling.web.SamplingViews.DepartmentFindingView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department admin reads the sampling review's findings on their department's cases, once each
 * review is done; a case still under review is not shown, nor that one is.
 */
@RestController
@RequestMapping("/api/supervision/department/reviews")
@PreAuthorize("hasRole('dept-admin')")
@Tag(name = "Department: sampling review", description = "Findings on the department's sampled cases, after review")
class DepartmentReviewsController {

    private final SampleReviews reviews;

    DepartmentReviewsController(SampleReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(
            summary = "The findings on my department's reviewed cases, newest period first",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<DepartmentFindingView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(reviews.reviewedOfDepartment(caller), DepartmentFindingView::of));
    }
}
