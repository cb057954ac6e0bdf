package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's deadline card changed colour (GREEN, YELLOW, RED), on an event or on the scheduled sweep;
 * or, with {@code from} equal to {@code to}, the promised due date it shows was counted again on an
 * official calendar year (approval's {@code CaseDeadlinesRecomputed}).
 *
 * @param caseId the case (aggregate id)
 * @param department the handling department
 * @param matterCode the matter
 * @param from previous colour, {@code null} for the first card
 * @param to new colour
 * @param promisedDueOn the promised deadline, or {@code null} before acceptance
 * @param workingDaysUsed working days counted so far (paused periods excluded)
 * @param changedAt when
 * @param promisedDueProvisional whether the promised deadline rests on a provisional calendar year
 *     (shown as 临时推算; it may move when the official year is published); {@code false} in events
 *     written before the field existed
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
        Instant changedAt,
        Boolean promisedDueProvisional)
        implements DomainEvent {

    // A Boolean, not a boolean: an event written before the field existed lacks it, and a
    // missing primitive would make a strict JSON reader refuse the whole event.
    public CaseCardChanged {
        promisedDueProvisional = Boolean.TRUE.equals(promisedDueProvisional);
    }

    /** A card change whose promised deadline rests on official calendar years only. */
    public CaseCardChanged(
            String caseId,
            String department,
            String matterCode,
            String from,
            String to,
            LocalDate promisedDueOn,
            int workingDaysUsed,
            Instant changedAt) {
        this(caseId, department, matterCode, from, to, promisedDueOn, workingDaysUsed, changedAt, false);
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}
