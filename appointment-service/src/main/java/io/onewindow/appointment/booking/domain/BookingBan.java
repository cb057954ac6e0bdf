package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's booking ban: one per person (keyed by the ID hash), the latest one imposed. The
 * person sees the reason and the end; an admin may lift it early with a reason. When and for how
 * long a ban is imposed is the {@link NoShowRule}'s to say.
 */
public final class BookingBan extends AggregateRoot {

    /** Too many no-shows in the counting window. */
    public static final String NO_SHOWS = "NO_SHOWS";

    private final Principal principal;
    private String banId;
    private String reason;
    private int noShows;
    private Instant imposedAt;
    private Instant until;
    private Instant liftedAt;
    private String liftReason;

    /** Rebuilds a ban from storage; records no event. */
    public BookingBan(
            Principal principal,
            String banId,
            String reason,
            int noShows,
            Instant imposedAt,
            Instant until,
            Instant liftedAt,
            String liftReason) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.banId = Objects.requireNonNull(banId, "banId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.noShows = noShows;
        this.imposedAt = Objects.requireNonNull(imposedAt, "imposedAt");
        this.until = Objects.requireNonNull(until, "until");
        this.liftedAt = liftedAt;
        this.liftReason = liftReason;
    }

    /** A ban for no-shows from {@code now} until {@code until}; records {@link BookingBanImposed}. */
    static BookingBan forNoShows(Principal principal, String banId, int noShows, Instant now, Instant until) {
        BookingBan ban = new BookingBan(principal, banId, NO_SHOWS, noShows, now, until, null, null);
        ban.recordImposed();
        return ban;
    }

    /**
     * The person's stored ban, imposed again for no-shows unless it is still in force (then it is
     * kept as it is and nothing is recorded). Answers whether it was imposed.
     */
    boolean imposeAgainForNoShows(String newBanId, int count, Instant now, Instant newUntil) {
        if (isActiveAt(now)) {
            return false;
        }
        banId = Objects.requireNonNull(newBanId, "newBanId");
        reason = NO_SHOWS;
        noShows = count;
        imposedAt = now;
        until = Objects.requireNonNull(newUntil, "newUntil");
        liftedAt = null;
        liftReason = null;
        recordImposed();
        return true;
    }

    private void recordImposed() {
        record(new BookingBanImposed(banId, principal.idHash(), principal.idMasked(), reason, noShows, until));
    }

    /** In force at {@code now}: not lifted, and {@code now} is before its end. */
    public boolean isActiveAt(Instant now) {
        return liftedAt == null && now.isBefore(until);
    }

    /**
     * Lifted by an admin before its end.
     *
     * @throws ConflictException {@code ban-not-active}
     */
    public void lift(String why, String adminSubject, String adminUsername, Instant now) {
        if (!isActiveAt(now)) {
            throw new ConflictException("ban-not-active", "the person is not banned from booking");
        }
        liftedAt = now;
        liftReason = why;
        record(new BanLifted(banId, principal.idHash(), why, adminSubject, adminUsername));
    }

    public Principal principal() {
        return principal;
    }

    public String banId() {
        return banId;
    }

    public String reason() {
        return reason;
    }

    public int noShows() {
        return noShows;
    }

    public Instant imposedAt() {
        return imposedAt;
    }

    public Instant until() {
        return until;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftReason() {
        return liftReason;
    }
}
