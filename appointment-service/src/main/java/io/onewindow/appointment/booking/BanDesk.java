package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.Optional;

/** Booking bans: the ban in force for a person, refusing the banned, and an admin lifting one. */
@UseCase
public class BanDesk {

    private final BanStore bans;
    private final Clock clock;

    BanDesk(BanStore bans, Clock clock) {
        this.bans = bans;
        this.clock = clock;
    }

    /** The ban in force for this ID hash, if any. */
    public Optional<BookingBan> currentBan(String idHash) {
        return bans.find(idHash).filter(ban -> ban.isActiveAt(clock.instant()));
    }

    /**
     * Refuses a person whose ban is in force.
     *
     * @throws AccessRefusedException {@code booking-banned}, with the ban's end and reason
     */
    void refuseBanned(Principal principal) {
        Optional<BookingBan> ban = currentBan(principal.idHash());
        if (ban.isPresent()) {
            throw new AccessRefusedException(
                    "booking-banned",
                    "booking is suspended until " + ban.get().until() + " ("
                            + ban.get().reason() + ")",
                    ban.get().until());
        }
    }

    /**
     * Lifts the ban in force, with the admin's reason.
     *
     * @throws NotFoundException when the person was never banned
     */
    public BookingBan liftBan(String idHash, String reason, String adminSubject, String adminUsername) {
        if (bans.find(idHash).isEmpty()) {
            throw new NotFoundException("booking ban", "of this person");
        }
        return bans.change(idHash, ban -> ban.lift(reason, adminSubject, adminUsername, clock.instant()));
    }
}
