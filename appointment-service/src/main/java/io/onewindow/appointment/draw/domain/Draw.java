package io.onewindow.appointment.draw.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.DrawHeld;
import io.onewindow.platform.events.appointment.DrawSeedCommitted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The draw of one scarce slot (id = the slot's id): its seed committed before the window, claimed
 * by exactly one holder after it, and its result. The seed is secret until the draw is held.
 */
public final class Draw extends AggregateRoot {

    private final String slotId;
    private final String servicePointId;
    private final String matterCode;
    private final LocalDate day;
    private final Instant slotStart;
    private final FairRelease.Window window;
    private final String seed;
    private final String commitment;
    private final Instant committedAt;
    private DrawStatus status;
    private String holder;
    private Instant claimedAt;
    private Result result;

    /**
     * What the draw allotted.
     *
     * @param places places left in the slot when the draw was held
     * @param entryIds every entry, by id
     * @param ranking the entry ids in rank order
     * @param winners who got a place, in rank order
     * @param skipped drawn for a place but refused when it was booked
     * @param heldAt when
     */
    public record Result(
            int places,
            List<String> entryIds,
            List<String> ranking,
            List<String> winners,
            List<String> skipped,
            Instant heldAt) {

        public Result {
            entryIds = List.copyOf(entryIds);
            ranking = List.copyOf(ranking);
            winners = List.copyOf(winners);
            skipped = List.copyOf(skipped);
            Objects.requireNonNull(heldAt, "heldAt");
        }
    }

    /** Rebuilds a draw from storage; records no event. */
    public Draw(
            String slotId,
            String servicePointId,
            String matterCode,
            LocalDate day,
            Instant slotStart,
            FairRelease.Window window,
            String seed,
            String commitment,
            Instant committedAt,
            DrawStatus status,
            String holder,
            Instant claimedAt,
            Result result) {
        this.slotId = Objects.requireNonNull(slotId, "slotId");
        this.servicePointId = Objects.requireNonNull(servicePointId, "servicePointId");
        this.matterCode = Objects.requireNonNull(matterCode, "matterCode");
        this.day = Objects.requireNonNull(day, "day");
        this.slotStart = Objects.requireNonNull(slotStart, "slotStart");
        this.window = Objects.requireNonNull(window, "window");
        this.seed = seed;
        this.commitment = commitment;
        this.committedAt = committedAt;
        this.status = Objects.requireNonNull(status, "status");
        this.holder = holder;
        this.claimedAt = claimedAt;
        this.result = result;
    }

    /** Where and when the drawn slot is. */
    public record Slot(String slotId, String servicePointId, String matterCode, LocalDate day, Instant start) {}

    /**
     * Commits the seed of a slot's draw: only before its window opens. Records {@link DrawSeedCommitted}.
     *
     * @throws IllegalStateException when the window has opened (a seed committed then proves nothing)
     */
    public static Draw commit(Slot slot, FairRelease.Window window, String seed, Instant now) {
        if (window.hasOpenedAt(now)) {
            throw new IllegalStateException("the draw window of " + slot.slotId() + " has opened: too late to commit");
        }
        String commitment = DrawLottery.commitmentOf(seed);
        Draw draw = new Draw(
                slot.slotId(),
                slot.servicePointId(),
                slot.matterCode(),
                slot.day(),
                slot.start(),
                window,
                seed,
                commitment,
                now,
                DrawStatus.COMMITTED,
                null,
                null,
                null);
        draw.record(new DrawSeedCommitted(
                slot.slotId(),
                slot.servicePointId(),
                slot.matterCode(),
                slot.start(),
                commitment,
                window.opens(),
                window.closes(),
                now));
        return draw;
    }

    /**
     * The window opened without a commitment: the slot is first-come (a draw without a seed
     * committed beforehand could not be checked). Records nothing.
     */
    public static Draw firstCome(Slot slot, FairRelease.Window window, Instant now) {
        return new Draw(
                slot.slotId(),
                slot.servicePointId(),
                slot.matterCode(),
                slot.day(),
                slot.start(),
                window,
                null,
                null,
                null,
                DrawStatus.FIRST_COME,
                null,
                now,
                null);
    }

    /** Whether a request at {@code now} enters this draw. */
    public boolean takesEntriesAt(Instant now) {
        return status == DrawStatus.COMMITTED && window.isOpenAt(now);
    }

    /** Whether the draw is still to be held (or finished) once its window has closed. */
    public boolean isPending() {
        return status == DrawStatus.COMMITTED || status == DrawStatus.HOLDING;
    }

    /**
     * Claims the draw for {@code claimant} after its window: from {@code COMMITTED}, or from a
     * {@code HOLDING} claim older than {@code timeout} (its holder died). Saved through the
     * aggregate store's conditional write, so of two instances claiming at once exactly one wins.
     *
     * @return {@code false} when there is nothing to hold (drawn already, first-come, window still open)
     * @throws ConflictException {@code draw-being-held} while another holder's fresh claim stands
     */
    public boolean claim(String claimant, Instant now, Duration timeout) {
        if (!isPending() || !window.hasClosedAt(now)) {
            return false;
        }
        if (status == DrawStatus.HOLDING
                && !claimant.equals(holder)
                && claimedAt.plus(timeout).isAfter(now)) {
            throw new ConflictException(
                    "draw-being-held", "the draw of this slot is being held right now; try again in a moment");
        }
        status = DrawStatus.HOLDING;
        holder = claimant;
        claimedAt = now;
        return true;
    }

    /**
     * The holder finished: records {@link DrawHeld} with the seed revealed.
     *
     * @throws ConflictException {@code draw-being-held} when the claim was taken over meanwhile
     */
    public void complete(String claimant, Result outcome) {
        if (status != DrawStatus.HOLDING || !claimant.equals(holder)) {
            throw new ConflictException("draw-being-held", "another holder took this draw over");
        }
        status = DrawStatus.DRAWN;
        result = outcome;
        record(new DrawHeld(
                slotId,
                servicePointId,
                matterCode,
                slotStart,
                commitment,
                seed,
                outcome.places(),
                outcome.entryIds(),
                outcome.ranking(),
                outcome.winners(),
                outcome.skipped(),
                outcome.heldAt()));
    }

    /** The seed, once the draw is held; {@code null} before (it is secret until then). */
    public String revealedSeed() {
        return status == DrawStatus.DRAWN ? seed : null;
    }

    public String slotId() {
        return slotId;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String matterCode() {
        return matterCode;
    }

    public LocalDate day() {
        return day;
    }

    public Instant slotStart() {
        return slotStart;
    }

    public FairRelease.Window window() {
        return window;
    }

    /** The secret seed, for storage and for the holder only. */
    public String seed() {
        return seed;
    }

    public String commitment() {
        return commitment;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public DrawStatus status() {
        return status;
    }

    public String holder() {
        return holder;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Result result() {
        return result;
    }
}
