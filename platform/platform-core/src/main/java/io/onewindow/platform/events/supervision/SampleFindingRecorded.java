package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A reviewer recorded the finding of a sampled case's review. The note is not in the event (free
 * text); inspectors and, after the review, the department's admin read it in the API.
 *
 * @param samplingId the sampling the case was drawn in (aggregate id)
 * @param caseId the reviewed case
 * @param department the department that decided it
 * @param finding {@code IN_ORDER} or {@code IRREGULAR}
 * @param category for an irregular finding: {@code WRONG_LEGAL_BASIS}, {@code MISSING_MATERIAL_ACCEPTED},
 *     {@code TIME_LIMIT_MISAPPLIED}, {@code OFF_CATALOG_REQUIREMENT} or {@code OTHER}; else {@code null}
 * @param reviewedBy the reviewer's username
 * @param recordedAt when it was recorded
 */
@EventType("onewindow.supervision.SampleFindingRecorded.v1")
public record SampleFindingRecorded(
        String samplingId,
        String caseId,
        String department,
        String finding,
        String category,
        String reviewedBy,
        Instant recordedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return samplingId;
    }
}
