package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's deadline card changed colour (GREEN, YELLOW, RED), on an event or on the scheduled sweep.
 *
 * @param caseId the case (aggregate id)
 * @param department the handling department
 * @param matterCode the matter
 * @param from previous colour, {@code null} for the first card
 * @param to new colour
 * @param promisedDueOn the promised deadline, or {@code null} before acceptance
 * @param workingDaysUsed working days counted so far (paused periods excluded)
 * @param changedAt when
 */
@EventType("onewindow.supervision.CaseCardChanged.v1")
public record CaseCardChanged(
        String caseId,
        String department,
        String matterCode,
        String from,
        String to,
        LocalDate promisedDueOn,
        int workingDaysUsed,
        Instant changedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}
