package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision time limit was extended once (art. 42: up to 10 working days, approved, reason told
 * to the applicant).
 *
 * @param extraWorkingDays 1 to 10
 * @param reason the approver's reason
 * @param statutoryDueDate the new statutory due date
 * @param by username of the approver
 * @param at when
 */
@EventType("onewindow.approval.TimeLimitExtended.v1")
public record TimeLimitExtended(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        int extraWorkingDays,
        String reason,
        LocalDate statutoryDueDate,
        String by,
        Instant at)
        implements CaseEvent {}
