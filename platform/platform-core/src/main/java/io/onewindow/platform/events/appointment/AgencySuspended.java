package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector barred an agent, or a whole intermediary, from acting for others: their future
 * bookings are cancelled (each with its own {@link Cancelled}, reason {@code AGENT_SUSPENDED})
 * and their filings are refused until {@link AgencyReinstated}.
 *
 * @param intermediaryCode the intermediary's credit code (aggregate id)
 * @param agentUsername the barred agent, or {@code null} when the whole intermediary is barred
 * @param reason the inspector's reason, shown to supervision
 * @param suspendedBy user name of the inspector
 * @param suspendedAt when
 */
@EventType("onewindow.appointment.AgencySuspended.v1")
public record AgencySuspended(
        String intermediaryCode, String agentUsername, String reason, String suspendedBy, Instant suspendedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return intermediaryCode;
    }

    /** Whether the whole intermediary, not one agent, is barred. */
    public boolean wholeIntermediary() {
        return agentUsername == null;
    }
}
