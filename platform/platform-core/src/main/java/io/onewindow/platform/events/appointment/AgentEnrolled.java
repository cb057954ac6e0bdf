package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An agent account was enrolled under a registered intermediary.
 *
 * @param intermediaryCode the intermediary's credit code (aggregate id)
 * @param agentUsername the agent's account (token {@code preferred_username})
 * @param agentPseudonym pseudonym of the agent's resident ID number
 * @param enrolledBy user name of the platform administrator
 * @param enrolledAt when
 */
@EventType("onewindow.appointment.AgentEnrolled.v1")
public record AgentEnrolled(
        String intermediaryCode, String agentUsername, String agentPseudonym, String enrolledBy, Instant enrolledAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return intermediaryCode;
    }
}
