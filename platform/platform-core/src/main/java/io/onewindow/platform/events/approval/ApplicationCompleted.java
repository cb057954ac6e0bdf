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
 * @param deliveryServicePointId where the result was handed out when it was collected at a window
 *     (统一窗口出件), else {@code null}; this and the following fields are {@code null} in events
 *     written before they were carried
 * @param deliveryWindow the number of that delivery window, or {@code null}
 * @param collectorMasked the collector's ID number, masked, after the officer checked it against
 *     the applicant, or {@code null}
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
        Instant completedAt,
        String deliveryServicePointId,
        String deliveryWindow,
        String collectorMasked)
        implements CaseEvent {

    /** A completion without a collection at a window. */
    public ApplicationCompleted(
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
            Instant completedAt) {
        this(
                caseId,
                caseNumber,
                matterCode,
                department,
                outcome,
                acceptedAt,
                statutoryDueDate,
                promisedDueDate,
                workingDaysUsed,
                completedBy,
                completedAt,
                null,
                null,
                null);
    }
}
