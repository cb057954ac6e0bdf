package io.onewindow.appointment.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The no-show rule: a person with {@code threshold} no-shows within the counting window is banned
 * from booking for {@code banLength} (the district's rule: 2 no-shows in 30 days, a 90-day ban; the
 * values are settings, {@code onewindow.appointment.no-shows-for-ban}, {@code no-show-window},
 * {@code ban-length}). Every place that applies the rule asks this class: the no-show job, the
 * store that counts (only within {@link #windowAt(Instant)}) and the ban it imposes.
 *
 * <p><b>The window.</b> A no-show is dated by the start of its booked slot. The window at a moment
 * {@code now} reaches back exactly {@code window} (30 days = 30 × 24 hours) and includes its
 * earliest instant. Day 1 of the window is the 24 hours before {@code now}, day 30 the 24 hours
 * before that reaching back to {@code now − 30 days}: a no-show whose slot started on day 30 —
 * even at its very first instant, exactly 30 × 24 hours before {@code now} — counts; one that
 * started earlier, on day 31 (more than 30 × 24 hours before), does not.
 *
 * <p><b>The ban.</b> It starts when it is imposed and ends exactly {@code banLength} (90 days =
 * 90 × 24 hours) later: at that instant the person may book again. A ban still in force is never
 * imposed again (its end does not move).
 */
public final class NoShowRule {

    private final int threshold;
    private final Duration window;
    private final Duration banLength;

    /**
     * @param threshold no-shows within the window that ban (at least 1)
     * @param window how far back no-shows are counted
     * @param banLength how long a ban lasts
     */
    public NoShowRule(int threshold, Duration window, Duration banLength) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the no-show threshold must be at least 1");
        }
        this.threshold = threshold;
        this.window = requirePositive(window, "window");
        this.banLength = requirePositive(banLength, "banLength");
    }

    /**
     * The window no-shows are counted in at {@code now}: from exactly {@code window} before
     * {@code now} (inclusive) to {@code now} (inclusive).
     *
     * @param from the earliest slot start that counts
     * @param to the latest slot start that counts
     */
    public record Window(Instant from, Instant to) {

        /** Whether a no-show of a slot that started at {@code slotStart} counts. */
        public boolean contains(Instant slotStart) {
            return !slotStart.isBefore(from) && !slotStart.isAfter(to);
        }
    }

    /** The counting window at {@code now}. */
    public Window windowAt(Instant now) {
        return new Window(now.minus(window), now);
    }

    /** Whether {@code noShows} counted in the window ban the person: at least the threshold. */
    public boolean bans(long noShows) {
        return noShows >= threshold;
    }

    /** When a ban imposed at {@code imposedAt} ends: exactly the ban length later. */
    public Instant banEndsAt(Instant imposedAt) {
        return imposedAt.plus(banLength);
    }

    /**
     * The first ban of a person with {@code noShows} in the window, imposed at {@code now}.
     *
     * @throws IllegalArgumentException when {@code noShows} do not ban
     */
    public BookingBan ban(Principal principal, String banId, int noShows, Instant now) {
        requireBans(noShows);
        return BookingBan.forNoShows(principal, banId, noShows, now, banEndsAt(now));
    }

    /**
     * Bans again a person whose earlier ban is over or lifted; a ban still in force is kept as it
     * is. Answers whether a ban was imposed.
     *
     * @throws IllegalArgumentException when {@code noShows} do not ban
     */
    public boolean banAgain(BookingBan ban, String banId, int noShows, Instant now) {
        requireBans(noShows);
        return ban.imposeAgainForNoShows(banId, noShows, now, banEndsAt(now));
    }

    public int threshold() {
        return threshold;
    }

    public Duration window() {
        return window;
    }

    public Duration banLength() {
        return banLength;
    }

    private void requireBans(int noShows) {
        if (!bans(noShows)) {
            throw new IllegalArgumentException(noShows + " no-shows do not ban (threshold " + threshold + ")");
        }
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
