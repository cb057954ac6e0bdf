package io.onewindow.supervision.cases.web;

import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.MilestoneRecord;
import io.onewindow.supervision.cases.domain.StepRecord;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.time.LocalDate;
import java.util.List;

/** A case's timeline with its clock and card, for inspectors. */
record CaseView(
        String caseId,
        String caseNumber,
        String matterCode,
        Integer matterVersion,
        String department,
        String channel,
        String applicantMasked,
        String agent,
        String state,
        String card,
        LocalDate promisedDueDate,
        LocalDate statutoryDueDate,
        int workingDaysUsed,
        int workingDaysLeft,
        int pausedWorkingDays,
        int correctionNotices,
        List<TimelineEntry> timeline,
        List<StepRecord> steps,
        List<MilestoneRecord> partnerMilestones,
        List<String> licenseIds,
        List<String> alertIds) {

    static CaseView of(CaseTimeline c, CaseClock clock, LocalDate today, List<String> alertIds) {
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.matterCode(),
                c.matterVersion(),
                c.department(),
                c.channel(),
                c.applicantMasked(),
                c.agent(),
                c.state().name(),
                c.card().name(),
                c.promisedDueDate(),
                c.statutoryDueDate(),
                clock.workingDaysUsed(c, today),
                clock.workingDaysLeft(c, today),
                c.pausedWorkingDays(),
                c.correctionNotices(),
                c.entries(),
                c.steps(),
                c.milestones(),
                c.licenseIds(),
                alertIds);
    }
}
