package io.onewindow.supervision.casefile.web;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import io.onewindow.supervision.casefile.CaseFiles;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.DeadlineMove;
import io.onewindow.supervision.cases.domain.MilestoneRecord;
import io.onewindow.supervision.cases.domain.StepRecord;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.DueDateChange;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A case's timeline with its clock and card, for inspectors. Every computed date says whether it
 * rests on a provisional calendar year ({@code …Provisional}, shown as 临时推算). When the calendar
 * cannot count the clock (a date past its horizon), {@code workingDaysUsed} and
 * {@code workingDaysLeft} are {@code null} and the rest is shown. {@code servicePointId},
 * {@code window} and {@code ticketId} name the hall visit the case was received from (or attached
 * to), {@code linkedNumber} the linked filing (联办件) it is one department's part of ({@code null}
 * otherwise; its whole timeline at {@code /api/supervision/inspections/linked-filings/{linkedNumber}}).
 * {@code majorProject} is the major-project flag while it is on ({@code null} otherwise).
 */
record CaseView(
        String caseId,
        String caseNumber,
        String matterCode,
        Integer matterVersion,
        String department,
        String channel,
        String servicePointId,
        String window,
        String ticketId,
        String linkedNumber,
        String applicantMasked,
        String agent,
        String state,
        String card,
        LocalDate promisedDueDate,
        boolean promisedDueProvisional,
        LocalDate statutoryDueDate,
        boolean statutoryDueProvisional,
        LocalDate partnerDueDate,
        Integer workingDaysUsed,
        Integer workingDaysLeft,
        boolean clockProvisional,
        int pausedWorkingDays,
        int correctionNotices,
        List<TimelineEntry> timeline,
        List<DeadlineChangeView> deadlineChanges,
        List<StepRecord> steps,
        List<MilestoneRecord> partnerMilestones,
        List<String> licenseIds,
        List<String> alertIds,
        MajorProjectFlag majorProject) {

    /**
     * The case's major-project flag (重大项目) while it is on, for inspectors only.
     *
     * @param flaggedBy the inspector who flagged it
     * @param flaggedAt when
     * @param reason why
     */
    record MajorProjectFlag(String flaggedBy, Instant flaggedAt, String reason) {

        static MajorProjectFlag of(Optional<MajorProject> project) {
            return project.filter(MajorProject::flagged)
                    .map(p -> new MajorProjectFlag(p.flaggedBy(), p.flaggedAt(), p.reason()))
                    .orElse(null);
        }
    }

    /** The view of a case file, with its major-project flag. */
    static CaseView of(CaseFiles.CaseFile file) {
        CaseView view = of(
                file.timeline(),
                file.clock(),
                file.today(),
                file.alertIds(),
                file.complaints(),
                file.rating(),
                file.ticketTrail());
        return view.withMajorProject(MajorProjectFlag.of(file.majorProject()));
    }

    private CaseView withMajorProject(MajorProjectFlag flag) {
        return new CaseView(
                caseId,
                caseNumber,
                matterCode,
                matterVersion,
                department,
                channel,
                servicePointId,
                window,
                ticketId,
                linkedNumber,
                applicantMasked,
                agent,
                state,
                card,
                promisedDueDate,
                promisedDueProvisional,
                statutoryDueDate,
                statutoryDueProvisional,
                partnerDueDate,
                workingDaysUsed,
                workingDaysLeft,
                clockProvisional,
                pausedWorkingDays,
                correctionNotices,
                timeline,
                deadlineChanges,
                steps,
                partnerMilestones,
                licenseIds,
                alertIds,
                flag);
    }

    /**
     * A deadline counted again when an official calendar year replaced the provisional one: the
     * case's own (from the approval service) or a complaint's or rectification's about the case
     * (supervision's).
     *
     * @param deadline {@code statutory}, {@code promised}, {@code art32-notice}, {@code step:<name>},
     *     {@code suspension}, {@code complaint-answer} or {@code rectification}
     * @param subjectId the case, complaint or rectification id
     * @param previous the date before
     * @param current the date now
     * @param provisional whether {@code current} still rests on a provisional year
     * @param reason why
     * @param calendarYear the year made official
     * @param at when
     */
    record DeadlineChangeView(
            String deadline,
            String subjectId,
            LocalDate previous,
            LocalDate current,
            boolean provisional,
            String reason,
            int calendarYear,
            Instant at) {}

    static CaseView of(
            CaseTimeline c,
            CaseClock clock,
            LocalDate today,
            List<String> alertIds,
            List<Complaint> complaints,
            Optional<Rating> rating) {
        return of(c, clock, today, alertIds, complaints, rating, List.of());
    }

    /**
     * The view, its timeline holding the case's own entries and the hall trail of the ticket it was
     * received from ({@code TicketIssued}, {@code TicketCalled}, {@code Served}) in time order.
     */
    static CaseView of(
            CaseTimeline c,
            CaseClock clock,
            LocalDate today,
            List<String> alertIds,
            List<Complaint> complaints,
            Optional<Rating> rating,
            List<TimelineEntry> ticketTrail) {
        Integer used;
        Integer left;
        try {
            used = clock.workingDaysUsed(c, today);
            left = clock.workingDaysLeft(c, today);
        } catch (CalendarNotCoveredException e) {
            // The calendar does not reach that far (yet): the timeline is shown without the count.
            used = null;
            left = null;
        }
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.matterCode(),
                c.matterVersion(),
                c.department(),
                c.channel(),
                c.servicePointId(),
                c.window(),
                c.ticketId(),
                c.linkedNumber(),
                c.applicant().masked(),
                c.applicant().agent(),
                c.state().name(),
                c.card().name(),
                c.deadlines().promisedDueDate(),
                clock.promisedDueProvisional(c),
                c.deadlines().statutoryDueDate(),
                clock.statutoryDueProvisional(c),
                c.partnerDueDate(),
                used,
                left,
                clock.clockProvisional(c, today),
                c.deadlines().pausedWorkingDays(),
                c.correctionNotices(),
                withTicketTrail(c.entries(), ticketTrail),
                deadlineChanges(c, complaints, rating),
                c.steps(),
                c.milestones(),
                c.licenseIds(),
                alertIds,
                null);
    }

    private static List<TimelineEntry> withTicketTrail(List<TimelineEntry> entries, List<TimelineEntry> ticketTrail) {
        if (ticketTrail.isEmpty()) {
            return entries;
        }
        List<TimelineEntry> all = new ArrayList<>(entries);
        all.addAll(ticketTrail);
        // Stable: entries at the same moment keep the case's order, the ticket's after them.
        all.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    private static List<DeadlineChangeView> deadlineChanges(
            CaseTimeline c, List<Complaint> complaints, Optional<Rating> rating) {
        List<DeadlineChangeView> changes = new ArrayList<>();
        for (DeadlineMove move : c.deadlines().moves()) {
            changes.add(new DeadlineChangeView(
                    move.deadline(),
                    c.id(),
                    move.previous(),
                    move.current(),
                    move.provisional(),
                    move.reason(),
                    move.calendarYear(),
                    move.at()));
        }
        for (Complaint complaint : complaints) {
            for (DueDateChange change : complaint.dueChanges()) {
                changes.add(of(DeadlineRecomputed.COMPLAINT_ANSWER, complaint.id(), change));
            }
        }
        rating.ifPresent(r -> r.rectificationDueChanges()
                .forEach(change -> changes.add(of(DeadlineRecomputed.RECTIFICATION, r.rectificationId(), change))));
        changes.sort(Comparator.comparing(DeadlineChangeView::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return changes;
    }

    private static DeadlineChangeView of(String deadline, String subjectId, DueDateChange change) {
        return new DeadlineChangeView(
                deadline,
                subjectId,
                change.previous(),
                change.current(),
                change.provisional(),
                change.reason(),
                change.calendarYear(),
                change.at());
    }
}
