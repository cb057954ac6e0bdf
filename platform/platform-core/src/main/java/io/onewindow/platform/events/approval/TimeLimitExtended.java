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
 * @param statutoryDueProvisional whether the new statutory due date rests on a provisional calendar year
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
        Instant at,
        boolean statutoryDueProvisional)
        implements CaseEvent {

    /** An extension whose due date rests on official calendar years only. */
    public TimeLimitExtended(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            int extraWorkingDays,
            String reason,
            LocalDate statutoryDueDate,
            String by,
            Instant at) {
        this(caseId, caseNumber, matterCode, department, extraWorkingDays, reason, statutoryDueDate, by, at, false);
    }
}
