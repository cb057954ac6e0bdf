package io.onewindow.supervision.feedback.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
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
 * Inspectors (纪检监察) read the complaints that question staff conduct, whoever they concern, and may
 * answer them: the route for a complaint about a department's admin, which never reaches that admin.
 * A complaint about the inspector is "not found" to them.
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
     * A complaint as inspection reads it: as the department does, with whose conduct it questions
     * and who answered it.
     */
    record InspectionComplaintView(
            ComplaintsController.ComplaintView complaint, List<String> concerning, String answeredBy) {

        static InspectionComplaintView of(Complaint c) {
            return new InspectionComplaintView(ComplaintsController.ComplaintView.of(c), c.involved(), c.answeredBy());
        }
    }

    @GetMapping
    @Operation(summary = "Complaints that question staff conduct, of every department or of one, newest first")
    List<InspectionComplaintView> search(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String department,
            @AuthenticationPrincipal Caller caller) {
        return complaints.namingStaff(caller, department).stream()
                .map(InspectionComplaintView::of)
                .toList();
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "One complaint")
    InspectionComplaintView get(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.readByInspection(caller, complaintId));
    }

    @PostMapping("/{complaintId}/answer")
    @Operation(
            summary = "Answer and close a complaint that questions staff conduct (409 complaint.department-answers"
                    + " for one that questions nobody's)")
    InspectionComplaintView answer(
            @PathVariable @Pattern(regexp = ComplaintsController.COMPLAINT_ID) String complaintId,
            @Valid @RequestBody FeedbackRequests.AnswerComplaint request,
            @AuthenticationPrincipal Caller caller) {
        return InspectionComplaintView.of(complaints.answerByInspection(caller, complaintId, request.reply()));
    }
}
