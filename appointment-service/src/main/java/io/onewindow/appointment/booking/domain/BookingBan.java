package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's booking ban: one per person (keyed by the ID hash), the latest one imposed. The
 * person sees the reason and the end; an admin may lift it early with a reason.
 */
public final class BookingBan {

    /** Too many no-shows in the counting window. */
    public static final String NO_SHOWS = "NO_SHOWS";

    private final Principal principal;
    private final String banId;
    private final String reason;
    private final int noShows;
    private final Instant imposedAt;
    private final Instant until;
    private Instant liftedAt;
    private String liftReason;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    public BookingBan(
            Principal principal,
            String banId,
            String reason,
            int noShows,
            Instant imposedAt,
            Instant until,
            Instant liftedAt,
            String liftReason,
            long version) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.banId = Objects.requireNonNull(banId, "banId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.noShows = noShows;
        this.imposedAt = Objects.requireNonNull(imposedAt, "imposedAt");
        this.until = Objects.requireNonNull(until, "until");
        this.liftedAt = liftedAt;
        this.liftReason = liftReason;
        this.version = version;
    }

    /** Whether {@code noShows} within the window reach the ban threshold. */
    public static boolean isDue(int noShows, BookingLimits limits) {
        return noShows >= limits.noShowsForBan();
    }

    /** A ban for no-shows from {@code now} for the configured length; records {@link BookingBanImposed}. */
    public static BookingBan forNoShows(
            Principal principal, String banId, int noShows, Instant now, BookingLimits limits, long version) {
        BookingBan ban = new BookingBan(
                principal, banId, NO_SHOWS, noShows, now, now.plus(limits.banLength()), null, null, version);
        ban.events.add(
                new BookingBanImposed(banId, principal.idHash(), principal.idMasked(), NO_SHOWS, noShows, ban.until));
        return ban;
    }

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
        events.add(new BanLifted(banId, principal.idHash(), why, adminSubject, adminUsername));
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
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

    public long version() {
        return version;
    }
}
