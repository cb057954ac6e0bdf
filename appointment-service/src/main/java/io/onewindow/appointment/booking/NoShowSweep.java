package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.platform.domain.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks bookings not checked in by slot end plus grace as no-shows, and bans people who reach
 * the no-show threshold in the counting window. Runs on one instance at a time (ShedLock); each
 * booking is changed by a version-checked write, so even two overlapping sweeps record one
 * {@code NoShow} per booking and one ban per person.
 */
@Component
public class NoShowSweep {

    private static final Logger log = LoggerFactory.getLogger(NoShowSweep.class);
    private static final int BATCH = 500;

    private final BookingStore bookings;
    private final BanStore bans;
    private final LimitGuards guards;
    private final BookingLimits limits;
    private final Clock clock;

    NoShowSweep(BookingStore bookings, BanStore bans, LimitGuards guards, BookingLimits limits, Clock clock) {
        this.bookings = bookings;
        this.bans = bans;
        this.guards = guards;
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onewindow.appointment.no-show-sweep-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "appointment-no-show-sweep", lockAtMostFor = "PT10M")
    void scheduled() {
        int marked = sweepNoShows();
        if (marked > 0) {
            log.info("No-show sweep marked {} bookings", marked);
        }
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
        // No longer active for its matter; the day/week/month counts keep it (the place was used up).
        guards.release(
                missed.guardKeys().stream().filter(k -> k.startsWith("matter:")).toList(), missed.code());
        String idHash = missed.principal().idHash();
        int noShows = (int) bookings.countNoShows(idHash, now.minus(limits.noShowWindow()));
        if (BookingBan.isDue(noShows, limits)) {
            var current = bans.find(idHash);
            if (current.isEmpty() || !current.get().isActiveAt(now)) {
                long version = current.map(BookingBan::version).orElse(0L);
                bans.save(BookingBan.forNoShows(
                        missed.principal(), UUID.randomUUID().toString(), noShows, now, limits, version));
            }
        }
        return true;
    }
}
