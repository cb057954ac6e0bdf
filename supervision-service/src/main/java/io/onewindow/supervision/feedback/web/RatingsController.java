package io.onewindow.supervision.feedback.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.feedback.domain.DueDateChange;
import io.onewindow.supervision.feedback.domain.Rating;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ratings (好差评): one per case or visit, by the person served; bad ones followed up by the department. */
@RestController
@Tag(name = "Ratings", description = "Good/bad reviews of cases and visits")
class RatingsController {

    private final Ratings ratings;

    RatingsController(Ratings ratings) {
        this.ratings = ratings;
    }

    /**
     * A rating as its rater reads it; {@code rectificationDueProvisional} says the rectification
     * deadline rests on a provisional calendar year (临时推算), and {@code rectificationDueChanges}
     * how it moved when official years were published.
     */
    record RatingView(
            String id,
            String targetType,
            String targetId,
            String department,
            int level,
            String channel,
            boolean defaulted,
            String comment,
            Instant givenAt,
            LocalDate rectificationDueOn,
            boolean rectificationDueProvisional,
            List<DueDateChange> rectificationDueChanges,
            Instant followedUpAt) {

        static RatingView of(Rating r) {
            return new RatingView(
                    r.id(),
                    r.targetType().name(),
                    r.targetId(),
                    r.department(),
                    r.level(),
                    r.channel(),
                    r.defaulted(),
                    r.comment(),
                    r.givenAt(),
                    r.rectificationDueOn(),
                    r.rectificationDueProvisional(),
                    r.rectificationDueChanges(),
                    r.followedUpAt());
        }
    }

    @PostMapping("/api/supervision/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @Operation(summary = "Rate my own decided case or my own visit, once")
    RatingView rate(@Valid @RequestBody FeedbackRequests.Rate request, @AuthenticationPrincipal Caller caller) {
        return RatingView.of(ratings.rate(
                caller,
                request.targetType(),
                request.targetId(),
                request.level(),
                request.channel().name(),
                request.comment()));
    }

    @GetMapping("/api/supervision/ratings/mine")
    @PreAuthorize("hasAnyRole('citizen','enterprise')")
    @Operation(summary = "The ratings I gave", description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<RatingView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(ratings.givenBy(caller), RatingView::of));
    }

    @PostMapping("/api/supervision/department/ratings/{ratingId}/follow-up")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(summary = "Record the follow-up of a bad rating of my department")
    RatingView followUp(
            @PathVariable String ratingId,
            @Valid @RequestBody FeedbackRequests.FollowUp request,
            @AuthenticationPrincipal Caller caller) {
        return RatingView.of(ratings.followUp(caller, ratingId, request.note()));
    }
}
