package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector lifted the bar of {@link AgencySuspended}.
 *
 * @param intermediaryCode the intermediary's credit code (aggregate id)
 * @param agentUsername the agent, or {@code null} for the whole intermediary
 * @param reason why the bar is lifted
 * @param reinstatedBy user name of the inspector
 * @param reinstatedAt when
 */
@EventType("onewindow.appointment.AgencyReinstated.v1")
public record AgencyReinstated(
        String intermediaryCode, String agentUsername, String reason, String reinstatedBy, Instant reinstatedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return intermediaryCode;
    }
}
