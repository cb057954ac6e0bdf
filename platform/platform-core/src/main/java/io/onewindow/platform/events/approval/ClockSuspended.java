package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The statutory clock was stopped for an art. 45 procedure; the applicant is told its expected length.
 *
 * @param procedure which procedure
 * @param reason why it is needed
 * @param expectedWorkingDays its expected length in working days
 * @param by username
 * @param at when the clock stopped
 */
@EventType("onewindow.approval.ClockSuspended.v1")
public record ClockSuspended(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        SuspensionProcedure procedure,
        String reason,
        int expectedWorkingDays,
        String by,
        Instant at)
        implements CaseEvent {}
