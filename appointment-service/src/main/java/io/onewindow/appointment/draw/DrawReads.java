package io.onewindow.appointment.draw;

import io.onewindow.appointment.booking.domain.DrawGate;
import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.FairRelease;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What the public and the entrants read of the draws. */
@UseCase
public class DrawReads {

    private static final int MINE_LIMIT = 50;

    private final ServicePointDirectory points;
    private final SlotPlanner planner;
    private final FairRelease fair;
    private final SeedCommitments commitments;
    private final DrawEntryStore entries;
    private final Clock clock;

    DrawReads(
            ServicePointDirectory points,
            SlotPlanner planner,
            FairRelease fair,
            SeedCommitments commitments,
            DrawEntryStore entries,
            Clock clock) {
        this.clock = clock;
        this.points = points;
        this.planner = planner;
        this.fair = fair;
        this.commitments = commitments;
        this.entries = entries;
    }

    /**
     * A scarce slot's draw as anyone may see it: no personal data, the seed only once held.
     *
     * @param status {@code SCHEDULED} (the commitment is made within {@code draw-commit-ahead} of
     *     the release), {@code COMMITTED}, {@code HOLDING}, {@code DRAWN} or {@code FIRST_COME}
     * @param commitment SHA-256 of the seed (hex), from the commitment on
     * @param seed the seed (hex), once drawn
     * @param places the places allotted, once drawn
     * @param entryIds every entry by id, once drawn
     * @param ranking the entry ids in rank order, once drawn
     * @param winners the entries that got a place, once drawn
     * @param skipped the entries drawn but refused when booked, once drawn
     */
    public record PublicDraw(
            String slotId,
            String servicePointId,
            String matterCode,
            OffsetDateTime slotStart,
            String status,
            Instant windowOpens,
            Instant windowCloses,
            String commitment,
            Instant committedAt,
            String seed,
            Integer places,
            List<String> entryIds,
            List<String> ranking,
            List<String> winners,
            List<String> skipped,
            Instant heldAt) {}

    /**
     * The draw of the slot of {@code matterCode} at {@code servicePointId} starting at {@code start};
     * commits its seed now if it is due and has none.
     *
     * @throws NotFoundException the point, matter or slot does not exist, or the slot is not scarce
     */
    public PublicDraw publicDraw(String servicePointId, String matterCode, LocalDateTime start) {
        ServicePoint point = points.require(servicePointId);
        MatterOffer matter = point.offer(matterCode).orElseThrow(() -> new NotFoundException("matter", matterCode));
        PlannedSlot slot = planner.slotAt(point, matter, start)
                .orElseThrow(() -> new InvalidValueException(
                        "no-such-slot", "start", "the service point has no slot of this matter at " + start));
        FairRelease.Window window =
                fair.windowOf(slot).orElseThrow(() -> new NotFoundException("draw", "of " + slot.id()));
        Optional<Draw> draw = commitments.drawOf(slot);
        if (draw.isEmpty()) {
            return new PublicDraw(
                    slot.id(),
                    point.id(),
                    matter.code(),
                    start.atZone(clock.getZone()).toOffsetDateTime(),
                    window.hasOpenedAt(clock.instant()) ? "FIRST_COME" : "SCHEDULED",
                    window.opens(),
                    window.closes(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        Draw d = draw.get();
        Draw.Result r = d.result();
        return new PublicDraw(
                d.slotId(),
                d.servicePointId(),
                d.matterCode(),
                start.atZone(clock.getZone()).toOffsetDateTime(),
                d.status().name(),
                d.window().opens(),
                d.window().closes(),
                d.commitment(),
                d.committedAt(),
                d.revealedSeed(),
                r == null ? null : r.places(),
                r == null ? null : r.entryIds(),
                r == null ? null : r.ranking(),
                r == null ? null : r.winners(),
                r == null ? null : r.skipped(),
                r == null ? null : r.heldAt());
    }

    /** The caller's entries (as principal), and for an agent those they made, newest slot first. */
    public List<DrawGate.DrawTicket> mine(String idHash, String subject) {
        return entries.visibleTo(idHash, subject, MINE_LIMIT).stream()
                .map(DrawDesk::ticket)
                .toList();
    }
}
