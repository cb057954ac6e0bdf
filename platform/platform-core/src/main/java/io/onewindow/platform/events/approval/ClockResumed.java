package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The art. 45 procedure ended and the statutory clock runs again; due dates move by the working days
 * it took.
 *
 * @param procedure which procedure ended
 * @param expectedWorkingDays what was announced when it started
 * @param pausedWorkingDays the working days it actually took (not counted against the limit)
 * @param statutoryDueDate the statutory due date from now on
 * @param promisedDueDate the promised due date from now on
 * @param by username
 * @param at when the clock started again
 * @param statutoryDueProvisional whether the statutory due date rests on a provisional calendar year
 * @param promisedDueProvisional the same for the promised due date
 */
@EventType("onewindow.approval.ClockResumed.v1")
public record ClockResumed(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        SuspensionProcedure procedure,
        int expectedWorkingDays,
        int pausedWorkingDays,
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        String by,
        Instant at,
        boolean statutoryDueProvisional,
        boolean promisedDueProvisional)
        implements CaseEvent {

    /** A resumption whose due dates rest on official calendar years only. */
    public ClockResumed(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            SuspensionProcedure procedure,
            int expectedWorkingDays,
            int pausedWorkingDays,
            LocalDate statutoryDueDate,
            LocalDate promisedDueDate,
            String by,
            Instant at) {
        this(
                caseId,
                caseNumber,
                matterCode,
                department,
                procedure,
                expectedWorkingDays,
                pausedWorkingDays,
                statutoryDueDate,
                promisedDueDate,
                by,
                at,
                false,
                false);
    }
}
