package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The seed of a scarce slot's draw was generated and its commitment fixed, before the slot's draw
 * window opened: the seed itself stays secret until {@link DrawHeld} reveals it, and anyone can
 * then check {@code SHA-256(seed) = commitment}.
 *
 * @param slotId the slot (aggregate id, Kafka key): {@code <servicePointId>|<matterCode>|<local start>}
 * @param servicePointId where
 * @param matterCode the scarce matter
 * @param slotStart the start of the slot
 * @param commitment SHA-256 of the 32 seed bytes, lower-case hex
 * @param windowOpens the slot's release: requests from here enter the draw
 * @param windowCloses the end of the draw window: from here it is first-come, after the draw
 * @param committedAt when the commitment was made (before {@code windowOpens})
 */
@EventType("onewindow.appointment.DrawSeedCommitted.v1")
public record DrawSeedCommitted(
        String slotId,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String commitment,
        Instant windowOpens,
        Instant windowCloses,
        Instant committedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return slotId;
    }
}
