package io.onewindow.supervision.feedback.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.DueDateChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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

/** Complaints: filed by the people served, answered by the responsible department. */
@RestController
@Tag(name = "Complaints", description = "Complaints about cases, bookings, service points, departments and officers")
class ComplaintsController {

    /** A complaint's id: a UUID. */
    static final String COMPLAINT_ID = "[0-9a-f-]{36}";

    private final Complaints complaints;

    ComplaintsController(Complaints complaints) {
        this.complaints = complaints;
    }

    /**
     * A complaint as its complainant and the department read it; {@code dueProvisional} says the
     * answer deadline rests on a provisional calendar year (临时推算), and {@code dueChanges} how it
     * moved when official years were published. {@code department} is the department it is about;
     * {@code desk} who handles it ({@code DEPARTMENT} or {@code INSPECTION}, the discipline
     * inspectors); {@code status} OPEN, ASSIGNED, ANSWERED or CLOSED; {@code contestedAt} when the
     * complainant contested the answer (once); {@code rating} the complainant's rating of the answer.
     */
    record ComplaintView(
            String id,
            String channel,
            String targetType,
            String targetId,
            String department,
            String text,
            LocalDate dueOn,
            boolean dueProvisional,
            List<DueDateChange> dueChanges,
            Instant filedAt,
            String reply,
            Instant answeredAt,
            Boolean answeredOnTime,
            String category,
            String desk,
            String status,
            String contestReason,
            Instant contestedAt,
            Integer rating) {

        static ComplaintView of(Complaint c) {
            return new ComplaintView(
                    c.id(),
                    c.channel().name(),
                    c.targetType().name(),
                    c.targetId(),
                    c.department(),
                    c.text(),
                    c.dueOn(),
                    c.dueProvisional(),
                    c.dueChanges(),
                    c.filedAt(),
                    c.reply(),
                    c.answeredAt(),
                    c.answeredOnTime(),
                    c.category().name(),
                    c.desk().name(),
                    c.status().name(),
                    c.contestReason(),
                    c.contestedAt(),
                    c.ratingLevel());
        }
    }

    @PostMapping("/api/supervision/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(
            summary = "File a complaint (about a case or booking: only one's own)",
            description = "One about an officer, one alleging collusion, bribery, intermediaries or off-system"
                    + " handling (category), or one addressed to discipline-inspection goes to the discipline"
                    + " inspectors, never to the officer's department; others to the department responsible."
                    + " A department that is not known is refused (400 complaint.unknown-department, naming"
                    + " the field).")
    ComplaintView file(
            @Valid @RequestBody FeedbackRequests.FileComplaint request, @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.file(
                caller,
                request.targetType(),
                request.targetId(),
                request.department(),
                request.category(),
                request.text()));
    }

    @PostMapping("/api/supervision/operator/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Record a complaint taken on the 12345 hotline or from the mailbox")
    ComplaintView record(
            @Valid @RequestBody FeedbackRequests.RecordComplaint request, @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.record(
                caller,
                request.channel(),
                request.targetType(),
                request.targetId(),
                request.department(),
                request.category(),
                request.text()));
    }

    @GetMapping("/api/supervision/complaints/mine")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(summary = "The complaints I filed", description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<ComplaintView>> mine(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(complaints.filedBy(caller), ComplaintView::of));
    }

    @GetMapping("/api/supervision/complaints/{complaintId}")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(summary = "One complaint I filed; another's is not found (404)")
    ComplaintView own(
            @PathVariable @Pattern(regexp = COMPLAINT_ID) String complaintId, @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.readOwn(caller, complaintId));
    }

    @PostMapping("/api/supervision/complaints/{complaintId}/contest")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(
            summary = "Contest the answer to my complaint, once",
            description = "It reopens on the discipline inspectors' desk (even if a department answered it), with"
                    + " a new answer deadline. 409 complaint.not-answered before an answer,"
                    + " complaint.already-contested the second time; another's complaint is not found (404).")
    ComplaintView contest(
            @PathVariable @Pattern(regexp = COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.ContestComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.contest(caller, complaintId, request.reason()));
    }

    @PostMapping("/api/supervision/complaints/{complaintId}/rating")
    @PreAuthorize("hasAnyRole('citizen','enterprise','agent')")
    @Operation(
            summary = "Rate the answer to my complaint, once (1 非常满意 … 5 非常不满意)",
            description = "409 complaint.not-answered while there is no answer, complaint.already-rated the second"
                    + " time; another's complaint is not found (404).")
    ComplaintView rate(
            @PathVariable @Pattern(regexp = COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.RateAnswer request,
            @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.rate(caller, complaintId, request.level()));
    }

    @GetMapping("/api/supervision/department/complaints")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(
            summary = "Complaints assigned to my department, without those about me (the officer named, or staff"
                    + " of the complained case or visit)",
            description = "Paged (see the list convention), counted in memory.")
    ResponseEntity<List<ComplaintView>> department(@AuthenticationPrincipal Caller caller, PageParams page) {
        return page.ok(page.slice(complaints.forDepartmentAdmin(caller), ComplaintView::of));
    }

    @GetMapping("/api/supervision/department/complaints/{complaintId}")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(summary = "One complaint assigned to my department; 404 for one about me or of another department")
    ComplaintView departmentComplaint(
            @PathVariable @Pattern(regexp = COMPLAINT_ID) String complaintId, @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.readByDepartmentAdmin(caller, complaintId));
    }

    @PostMapping("/api/supervision/department/complaints/{complaintId}/answer")
    @PreAuthorize("hasRole('dept-admin')")
    @Operation(
            summary = "Answer and close a complaint assigned to my department; one about me or on the discipline"
                    + " inspectors' desk is not found (404), one of another department refused (403)")
    ComplaintView answer(
            @PathVariable @Pattern(regexp = COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.AnswerComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return ComplaintView.of(complaints.answer(caller, complaintId, request.reply()));
    }
}
