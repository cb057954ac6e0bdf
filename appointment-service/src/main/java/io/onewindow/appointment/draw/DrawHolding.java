package io.onewindow.appointment.draw;

import io.onewindow.appointment.booking.DrawnBookings;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawEntry;
import io.onewindow.appointment.draw.domain.DrawLottery;
import io.onewindow.appointment.draw.domain.EntryStatus;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a slot's draw once its window has closed, exactly once however many instances try: the
 * holder claims the draw document by its conditional write ({@link Draw#claim}), ranks the entries
 * ({@link DrawLottery}), books the winners in rank order through {@link DrawnBookings} (a winner
 * no longer eligible is skipped and the next one taken; a loser's limits are given back and it is
 * told, {@code DrawEntryLost}), and publishes the result with the seed ({@code DrawHeld}).
 *
 * <p>A holder that dies mid-way leaves its claim; after {@code draw-hold-timeout} another takes it
 * over and carries on: entries already decided stay decided, a winner already booked is found by
 * its booking code. Its place may be lost in the one case every booking has (the place taken, the
 * booking not stored): undersold, never oversold.
 */
@UseCase
public class DrawHolding {

    private static final Logger log = LoggerFactory.getLogger(DrawHolding.class);
    private static final int DUE_PER_RUN = 50;

    private final DrawStore draws;
    private final DrawEntryStore entries;
    private final DrawnBookings bookings;
    private final SlotInventory inventory;
    private final ServicePointDirectory points;
    private final SlotPlanner planner;
    private final Duration timeout;
    private final Clock clock;

    DrawHolding(
            DrawStore draws,
            DrawEntryStore entries,
            DrawnBookings bookings,
            SlotInventory inventory,
            ServicePointDirectory points,
            SlotPlanner planner,
            AppointmentSettings settings,
            Clock clock) {
        this.draws = draws;
        this.entries = entries;
        this.bookings = bookings;
        this.inventory = inventory;
        this.points = points;
        this.planner = planner;
        this.timeout = settings.drawHoldTimeout();
        this.clock = clock;
    }

    /** Holds every draw whose window has closed; a draw another instance is holding is left to it. */
    public int holdDue() {
        int held = 0;
        for (String slotId : draws.dueBy(clock.instant(), DUE_PER_RUN)) {
            try {
                if (hold(slotId)) {
                    held++;
                }
            } catch (ConflictException e) {
                log.debug("Draw of {} is held elsewhere: {}", slotId, e.getMessage());
            }
        }
        return held;
    }

    /**
     * Holds the slot's draw if it is due and nobody holds it.
     *
     * @return whether this call held it
     * @throws ConflictException {@code draw-being-held} while another holder's claim stands
     */
    public boolean hold(String slotId) {
        String claimant = UUID.randomUUID().toString();
        boolean claimed = draws.changeReturning(slotId, draw -> draw.claim(claimant, clock.instant(), timeout));
        if (!claimed) {
            return false;
        }
        Draw draw = draws.find(slotId).orElseThrow();
        List<DrawEntry> all = entries.ofSlot(slotId);
        Map<String, DrawEntry> byId = all.stream().collect(Collectors.toMap(DrawEntry::id, Function.identity()));
        List<DrawLottery.Ranked> ranked = DrawLottery.rank(draw.seed(), byId.keySet());
        int alreadyWon =
                (int) all.stream().filter(e -> e.status() == EntryStatus.WON).count();
        int places = placesLeft(draw) + alreadyWon;

        List<String> winners = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean full = false;
        for (DrawLottery.Ranked r : ranked) {
            DrawEntry entry = byId.get(r.entryId());
            if (entry.status() == EntryStatus.WON) {
                winners.add(entry.id());
                continue;
            }
            if (entry.status() == EntryStatus.LOST) {
                if (DrawEntry.INELIGIBLE.equals(entry.lostReason())) {
                    skipped.add(entry.id());
                }
                continue;
            }
            if (full || winners.size() >= places) {
                lose(entry, DrawEntry.NOT_DRAWN);
                continue;
            }
            try {
                Booking booking = bookings.bookedUnder(entry.holdCode()).orElseGet(() -> bookings.book(place(entry)));
                entries.change(entry.id(), e -> e.win(booking.id(), clock.instant()));
                winners.add(entry.id());
            } catch (ConflictException e) {
                if ("slot-full".equals(e.code())) {
                    // Only a place given back and taken outside the draw could do this; the rest lose.
                    full = true;
                    lose(entry, DrawEntry.NOT_DRAWN);
                } else {
                    skipped.add(entry.id());
                    lose(entry, DrawEntry.INELIGIBLE);
                }
            } catch (AccessRefusedException | InvalidValueException e) {
                skipped.add(entry.id());
                lose(entry, DrawEntry.INELIGIBLE);
            }
        }
        int allotted = full ? winners.size() : places;
        draws.changeReturning(slotId, d -> {
            d.complete(
                    claimant,
                    new Draw.Result(
                            allotted,
                            byId.keySet().stream().sorted().toList(),
                            ranked.stream().map(DrawLottery.Ranked::entryId).toList(),
                            winners,
                            skipped,
                            clock.instant()));
            return null;
        });
        log.info("Draw of {} held: {} entries, {} places, {} won", slotId, byId.size(), allotted, winners.size());
        return true;
    }

    private void lose(DrawEntry entry, String reason) {
        bookings.release(entry.guardKeys(), entry.holdCode());
        entries.change(entry.id(), e -> e.lose(reason, clock.instant()));
    }

    private DrawnBookings.DrawnPlace place(DrawEntry entry) {
        return new DrawnBookings.DrawnPlace(
                entry.servicePointId(),
                entry.matterCode(),
                LocalDateTime.ofInstant(entry.slotStart(), clock.getZone()),
                entry.principal(),
                entry.requester(),
                entry.authority(),
                entry.holdCode());
    }

    /** The slot's remaining places; its planned capacity while no place has been taken. */
    private int placesLeft(Draw draw) {
        Integer remaining = inventory.remaining(List.of(draw.slotId())).get(draw.slotId());
        if (remaining != null) {
            return remaining;
        }
        ServicePoint point = points.require(draw.servicePointId());
        return point.offer(draw.matterCode())
                .flatMap(matter ->
                        planner.slotAt(point, matter, LocalDateTime.ofInstant(draw.slotStart(), clock.getZone())))
                .map(PlannedSlot::capacity)
                .orElse(0);
    }
}
