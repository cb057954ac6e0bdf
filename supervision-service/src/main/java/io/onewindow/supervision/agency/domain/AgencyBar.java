package io.onewindow.supervision.agency.domain;

import java.time.Instant;

/**
 * A bar on acting for others (代办资格暂停), as appointment-service's register published it: one agent
 * under an intermediary, or the whole intermediary; current until lifted.
 *
 * @param barId the id of the {@code AgencySuspended} event that imposed it
 * @param intermediaryCode the intermediary's credit code
 * @param intermediaryName its registered name, when known
 * @param agentUsername the barred agent, or {@code null} when the whole intermediary is barred
 * @param reason the inspector's reason
 * @param suspendedBy the inspector who imposed it
 * @param suspendedAt when
 * @param liftReason why it was lifted, or {@code null} while current
 * @param liftedBy the inspector who lifted it, or {@code null}
 * @param liftedAt when, or {@code null}
 */
public record AgencyBar(
        String barId,
        String intermediaryCode,
        String intermediaryName,
        String agentUsername,
        String reason,
        String suspendedBy,
        Instant suspendedAt,
        String liftReason,
        String liftedBy,
        Instant liftedAt) {

    /** Whether the bar still holds. */
    public boolean current() {
        return liftedAt == null;
    }

    /** {@code AGENT} for one agent, {@code INTERMEDIARY} for the whole intermediary. */
    public String scope() {
        return agentUsername == null ? "INTERMEDIARY" : "AGENT";
    }
}
