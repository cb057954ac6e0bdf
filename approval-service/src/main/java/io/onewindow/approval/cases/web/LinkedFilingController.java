package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.CounterReception;
import io.onewindow.approval.cases.LinkedFilings;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.LinkedFiling;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * Linked filings (联办件, 一号联办 at the counter): the parts of a linked business checked in with one ticket
 * are received together at a comprehensive window, followed as one progress and collected at once.
 */
@RestController
@Validated
@RequestMapping("/api/approvals/linked-filings")
@Tag(
        name = "Linked filings",
        description = "一号联办: one visit, one linked number, a case per department, one progress, one collection")
class LinkedFilingController {

    private final CounterReception counter;
    private final LinkedFilings linked;
    private final WorkingCalendar calendar;
    private final Clock clock;

    LinkedFilingController(CounterReception counter, LinkedFilings linked, WorkingCalendar calendar, Clock clock) {
        this.counter = counter;
        this.linked = linked;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Receive a linked ticket as one linked filing (联办件): a case per department under one number",
            description = "The visitor checked in the parts of a linked business (e.g. HOUSING-TRANSFER = real-estate"
                    + " transfer registration + deed tax) once and got one ticket. The officer receives every part"
                    + " at once: `parts` must be exactly the ticket's matters (400 counter.linked-parts-differ), the"
                    + " ticket must be linked (400 counter.ticket-not-linked). `sharedMaterials` are given once and go,"
                    + " by reference to the same upload or e-license, to every part whose catalog entry lists them"
                    + " (400 counter.shared-material-unused, counter.material-given-twice). Each part is checked as a"
                    + " single reception is: the officer holds the window (403 counter.not-posted-here), a department"
                    + " window receives only its department's parts (403 application.other-department), a"
                    + " comprehensive window any part offered at the point, a person applying is the visitor (409"
                    + " counter.visitor-mismatch), one visit becomes one linked filing (409"
                    + " counter.visit-already-filed). Nothing is written unless every part passes. Each part's"
                    + " ApplicationSubmitted carries the linkedNumber; each department's approvers decide their part.")
    LinkedFilingView receive(
            @AuthenticationPrincipal Caller caller,
            Authentication authentication,
            @Valid @RequestBody Requests.LinkedSubmit request) {
        List<ApplicationCase> parts = counter.receiveLinked(
                request.visit().ticketId(),
                request.visit().window(),
                request.principal().toPrincipal(),
                request.shared(),
                request.toParts(),
                caller,
                CaseController.tokenFacts(caller, authentication));
        return view(parts);
    }

    @GetMapping("/{linkedNumber}")
    @Operation(
            summary = "One progress of a linked filing: every part the caller may read",
            description = "The applicant (or the agent who filed), inspectors and platform admins see every part; a"
                    + " department's staff the parts of their department; the officer who received the visit at a"
                    + " comprehensive window every part. `progress` is IN_PROGRESS, READY_FOR_COLLECTION (every part"
                    + " decided), COMPLETED or ENDED. 404 when there is no such filing or none of it is yours to read;"
                    + " 400 linked.invalid-number for a malformed number.")
    LinkedFilingView read(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = LinkedFiling.NUMBER) String linkedNumber) {
        return view(linked.parts(linkedNumber, caller));
    }

    @PostMapping("/{linkedNumber}/completion")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Hand out the results of every part at one delivery window, at once (统一窗口出件)",
            description = "Every part must be decided (409 linked.part-not-decided names the part still waiting); each"
                    + " part is checked as a single delivery is (403 counter.not-posted-here, 400"
                    + " counter.not-a-delivery-window, 403 counter.not-delivered-here, 409 counter.collector-mismatch)"
                    + " before any is closed, so all parts are collected or none.")
    LinkedFilingView collect(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = LinkedFiling.NUMBER) String linkedNumber,
            @NotNull @Valid @RequestBody Requests.Completion request) {
        Requests.Collection collection = request.collection();
        if (collection == null) {
            throw new io.onewindow.platform.domain.InvalidValueException(
                    "linked.collection-required", "collection", "say where and to whom the results are handed out");
        }
        return view(linked.collect(
                linkedNumber,
                collection.servicePointId(),
                collection.window(),
                ResidentIdNumber.of(collection.collectorIdNumber()),
                caller));
    }

    private LinkedFilingView view(List<ApplicationCase> parts) {
        return LinkedFilingView.of(parts, calendar, LocalDate.now(clock));
    }
}
