package io.onewindow.appointment.draw;

import io.onewindow.appointment.booking.domain.DrawGate;
import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawEntry;
import io.onewindow.appointment.draw.domain.EntryStatus;
import io.onewindow.appointment.draw.domain.FairRelease;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The booking feature's {@link DrawGate}: routes a request for a scarce slot within its window into
 * the slot's draw, keeps one entry per person and slot, and holds an overdue draw before the first
 * first-come request after the window.
 *
 * <p>A window that opens with no commitment (the service was down in the hour before the release,
 * and nobody read the draw): the first request in the window stores a {@code FIRST_COME} marker for
 * the slot, and the slot is first-come on every instance — a seed chosen after the window opened
 * could not be shown to have been fixed in advance. A commitment racing that marker is the same
 * document id: exactly one of them exists.
 */
@Component
class DrawDesk implements DrawGate {

    private final FairRelease fair;
    private final DrawStore draws;
    private final DrawEntryStore entries;
    private final DrawHolding holding;
    private final Clock clock;

    DrawDesk(FairRelease fair, DrawStore draws, DrawEntryStore entries, DrawHolding holding, Clock clock) {
        this.fair = fair;
        this.draws = draws;
        this.entries = entries;
        this.holding = holding;
        this.clock = clock;
    }

    @Override
    public boolean drawing(PlannedSlot slot) {
        Optional<FairRelease.Window> window = fair.windowOf(slot);
        if (window.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (!window.get().hasOpenedAt(now)) {
            return false;
        }
        if (window.get().isOpenAt(now)) {
            Draw draw = draws.find(slot.id())
                    .orElseGet(() ->
                            draws.addOrFind(Draw.firstCome(SeedCommitments.slotOf(slot, clock), window.get(), now)));
            return draw.takesEntriesAt(now);
        }
        Optional<Draw> draw = draws.find(slot.id());
        if (draw.isPresent() && draw.get().isPending()) {
            holding.hold(slot.id());
        }
        return false;
    }

    @Override
    public Reservation reserve(PlannedSlot slot, String principalIdHash, String newHoldCode) {
        DrawEntryStore.Claim claim = entries.claim(slot.id(), principalIdHash, newHoldCode);
        return new Reservation(
                claim.entryId(),
                claim.holdCode(),
                entries.find(claim.entryId()).map(DrawDesk::ticket).orElse(null));
    }

    @Override
    public DrawTicket enter(DrawRequest request) {
        PlannedSlot slot = request.slot();
        FairRelease.Window window =
                fair.windowOf(slot).orElseThrow(() -> new IllegalStateException("no draw window for " + slot.id()));
        DrawEntry entry = new DrawEntry(
                request.entryId(),
                slot.id(),
                slot.servicePointId(),
                slot.matterCode(),
                request.department(),
                slot.day(),
                slot.start().atZone(clock.getZone()).toInstant(),
                request.principal(),
                request.requester(),
                request.authority(),
                request.holdCode(),
                request.guardKeys(),
                clock.instant(),
                window.closes(),
                EntryStatus.ENTERED,
                null,
                null,
                null);
        return ticket(entries.addOrFind(entry));
    }

    @Override
    public Optional<DrawTicket> entry(String entryId) {
        return entries.find(entryId).map(DrawDesk::ticket);
    }

    static DrawTicket ticket(DrawEntry e) {
        return new DrawTicket(
                e.id(),
                e.servicePointId(),
                e.matterCode(),
                e.slotStart(),
                e.status().name(),
                e.drawAt(),
                e.holdCode(),
                e.bookingId(),
                e.lostReason());
    }
}
