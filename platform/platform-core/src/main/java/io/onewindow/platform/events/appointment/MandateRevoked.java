package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The principal (or a window officer for them) revoked a mandate: it covers nothing from
 * {@code revokedAt} on.
 *
 * @param mandateId the mandate (aggregate id)
 * @param principalPseudonym pseudonym of the principal
 * @param agentPseudonym pseudonym of the agent's resident ID number
 * @param revokedBy user name of whoever revoked it
 * @param revokedAt when
 */
@EventType("onewindow.appointment.MandateRevoked.v1")
public record MandateRevoked(
        String mandateId, String principalPseudonym, String agentPseudonym, String revokedBy, Instant revokedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return mandateId;
    }
}
