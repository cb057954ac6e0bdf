package io.onewindow.supervision.cases.domain;

import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.DeadlineChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's deadlines as the events set them, and how each event moves them: the statutory and the
 * promised due date (and whether the approval service said they rest on a provisional calendar
 * year), the working days paused so far, the day a running pause began, and every move an official
 * calendar year caused. A value: each transition returns the deadlines after it. The clock
 * ({@link CaseClock}) counts on them.
 *
 * @param statutoryDueDate the statutory due date, once accepted
 * @param promisedDueDate the promised due date, once accepted
 * @param statutoryDueProvisional the approval service said the statutory date rests on a provisional year
 * @param promisedDueProvisional the approval service said the promised date rests on a provisional year
 * @param pausedWorkingDays working days paused by finished art. 45 procedures
 * @param suspendedSince the day a running pause began, or {@code null}
 * @param moves the deadlines counted again on official calendar years, oldest first
 */
public record CaseDeadlines(
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        boolean statutoryDueProvisional,
        boolean promisedDueProvisional,
        int pausedWorkingDays,
        LocalDate suspendedSince,
        List<DeadlineMove> moves) {

    public CaseDeadlines {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** Accepted: both due dates as the approval service counted them. */
    CaseDeadlines accepted(
            LocalDate statutory, boolean statutoryProvisional, LocalDate promised, boolean promisedProvisional) {
        return new CaseDeadlines(
                statutory,
                promised,
                statutoryProvisional,
                promisedProvisional,
                pausedWorkingDays,
                suspendedSince,
                moves);
    }

    /** A pause began on {@code day}. */
    CaseDeadlines suspended(LocalDate day) {
        return new CaseDeadlines(
                statutoryDueDate,
                promisedDueDate,
                statutoryDueProvisional,
                promisedDueProvisional,
                pausedWorkingDays,
                day,
                moves);
    }

    /** The pause ended after {@code paused} working days; the due dates moved by them, when given. */
    CaseDeadlines resumed(
            int paused,
            LocalDate statutory,
            boolean statutoryProvisional,
            LocalDate promised,
            boolean promisedProvisional) {
        return new CaseDeadlines(
                statutory != null ? statutory : statutoryDueDate,
                promised != null ? promised : promisedDueDate,
                statutory != null ? statutoryProvisional : statutoryDueProvisional,
                promised != null ? promisedProvisional : promisedDueProvisional,
                pausedWorkingDays + Math.max(0, paused),
                null,
                moves);
    }

    /** The statutory limit was extended to {@code statutory}, when given. */
    CaseDeadlines extended(LocalDate statutory, boolean statutoryProvisional) {
        if (statutory == null) {
            return this;
        }
        return new CaseDeadlines(
                statutory,
                promisedDueDate,
                statutoryProvisional,
                promisedDueProvisional,
                pausedWorkingDays,
                suspendedSince,
                moves);
    }

    /**
     * Completed with these dates. {@code ApplicationCompleted} does not say whether its dates are
     * provisional: a date that differs from the one held loses the flag, and the clock asks the
     * calendar instead.
     */
    CaseDeadlines completed(LocalDate statutory, LocalDate promised) {
        boolean statutoryMoved = statutory != null && !statutory.equals(statutoryDueDate);
        boolean promisedMoved = promised != null && !promised.equals(promisedDueDate);
        return new CaseDeadlines(
                statutoryMoved ? statutory : statutoryDueDate,
                promisedMoved ? promised : promisedDueDate,
                !statutoryMoved && statutoryDueProvisional,
                !promisedMoved && promisedDueProvisional,
                pausedWorkingDays,
                suspendedSince,
                moves);
    }

    /**
     * A partner system reported acceptance with its due date: it is the statutory date, and the
     * promised one when none is held. A partner's date says nothing about the calendar it was
     * counted on: the clock asks the calendar whether it rests on a provisional year.
     */
    CaseDeadlines partnerAccepted(LocalDate due) {
        return partnerAccepted(due, null);
    }

    /**
     * A partner system reported acceptance with its due date, and the catalog's limits for the
     * matter are known ({@code limits}): the due dates are the catalog's, counted from acceptance,
     * whatever date the partner set (a partner cannot lengthen its own limit); the partner's date is
     * kept on the timeline for the rules to compare. Without {@code limits}, as {@link
     * #partnerAccepted(LocalDate)}.
     */
    CaseDeadlines partnerAccepted(LocalDate due, PartnerLimits limits) {
        if (limits != null && limits.statutoryDueDate() != null && limits.promisedDueDate() != null) {
            return new CaseDeadlines(
                    limits.statutoryDueDate(),
                    limits.promisedDueDate(),
                    false,
                    false,
                    pausedWorkingDays,
                    suspendedSince,
                    moves);
        }
        boolean statutoryGiven = due != null;
        boolean promisedGiven = promisedDueDate == null;
        return new CaseDeadlines(
                statutoryGiven ? due : statutoryDueDate,
                promisedGiven ? due : promisedDueDate,
                !statutoryGiven && statutoryDueProvisional,
                !promisedGiven && promisedDueProvisional,
                pausedWorkingDays,
                suspendedSince,
                moves);
    }

    /**
     * The approval service counted the deadlines again because an official calendar year replaced
     * the provisional one: the statutory and promised due dates (and whether they are still
     * provisional) are taken as given, and every change is kept as a move with its old and new date
     * and the reason. Notice, step and suspension deadlines are shown, not held here.
     */
    CaseDeadlines recomputed(String eventId, CaseDeadlinesRecomputed e) {
        LocalDate statutory = statutoryDueDate;
        LocalDate promised = promisedDueDate;
        boolean statutoryProvisional = statutoryDueProvisional;
        boolean promisedProvisional = promisedDueProvisional;
        List<DeadlineMove> moved = new ArrayList<>(moves);
        for (DeadlineChange change : e.changes()) {
            if (change.deadline() == null) {
                continue;
            }
            moved.add(new DeadlineMove(
                    eventId,
                    change.deadline(),
                    change.previous(),
                    change.current(),
                    change.provisional(),
                    e.reason(),
                    e.calendarYear(),
                    e.recomputedAt()));
            if (change.current() == null) {
                continue;
            }
            if (change.deadline().equals("statutory")) {
                statutory = change.current();
                statutoryProvisional = change.provisional();
            } else if (change.deadline().equals("promised")) {
                promised = change.current();
                promisedProvisional = change.provisional();
            }
        }
        return new CaseDeadlines(
                statutory,
                promised,
                statutoryProvisional,
                promisedProvisional,
                pausedWorkingDays,
                suspendedSince,
                moved);
    }

    /** How a recomputation's change reads on the timeline. */
    static String describe(DeadlineChange change) {
        return change.deadline() + " " + change.previous() + " → " + change.current()
                + (change.provisional() ? " (provisional)" : "");
    }
}
