package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;

/**
 * An admin lifted a booking ban before its end.
 *
 * @param banId the ban (aggregate id)
 * @param principalIdHash salted hash of the person's ID number
 * @param reason why the admin lifted it
 * @param liftedBySubject token subject of the admin
 * @param liftedByUsername username of the admin
 */
@EventType("onewindow.appointment.BanLifted.v1")
public record BanLifted(
        String banId, String principalIdHash, String reason, String liftedBySubject, String liftedByUsername)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return banId;
    }
}
