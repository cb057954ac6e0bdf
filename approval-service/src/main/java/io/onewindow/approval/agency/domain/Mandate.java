package io.onewindow.approval.agency.domain;

import java.time.Instant;
import java.util.List;

/**
 * A mandate (授权委托) as the register published it: who may act for whom, on which matters, when;
 * revoked from {@code revokedAt} on.
 *
 * @param mandateId the mandate
 * @param principalPseudonym pseudonym of the principal
 * @param agentPseudonym pseudonym of the agent's resident ID number
 * @param agentUsername the agent's account
 * @param intermediaryCode the intermediary the agent acts under
 * @param matterCodes the matters covered; empty for every matter
 * @param validFrom first instant the mandate may be used
 * @param validUntil last instant the mandate may be used
 * @param revokedAt when it was revoked, or {@code null}
 */
public record Mandate(
        String mandateId,
        String principalPseudonym,
        String agentPseudonym,
        String agentUsername,
        String intermediaryCode,
        List<String> matterCodes,
        Instant validFrom,
        Instant validUntil,
        Instant revokedAt) {

    public Mandate {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }

    /** Whether it may be used at {@code now}: not revoked by then, and within its validity. */
    public boolean liveAt(Instant now) {
        if (revokedAt != null && !now.isBefore(revokedAt)) {
            return false;
        }
        return validFrom != null && validUntil != null && !now.isBefore(validFrom) && !now.isAfter(validUntil);
    }

    /** Whether it covers {@code matterCode}: every matter when the list is empty. */
    public boolean covers(String matterCode) {
        return matterCodes.isEmpty() || matterCodes.contains(matterCode);
    }
}
