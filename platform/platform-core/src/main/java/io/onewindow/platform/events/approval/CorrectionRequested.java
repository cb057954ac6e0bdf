package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A correction notice was given: every missing or defective item at once (art. 32, "一次性告知").
 * A notice with {@code sequence > 1} breaks that rule unless justified; supervision flags it.
 *
 * @param sequence 1 for the first notice of the case, 2 for the second, …
 * @param items every item listed in this notice
 * @param justification the officer's recorded reason for a notice after the first, else {@code null}
 * @param requestedBy username of the officer
 * @param requestedAt when the notice was given
 */
@EventType("onewindow.approval.CorrectionRequested.v1")
public record CorrectionRequested(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        int sequence,
        List<CorrectionItem> items,
        String justification,
        String requestedBy,
        Instant requestedAt)
        implements CaseEvent {

    public CorrectionRequested {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
