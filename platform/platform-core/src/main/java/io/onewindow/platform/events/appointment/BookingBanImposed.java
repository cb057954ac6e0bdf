package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A person may not book until {@code until} (too many no-shows).
 *
 * @param banId the ban (aggregate id)
 * @param principalIdHash salted hash of the banned person's ID number
 * @param principalIdMasked the masked ID number
 * @param reason machine reason, e.g. {@code NO_SHOWS}
 * @param noShows no-shows counted in the window that led to the ban
 * @param until the end of the ban
 */
@EventType("onewindow.appointment.BookingBanImposed.v1")
public record BookingBanImposed(
        String banId, String principalIdHash, String principalIdMasked, String reason, int noShows, Instant until)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return banId;
    }
}
