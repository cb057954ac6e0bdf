package io.onewindow.approval.cases.web;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.ClockView;
import io.onewindow.approval.cases.domain.CompletedStep;
import io.onewindow.approval.cases.domain.CorrectionNotice;
import io.onewindow.approval.cases.domain.Decision;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A case as answered: applicant code masked, the clock as of today, the next catalog step. */
record CaseView(
        String id,
        String caseNumber,
        String matterCode,
        int matterVersion,
        String matterName,
        String department,
        String state,
        String preReview,
        List<String> defects,
        Applicant applicant,
        String agent,
        String filedBy,
        String channel,
        Map<String, String> formData,
        List<SubmittedMaterial> materials,
        Instant receivedAt,
        List<CorrectionNotice> corrections,
        Instant acceptedAt,
        boolean acceptedAutomatically,
        ClockView clock,
        List<CompletedStep> steps,
        String nextStep,
        Decision decision,
        Instant closedAt) {

    record Applicant(String type, String name, String maskedCode) {}

    static CaseView of(ApplicationCase c, WorkingCalendar calendar, LocalDate today) {
        var steps = c.completedSteps();
        var catalogSteps = c.matter().steps();
        String next = c.state().name().equals("ACCEPTED") && steps.size() < catalogSteps.size()
                ? catalogSteps.get(steps.size()).code()
                : null;
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.matter().code(),
                c.matterVersion(),
                c.matter().name(),
                c.matter().department(),
                c.state().name(),
                c.preReviewStatus() == null ? null : c.preReviewStatus().name(),
                c.defects(),
                new Applicant(
                        c.applicant().type().name(),
                        c.applicant().name(),
                        c.applicant().maskedCode()),
                c.agent(),
                c.filedBy(),
                c.channel().name(),
                c.formData(),
                c.materials(),
                c.receivedAt(),
                c.corrections(),
                c.acceptedAt(),
                c.acceptedAutomatically(),
                c.clock(calendar, today),
                steps,
                next,
                c.decision(),
                c.closedAt());
    }
}
