package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A scarce slot's draw was held after its window: everything needed to re-run it. Rank each entry
 * id by {@code HMAC-SHA256(key = seed bytes, message = UTF-8 of the entry id)} (lower-case hex),
 * order by rank (then id); the places go to the first {@code places} entries of that order that
 * are not in {@code skipped}, taking the next one for each skipped (docs/appointment-service.md,
 * "Fair release (draw)").
 *
 * @param slotId the slot (aggregate id, Kafka key)
 * @param servicePointId where
 * @param matterCode the scarce matter
 * @param slotStart the start of the slot
 * @param commitment the commitment published before the window ({@link DrawSeedCommitted})
 * @param seed the seed, 32 bytes as lower-case hex: {@code SHA-256(seed) = commitment}
 * @param places the places left in the slot when the draw was held
 * @param entryIds every entry of the draw, ordered by id (random UUIDs, no personal data)
 * @param ranking the entry ids in rank order
 * @param winners the entries that got a place, in rank order
 * @param skipped entries drawn for a place but no longer eligible when it was booked (a ban
 *     imposed, a limit used up meanwhile): the next in rank took the place
 * @param heldAt when the draw was held
 */
@EventType("onewindow.appointment.DrawHeld.v1")
public record DrawHeld(
        String slotId,
        String servicePointId,
        String matterCode,
        Instant slotStart,
        String commitment,
        String seed,
        int places,
        List<String> entryIds,
        List<String> ranking,
        List<String> winners,
        List<String> skipped,
        Instant heldAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return slotId;
    }
}
