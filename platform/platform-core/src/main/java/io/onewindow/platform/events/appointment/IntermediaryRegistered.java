package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A platform administrator registered an intermediary (中介机构) in the register: only agents
 * enrolled under a registered intermediary may act for others.
 *
 * @param creditCode the intermediary's unified social credit code (aggregate id)
 * @param name the registered name
 * @param registeredBy user name of the platform administrator
 * @param registeredAt when
 */
@EventType("onewindow.appointment.IntermediaryRegistered.v1")
public record IntermediaryRegistered(String creditCode, String name, String registeredBy, Instant registeredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return creditCode;
    }
}
