package io.onewindow.approval.cases.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The decision on a case, or the refusal to accept it.
 *
 * @param outcome {@code APPROVED}, {@code DENIED} or {@code NOT_ACCEPTED}
 * @param reason why (required for a refusal)
 * @param legalBasis the provision relied on
 * @param faceData license-face fields, for an approval
 * @param by username
 * @param at when
 */
public record Decision(
        String outcome, String reason, String legalBasis, Map<String, String> faceData, String by, Instant at) {

    public Decision {
        faceData = faceData == null ? Map.of() : Map.copyOf(faceData);
    }
}
