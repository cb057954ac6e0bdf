package io.onewindow.approval.partner.web;

import io.onewindow.approval.partner.PartnerDocking;
import io.onewindow.approval.partner.domain.MilestoneRecord;
import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.approval.partner.domain.PartnerClock;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.SafeText;
import io.onewindow.platform.web.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partner department docking: milestones of cases handled in the partner's own software. */
@RestController
@Validated
@RequestMapping("/api/approvals/partner")
@PreAuthorize("hasRole('partner-system')")
@Tag(
        name = "Partner docking",
        description = "Partner systems report case milestones in real time (own department only)")
class PartnerController {

    private static final String PARTNER_CASE_NUMBER = "[A-Za-z0-9_-]{1,60}";

    private final PartnerDocking docking;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PartnerController(PartnerDocking docking, WorkingCalendar calendar, Clock clock) {
        this.docking = docking;
        this.calendar = calendar;
        this.clock = clock;
    }

    private PartnerCaseView view(PartnerCase c) {
        return PartnerCaseView.of(c, c.clock(calendar, clock.getZone(), LocalDate.now(clock)));
    }

    record MilestoneRequest(
            @NotBlank @Pattern(regexp = PARTNER_CASE_NUMBER) String partnerCaseNumber,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") @SafeText
            String matterCode,

            @NotNull PartnerMilestone milestone,
            @NotNull Instant occurredAt,
            LocalDate dueDate,

            @Schema(
                    description = "The applicant's resident ID number (GB 11643), with RECEIVED only;"
                            + " kept only as a keyed pseudonym")
            @Size(max = 18)
            String applicantIdNumber,

            @Schema(
                    description = "The applicant's unified social credit code (GB 32100), instead of an ID"
                            + " number, with RECEIVED only; kept only as a keyed pseudonym")
            @Size(max = 18)
            String applicantCreditCode) {}

    /** A mirrored case as answered. */
    record PartnerCaseView(
            String caseId,
            String caseNumber,
            String department,
            String partnerCaseNumber,
            String matterCode,
            int matterVersion,
            LocalDate dueDate,
            String applicantType,
            boolean applicantKnown,
            PartnerClock clock,
            List<MilestoneRecord> milestones) {

        static PartnerCaseView of(PartnerCase c, PartnerClock clock) {
            return new PartnerCaseView(
                    c.id(),
                    c.caseNumber(),
                    c.department(),
                    c.partnerCaseNumber(),
                    c.matterCode(),
                    c.matterVersion(),
                    c.dueDate(),
                    c.applicantType(),
                    c.applicantPseudonym() != null,
                    clock,
                    c.milestones());
        }
    }

    @PostMapping("/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Report a milestone (RECEIVED, ACCEPTED with due date, DECIDED, COMPLETED) of one of your"
                    + " department's cases; out-of-order, back-dated or unknown-matter reports are refused (409)"
                    + " and recorded; a system that is not the registered partner system of an active"
                    + " department is refused (403) and recorded. With RECEIVED the partner may name the applicant"
                    + " by ID number or credit code (check characters verified, 400 otherwise, nothing written);"
                    + " only its keyed pseudonym is kept and published, so the applicant sees the case")
    PartnerCaseView report(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MilestoneRequest request) {
        return view(docking.reportMilestone(
                new PartnerDocking.MilestoneReport(
                        request.partnerCaseNumber(),
                        request.matterCode(),
                        request.milestone(),
                        request.occurredAt(),
                        request.dueDate(),
                        blankToNull(request.applicantIdNumber()),
                        blankToNull(request.applicantCreditCode())),
                caller));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @GetMapping("/cases/{partnerCaseNumber}")
    @Operation(summary = "The mirror of one of your department's cases (the department's registered partner system)")
    PartnerCaseView read(
            @AuthenticationPrincipal Caller caller,
            @PathVariable @Pattern(regexp = PARTNER_CASE_NUMBER) String partnerCaseNumber) {
        return view(docking.read(partnerCaseNumber, caller));
    }

    @GetMapping("/cases")
    @Operation(
            summary = "Your department's mirrored cases (the department's registered partner system), paged, the"
                    + " latest report first, each as the single read answers it; optionally only those at a stage"
                    + " (their latest milestone) or reported since an instant")
    ResponseEntity<List<PartnerCaseView>> list(
            @AuthenticationPrincipal Caller caller,
            PageParams page,
            @Parameter(description = "only cases whose latest milestone is this one") @RequestParam(required = false)
                    PartnerMilestone status,
            @Parameter(description = "only cases whose latest report arrived at or after this instant")
                    @RequestParam(required = false)
                    Instant updatedSince) {
        return page.ok(docking.list(caller, status, updatedSince, page.pageable(PartnerDocking.LIST_ORDER))
                .map(this::view));
    }
}
