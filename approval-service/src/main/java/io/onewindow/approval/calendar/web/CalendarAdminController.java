package io.onewindow.approval.calendar.web;

import io.onewindow.approval.calendar.OfficialCalendar;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entering next year's official holiday arrangement when the State Council publishes it: one
 * platform-admin enters it (checked whole; a 400 problem lists every error and nothing is
 * saved), a second one confirms it (four eyes) and only then it counts on every service, which
 * recompute the open deadlines that rested on the provisional year.
 */
@RestController
@Validated
@RequestMapping("/api/approvals/admin/calendar")
@PreAuthorize("hasRole('platform-admin')")
@Tag(
        name = "Calendar administration",
        description = "Official holiday arrangements: enter, confirm (four eyes), reject")
class CalendarAdminController {

    private static final String ID = "[0-9a-f-]{36}";

    private final OfficialCalendar calendar;

    CalendarAdminController(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @PostMapping("/years")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a year's official arrangement from the State Council notice (platform-admin); counts"
                    + " once a second platform-admin confirms it")
    CalendarViews.Proposal enter(
            @AuthenticationPrincipal Caller caller, @Valid @RequestBody CalendarRequests.YearEntry entry) {
        return CalendarViews.Proposal.of(calendar.enter(entry.toEntry(), caller));
    }

    @GetMapping("/proposals")
    @Operation(
            summary = "Every entered year, waiting, published or rejected (platform-admin)",
            description = "Paged (see the list convention), counted in memory: year descending, then id.")
    ResponseEntity<List<CalendarViews.Proposal>> proposals(PageParams page) {
        return page.ok(page.slice(calendar.proposals(), CalendarViews.Proposal::of));
    }

    @PostMapping("/proposals/{id}/confirmation")
    @Operation(
            summary = "Confirm an entered year (a second platform-admin, not the one who entered it): it is"
                    + " published and open deadlines are recomputed (CalendarYearPublished, CaseDeadlinesRecomputed)")
    CalendarViews.Proposal confirm(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = ID) String id) {
        return CalendarViews.Proposal.of(calendar.confirm(id, caller));
    }

    @PostMapping("/proposals/{id}/rejection")
    @Operation(summary = "Reject an entered year with a reason (a second platform-admin); a corrected one can follow")
    CalendarViews.Proposal reject(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody CalendarRequests.Rejection rejection) {
        return CalendarViews.Proposal.of(calendar.reject(id, rejection.reason(), caller));
    }
}
