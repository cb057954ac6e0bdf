package io.onewindow.supervision.feedback.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.paging.PageParams;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.ComplaintStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discipline inspectors' desk (纪检监察): the complaints routed to them (about a person, alleging
 * misconduct, addressed to them, or contested) and those that question staff conduct, listed, read,
 * assigned, answered and closed; they may read every complaint. A complaint about the inspector is
 * "not found" to them.
 */
@RestController
@RequestMapping("/api/supervision/inspections/complaints")
@PreAuthorize("hasRole('inspector')")
@Validated
@Tag(
        name = "Inspections: complaints",
        description = "Complaints that question staff conduct, for discipline inspectors")
class InspectionComplaintsController {

    private final Complaints complaints;

    InspectionComplaintsController(Complaints complaints) {
        this.complaints = complaints;
    }

    /**
     * A complaint as inspection reads it: as the department does, with whose conduct it questions,
     * why it was routed where it was, who has it and who answered and closed it, and each step with
     * who and when.
     */
    record InspectionComplaintView(
            ComplaintsController.ComplaintView complaint,
            List<String> concerning,
            String answeredBy,
            String routedBecause,
            String assignee,
            String closedBy,
            Instant closedAt,
            List<ComplaintStep> history) {

        static InspectionComplaintView of(Complaint c) {
            return new InspectionComplaintView(
                    ComplaintsController.ComplaintView.of(c),
                    c.involved(),
                    c.answeredBy(),
                    c.routedBecause() == null ? null : c.routedBecause().name(),
                    c.assignee(),
                    c.closedBy(),
                    c.closedAt(),
                    c.history());
        }
    }

    @GetMapping
    @Operation(
            summary = "The complaints the inspectors handle, of every department or of one, in one status or any,"
                    + " newest first, a page at a time",
            description = "Those routed to the inspectors (about a person, alleging misconduct, addressed to"
                    + " discipline-inspection, contested) and those that question staff conduct. Paged (see the list"
                    + " convention), counted in memory: newest filed first.")
    ResponseEntity<List<InspectionComplaintView>> search(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String department,
            @RequestParam(required = false) Complaint.Status status,
            PageParams page,
            @AuthenticationPrincipal Caller caller) {
        return page.ok(page.slice(complaints.forInspection(caller, department, status), InspectionComplaintView::of));
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "Any complaint, with its handling history")
    InspectionComplaintView get(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.readByInspection(caller, complaintId));
    }

    @PostMapping("/{complaintId}/assign")
    @Operation(
            summary = "Assign a complaint the inspectors handle, not yet answered, to an inspector",
            description = "409 complaint.department-answers for one the department handles,"
                    + " complaint.already-answered once answered, complaint.assignee-concerned if it questions the"
                    + " assignee's conduct.")
    InspectionComplaintView assign(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.AssignComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.assign(caller, complaintId, request.assignee()));
    }

    @PostMapping("/{complaintId}/close")
    @Operation(
            summary = "Close an answered complaint the inspectors handle",
            description = "409 complaint.not-answered before an answer, complaint.closed when closed already,"
                    + " complaint.department-answers for one the department handles.")
    InspectionComplaintView close(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.CloseComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.close(caller, complaintId, request.note()));
    }

    @PostMapping("/{complaintId}/answer")
    @Operation(
            summary =
                    "Answer a complaint the inspectors handle (409 complaint.department-answers for one the"
                            + " department handles; once assigned, only the assignee answers: 403 complaint.assigned-elsewhere)")
    InspectionComplaintView answer(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.AnswerComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.answerByInspection(caller, complaintId, request.reply()));
    }
}
