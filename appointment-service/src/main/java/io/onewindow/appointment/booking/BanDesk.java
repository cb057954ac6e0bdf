package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The person's view of their ban, and an admin lifting one. */
@Component
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

    /** Lifts the ban in force, with the admin's reason. */
    public BookingBan liftBan(String idHash, String reason, String adminSubject, String adminUsername) {
        BookingBan ban = bans.find(idHash).orElseThrow(() -> new NotFoundException("booking ban", "of this person"));
        ban.lift(reason, adminSubject, adminUsername, clock.instant());
        if (!bans.save(ban)) {
            throw new ConflictException("changed-concurrently", "the ban changed meanwhile; try again");
        }
        return ban;
    }
}
