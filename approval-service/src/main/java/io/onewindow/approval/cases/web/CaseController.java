package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.CaseCorrections;
import io.onewindow.approval.cases.CaseFiling;
import io.onewindow.approval.cases.CaseQueries;
import io.onewindow.approval.cases.CaseReview;
import io.onewindow.approval.cases.CounterDelivery;
import io.onewindow.approval.cases.CounterReception;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.ChainVerification;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications (办件) and their workflow: submission, pre-review, correction, acceptance, the catalog's
 * review steps, the statutory clock, the decision and delivery; the audit chain and its verification.
 */
@RestController
@Validated
@RequestMapping("/api/approvals/cases")
@Tag(name = "Cases", description = "Applications and the workflow that keeps the Administrative License Law")
class CaseController {

    private static final String CASE_ID = "[0-9a-f-]{36}";

    private final CaseFiling filing;
    private final CounterReception counter;
    private final CounterDelivery delivery;
    private final CaseCorrections corrections;
    private final CaseReview review;
    private final CaseQueries queries;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CaseController(
            CaseFiling filing,
            CounterReception counter,
            CounterDelivery delivery,
            CaseCorrections corrections,
            CaseReview review,
            CaseQueries queries,
            WorkingCalendar calendar,
            Clock clock) {
        this.filing = filing;
        this.counter = counter;
        this.delivery = delivery;
        this.corrections = corrections;
        this.review = review;
        this.queries = queries;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('citizen', 'enterprise', 'agent', 'window-officer')")
    @Operation(
            summary = "Submit an application: online by the applicant (identity from the token), by an agent for a"
                    + " principal, or at a window by an officer; e-licenses given in place of paper are checked now",
            description = "A window officer turns a visitor's checked-in queue ticket into the case by giving `visit`"
                    + " (the ticket and the window he receives at): the case then carries the service point, its tier,"
                    + " the window and the ticket. He must hold that window of the ticket's point (403"
                    + " counter.not-posted-here); a department window receives its department's matters (403"
                    + " application.other-department), a comprehensive window (综合受理) any matter offered at the point"
                    + " (400 counter.matter-not-offered otherwise). The matter must be the one the visitor came for"
                    + " (400 counter.matter-not-booked), a person applying must be the visitor who checked in (409"
                    + " counter.visitor-mismatch), and one visit becomes one case (409 counter.visit-already-filed).")
    CaseView submit(
            @AuthenticationPrincipal Caller caller,
            Authentication authentication,
            @Valid @RequestBody Requests.Submit request) {
        CaseFiling.TokenFacts token = tokenFacts(caller, authentication);
        if (request.visit() != null) {
            return view(counter.receive(
                    request.visit().ticketId(), request.visit().window(), request.toApplication(), caller, token));
        }
        return view(filing.submit(request.toApplication(), caller, token));
    }

    @GetMapping
    @Operation(
            summary = "My cases (applicant, agent), my department's (staff), or all (inspector)",
            description = "Paged (see the list convention): newest case number first.")
    ResponseEntity<List<CaseView>> list(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(
                queries.list(caller, page.pageable(CaseQueries.LIST_ORDER)).map(this::view));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case with its clock; the read is logged")
    CaseView read(@AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return view(queries.read(caseId, caller));
    }

    @PostMapping("/{caseId}/license-checks")
    @Operation(summary = "Check again the e-licenses of a case waiting because e-license-service did not answer")
    CaseView recheck(
            @AuthenticationPrincipal Caller caller,
            Authentication authentication,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return view(corrections.recheckLicenses(caseId, caller, bearerOf(authentication)));
    }

    @PostMapping("/{caseId}/corrections")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Give a correction notice listing every missing or defective material at once; a later notice"
                    + " with new items needs a justification")
    CaseView requestCorrection(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Correction request) {
        return view(
                corrections.requestCorrection(caseId, request.problemsByMaterial(), request.justification(), caller));
    }

    @PostMapping("/{caseId}/resubmission")
    @PreAuthorize("hasAnyRole('citizen', 'enterprise', 'agent')")
    @Operation(summary = "Answer a correction notice with new materials")
    CaseView resubmit(
            @AuthenticationPrincipal Caller caller,
            Authentication authentication,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Resubmit request) {
        return view(corrections.resubmit(
                caseId,
                request.materials().stream().map(Requests.Material::toGiven).toList(),
                caller,
                bearerOf(authentication)));
    }

    @PostMapping("/{caseId}/acceptance")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(summary = "Accept (受理): starts the statutory clock")
    CaseView accept(@AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return view(filing.accept(caseId, caller));
    }

    @PostMapping("/{caseId}/refusal")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(summary = "Do not accept (不予受理): reason and legal basis required")
    CaseView refuse(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Refusal request) {
        return view(filing.refuseAcceptance(caseId, request.reason(), request.legalBasis(), caller));
    }

    @PostMapping("/{caseId}/steps")
    @PreAuthorize("hasAnyRole('window-officer', 'approver', 'dept-admin')")
    @Operation(summary = "Complete the next review step of the case's catalog version; off-catalog steps are refused")
    CaseView completeStep(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Step request) {
        return view(review.completeStep(caseId, request.stepCode(), request.opinion(), caller));
    }

    @PostMapping("/{caseId}/suspensions")
    @PreAuthorize("hasRole('approver')")
    @Operation(summary = "Stop the clock for an art. 45 procedure, with reason and expected length")
    CaseView suspend(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Suspension request) {
        return view(review.suspendClock(
                caseId, request.procedure(), request.reason(), request.expectedWorkingDays(), caller));
    }

    @PostMapping("/{caseId}/resumption")
    @PreAuthorize("hasRole('approver')")
    @Operation(summary = "Start the clock again; due dates move by the working days it stood still")
    CaseView resume(@AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return view(review.resumeClock(caseId, caller));
    }

    @PostMapping("/{caseId}/extension")
    @PreAuthorize("hasRole('approver')")
    @Operation(summary = "Extend the decision time limit once, by at most 10 working days, with a reason")
    CaseView extend(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Extension request) {
        return view(review.extendTimeLimit(caseId, request.workingDays(), request.reason(), caller));
    }

    @PostMapping("/{caseId}/approval")
    @PreAuthorize("hasRole('approver')")
    @Operation(summary = "Approve after every catalog step; the event carries what the license needs")
    CaseView approve(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Decision request) {
        return view(review.approve(caseId, faceData(request), caller));
    }

    @PostMapping("/{caseId}/denial")
    @PreAuthorize("hasRole('approver')")
    @Operation(summary = "Deny after every catalog step, with a reason")
    CaseView deny(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Denial request) {
        return view(review.deny(caseId, request.reason(), request.legalBasis(), caller));
    }

    @PostMapping("/{caseId}/on-the-spot-decision")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(summary = "Accept and approve in one action (on-the-spot matters and filings)")
    CaseView decideOnTheSpot(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Decision request) {
        return view(filing.decideOnTheSpot(caseId, faceData(request), caller));
    }

    @PostMapping("/{caseId}/visit")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Attach the applicant's hall visit to the case filed online",
            description = "The applicant came to the counter with a queue ticket for the case: the window officer"
                    + " attaches the visit, and the case then carries the service point, tier and window (event"
                    + " VisitAttached). The same checks as receiving a visit as a case: the officer holds that window"
                    + " (403 counter.not-posted-here), the ticket is for the case's matter (400"
                    + " counter.matter-not-booked), a department window of the case's department or a comprehensive"
                    + " window offering the matter, the visitor is the applicant (409 counter.visitor-mismatch), the"
                    + " ticket has not become a case (409 counter.visit-already-filed), the case has no visit yet"
                    + " (409 counter.case-has-visit) and is open.")
    CaseView attachVisit(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Visit request) {
        return view(counter.attach(caseId, request.ticketId(), request.window(), caller));
    }

    @PostMapping("/{caseId}/completion")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Deliver the decision and close the case (办结)",
            description = "Without a body, an officer of the case's department closes it. With `collection`, the result"
                    + " is handed out at a delivery window (统一窗口出件): the officer must hold that window (403"
                    + " counter.not-posted-here), the window must hand out results (400 counter.not-a-delivery-window),"
                    + " the point must have received the visit or offer the matter (403 counter.not-delivered-here),"
                    + " and a person's result goes to that person only: the collector's ID number is checked against"
                    + " the applicant (409 counter.collector-mismatch). The case then shows where and to whom it was"
                    + " delivered.")
    CaseView complete(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody(required = false) Requests.Completion request) {
        if (request != null && request.collection() != null) {
            Requests.Collection collection = request.collection();
            return view(delivery.deliver(
                    caseId,
                    collection.servicePointId(),
                    collection.window(),
                    ResidentIdNumber.of(collection.collectorIdNumber()),
                    caller));
        }
        return view(review.complete(caseId, caller));
    }

    @PostMapping("/{caseId}/withdrawal")
    @PreAuthorize("hasAnyRole('citizen', 'enterprise', 'agent')")
    @Operation(summary = "Withdraw the application (applicant, or the agent who filed it)")
    CaseView withdraw(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @Valid @RequestBody Requests.Withdrawal request) {
        return view(filing.withdraw(caseId, request.reason(), caller));
    }

    @GetMapping("/{caseId}/audit/verification")
    @PreAuthorize("hasAnyRole('inspector', 'platform-admin', 'dept-admin')")
    @Operation(summary = "Verify the case's audit hash chain; reports the first broken link")
    ChainVerification verify(
            @AuthenticationPrincipal Caller caller, @PathVariable @Pattern(regexp = CASE_ID) String caseId) {
        return queries.verifyAudit(caseId, caller);
    }

    @GetMapping("/{caseId}/reads")
    @Operation(
            summary = "Who read this case's personal data, and when",
            description = "Paged (see the list convention): newest read first.")
    ResponseEntity<List<CaseQueries.CaseRead>> reads(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            PageParams page) {
        return page.ok(queries.reads(caseId, caller, page.pageable(CaseQueries.READS_ORDER)));
    }

    @GetMapping("/{caseId}/files/{fileId}")
    @Operation(
            summary = "A material file of the case, always as an attachment (never rendered inline); the read is"
                    + " logged")
    ResponseEntity<InputStreamResource> file(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = CASE_ID) String caseId,
            @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String fileId)
            throws java.io.IOException {
        var resource = queries.material(caseId, fileId, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(resource.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(resource.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(resource.content()));
    }

    private CaseView view(ApplicationCase c) {
        return CaseView.of(c, calendar, LocalDate.now(clock));
    }

    private static Map<String, String> faceData(Requests.Decision request) {
        return request.faceData() == null ? Map.of() : request.faceData();
    }

    static CaseFiling.TokenFacts tokenFacts(Caller caller, Authentication authentication) {
        String name = null;
        if (authentication != null && authentication.getCredentials() instanceof Jwt jwt) {
            name = jwt.getClaimAsString("name");
        }
        return new CaseFiling.TokenFacts(
                name == null || name.isBlank() ? caller.username() : name, bearerOf(authentication));
    }

    private static String bearerOf(Authentication authentication) {
        return authentication != null && authentication.getCredentials() instanceof Jwt jwt ? jwt.getTokenValue() : "";
    }
}
