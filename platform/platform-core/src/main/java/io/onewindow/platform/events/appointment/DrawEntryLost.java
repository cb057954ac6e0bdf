package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A person's entry in a scarce slot's draw got no place: they are told, their limits are given
 * back, and they may book what is left first-come. (A winner gets the usual {@code Booked}.)
 *
 * @param entryId the entry (aggregate id, Kafka key)
 * @param slotId the slot drawn
 * @param servicePointId where
 * @param matterCode the matter
 * @param slotStart the start of the slot
 * @param principalIdHash the person, as in {@code Booked}
 * @param agentSubject the agent who entered for the person, else {@code null}
 * @param reason {@code NOT_DRAWN} (ranked below the places), or {@code INELIGIBLE} (drawn, but a
 *     ban or a used-up limit refused the booking when it was made)
 * @param department the matter's department
 * @param lostAt when
 */
@EventType("onewindow.appointment.DrawEntryLost.v1")
public record DrawEntryLost(
        String entryId,
        String slotId,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String principalIdHash,
        String agentSubject,
        String reason,
        String department,
        Instant lostAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return entryId;
    }
}
