package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * An officer asked for materials a second (or later) time, listing items not in the earlier
 * notices, and recorded why. Always followed by the {@link CorrectionRequested} it justifies;
 * supervision treats it as a one-time-notification exception to review.
 *
 * @param sequence the sequence number of the notice it justifies (2 or more)
 * @param newMaterialCodes the material codes not listed in any earlier notice
 * @param justification the officer's reason
 * @param justifiedBy username of the officer
 * @param justifiedAt when
 */
@EventType("onewindow.approval.ExtraCorrectionJustified.v1")
public record ExtraCorrectionJustified(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        int sequence,
        List<String> newMaterialCodes,
        String justification,
        String justifiedBy,
        Instant justifiedAt)
        implements CaseEvent {

    public ExtraCorrectionJustified {
        newMaterialCodes = newMaterialCodes == null ? List.of() : List.copyOf(newMaterialCodes);
    }
}
