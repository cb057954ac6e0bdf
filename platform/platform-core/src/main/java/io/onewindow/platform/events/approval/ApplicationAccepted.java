package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The application was accepted (受理); the statutory clock runs from the day of acceptance (which
 * itself does not count).
 *
 * @param acceptedAt when it counts as accepted: for an automatic acceptance under art. 32 this is the
 *     time of receipt, not the time of the sweep
 * @param statutoryDueDate acceptance + the matter's statutory limit in working days
 * @param promisedDueDate acceptance + the matter's promised (shorter) limit in working days
 * @param by username of the officer, or {@code system} for an automatic acceptance
 * @param automatic {@code true} when accepted by law because no notice was given in 5 working days
 * @param statutoryDueProvisional whether the statutory due date rests on a provisional calendar year
 *     (shown as 临时推算; recomputed when the official year is entered)
 * @param promisedDueProvisional the same for the promised due date
 */
@EventType("onewindow.approval.ApplicationAccepted.v1")
public record ApplicationAccepted(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        Instant acceptedAt,
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        String by,
        boolean automatic,
        boolean statutoryDueProvisional,
        boolean promisedDueProvisional)
        implements CaseEvent {

    /** An acceptance whose due dates rest on official calendar years only. */
    public ApplicationAccepted(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            Instant acceptedAt,
            LocalDate statutoryDueDate,
            LocalDate promisedDueDate,
            String by,
            boolean automatic) {
        this(
                caseId,
                caseNumber,
                matterCode,
                department,
                acceptedAt,
                statutoryDueDate,
                promisedDueDate,
                by,
                automatic,
                false,
                false);
    }
}
