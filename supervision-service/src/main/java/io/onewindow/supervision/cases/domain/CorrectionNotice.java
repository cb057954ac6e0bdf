package io.onewindow.supervision.cases.domain;

import java.time.Instant;
import java.util.List;

/**
 * A correction notice as the case's {@code CorrectionRequested} event gave it: what the one-time
 * notification rule judges.
 *
 * @param eventId the event that carried it
 * @param sequence its number in the case, from 1
 * @param materialCodes the catalog material codes it names
 * @param justification the officer's recorded reason for naming new items, or {@code null}
 * @param requestedBy the officer
 * @param requestedAt when
 */
public record CorrectionNotice(
        String eventId,
        int sequence,
        List<String> materialCodes,
        String justification,
        String requestedBy,
        Instant requestedAt) {

    public CorrectionNotice {
        materialCodes = materialCodes == null ? List.of() : List.copyOf(materialCodes);
    }
}
