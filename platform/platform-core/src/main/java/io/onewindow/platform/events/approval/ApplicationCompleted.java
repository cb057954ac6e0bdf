package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The case was closed (办结): the decision delivered.
 *
 * @param outcome {@code APPROVED} or {@code DENIED}
 * @param acceptedAt when it counted as accepted
 * @param statutoryDueDate the final statutory due date (after suspensions and extension)
 * @param promisedDueDate the final promised due date
 * @param workingDaysUsed working days from acceptance to completion, paused time excluded
 * @param completedBy username
 * @param completedAt when
 */
@EventType("onewindow.approval.ApplicationCompleted.v1")
public record ApplicationCompleted(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String outcome,
        Instant acceptedAt,
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        int workingDaysUsed,
        String completedBy,
        Instant completedAt)
        implements CaseEvent {}
