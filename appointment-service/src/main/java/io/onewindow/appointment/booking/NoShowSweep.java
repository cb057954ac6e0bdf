package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.NoShowRule;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Marks bookings not checked in by slot end plus grace as no-shows, and bans people the
 * {@link NoShowRule} bans: it counts the person's no-shows in the rule's window and lets the rule
 * impose the ban. Each booking and each ban is changed by a version-checked write, so even two
 * overlapping sweeps record one {@code NoShow} per booking and one ban per person.
 */
@UseCase
public class NoShowSweep {

    private static final int BATCH = 500;

    private final BookingStore bookings;
    private final BanStore bans;
    private final Places places;
    private final BookingLimits limits;
    private final NoShowRule rule;
    private final Clock clock;

    NoShowSweep(
            BookingStore bookings, BanStore bans, Places places, BookingLimits limits, NoShowRule rule, Clock clock) {
        this.bookings = bookings;
        this.bans = bans;
        this.places = places;
        this.limits = limits;
        this.rule = rule;
        this.clock = clock;
    }

    /** One sweep at the clock's now; answers how many bookings it marked as no-shows. */
    public int sweepNoShows() {
        Instant now = clock.instant();
        int marked = 0;
        List<Booking> candidates;
        do {
            candidates = bookings.activeEndedBefore(now.minus(limits.noShowGrace()), BATCH);
            for (Booking candidate : candidates) {
                if (markNoShow(candidate, now)) {
                    marked++;
                }
            }
        } while (candidates.size() == BATCH);
        return marked;
    }

    private boolean markNoShow(Booking candidate, Instant now) {
        Booking missed;
        try {
            missed = bookings.change(candidate.id(), b -> b.markNoShow(now, limits.noShowGrace()));
        } catch (ConflictException e) {
            return false; // checked in or cancelled since it was read
        }
        places.releaseMatterLimit(missed);
        String idHash = missed.principal().idHash();
        int noShows = (int) bookings.countNoShows(idHash, rule.windowAt(now));
        if (rule.bans(noShows)) {
            String banId = UUID.randomUUID().toString();
            bans.upsert(
                    idHash,
                    () -> rule.ban(missed.principal(), banId, noShows, now),
                    ban -> rule.banAgain(ban, banId, noShows, now));
        }
        return true;
    }
}
