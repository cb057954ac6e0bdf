package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.appointment.booking.domain.BookedSlot;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The places and the per-person limits a booking holds, and what may be booked at all: the
 * mechanics every booking use case shares.
 *
 * <p>No oversell with any number of instances, without transactions: a place is taken by one
 * conditional update on the slot document ({@link SlotInventory#take}); the person's limits by
 * inserting guard documents with unique ids ({@link LimitGuards}). Each step that follows a taken
 * place undoes it when it fails, so a refused request leaves nothing behind. A crash between
 * taking the place and storing the booking loses that one place (undersold, never oversold).
 */
@Component
class Places {

    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final ServicePointDirectory points;
    private final SlotPlanner planner;
    private final ReleaseWindow release;
    private final SlotInventory inventory;
    private final LimitGuards guards;
    private final BookingLimits limits;
    private final AgentLimits agentLimits;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    Places(
            ServicePointDirectory points,
            SlotPlanner planner,
            ReleaseWindow release,
            SlotInventory inventory,
            LimitGuards guards,
            BookingLimits limits,
            AgentLimits agentLimits,
            Clock clock) {
        this.points = points;
        this.planner = planner;
        this.release = release;
        this.inventory = inventory;
        this.guards = guards;
        this.limits = limits;
        this.agentLimits = agentLimits;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * The point as read at most {@code service-point-max-age} ago: a slot a schedule change on
     * another instance removed since is fenced ({@code slot/SlotFences}), so booking from it
     * cannot take a place that is no longer offered.
     *
     * @throws InvalidValueException {@code unknown-service-point}, also for a point closed for good
     */
    ServicePoint bookablePoint(String id) {
        return points.findForBooking(id)
                .filter(ServicePoint::isOpen)
                .orElseThrow(() ->
                        new InvalidValueException("unknown-service-point", "servicePointId", "no service point " + id));
    }

    /** @throws InvalidValueException {@code unknown-matter} */
    static MatterOffer offered(ServicePoint point, String matterCode) {
        return point.offer(matterCode)
                .orElseThrow(() -> new InvalidValueException(
                        "unknown-matter", "matterCode", "the service point does not book matter " + matterCode));
    }

    /**
     * The slot of the matter at {@code start}, if it is ahead and released.
     *
     * @throws InvalidValueException {@code slot-in-past}, {@code no-such-slot}
     * @throws ConflictException {@code slot-not-released}
     */
    PlannedSlot bookableSlot(ServicePoint point, MatterOffer matter, LocalDateTime start) {
        LocalDateTime now = LocalDateTime.now(clock);
        // Before planning: a past day may lie before the calendar's first year, which it cannot plan.
        if (!start.isAfter(now)) {
            throw new InvalidValueException("slot-in-past", "start", "the slot has started or is over");
        }
        PlannedSlot slot = planner.slotAt(point, matter, start)
                .orElseThrow(() -> new InvalidValueException(
                        "no-such-slot", "start", "the service point has no slot of this matter at " + start));
        if (!release.isReleased(slot.start(), now)) {
            throw new ConflictException(
                    "slot-not-released",
                    "the slot opens for booking at " + release.releasedAt(slot.day()),
                    release.releasedAt(slot.day()));
        }
        return slot;
    }

    /** The slot as the booking keeps it, in the service's zone. */
    BookedSlot booked(PlannedSlot slot) {
        return new BookedSlot(
                slot.id(),
                slot.day(),
                slot.start().atZone(zone).toInstant(),
                slot.end().atZone(zone).toInstant(),
                slot.provisional());
    }

    /**
     * The slot as a new booking keeps it, once its place is taken: with when its day was released and
     * how many of the day's places of the matter are left (read just after the take, so two bookings at
     * the same instant may both see the day full or neither; the figure is for supervision's
     * time-to-fill, never for a decision).
     */
    BookedSlot bookedAfterTaking(ServicePoint point, MatterOffer matter, PlannedSlot slot) {
        BookedSlot booked = booked(slot);
        java.time.LocalDateTime released = release.releasedAt(slot.day());
        Integer dayPlaces = null;
        Integer left = null;
        try {
            List<PlannedSlot> day = planner.plan(point, matter, slot.day(), slot.day());
            java.util.Map<String, Integer> remaining =
                    inventory.remaining(day.stream().map(PlannedSlot::id).toList());
            dayPlaces = day.stream().mapToInt(PlannedSlot::capacity).sum();
            left = day.stream()
                    .mapToInt(s -> Math.max(0, remaining.getOrDefault(s.id(), s.capacity())))
                    .sum();
        } catch (RuntimeException unknown) {
            // the day cannot be planned now (calendar not covered): the booking says nothing of it
        }
        return new BookedSlot(
                booked.slotId(),
                booked.day(),
                booked.start(),
                booked.end(),
                booked.provisional(),
                released == null ? null : released.atZone(zone).toInstant(),
                dayPlaces,
                left);
    }

    /** The limits a booking of {@code matters} on {@code day} uses: day, week, month, and one per matter. */
    List<LimitGuard> limitsOf(String idHash, java.time.LocalDate day, List<MatterOffer> matters) {
        List<LimitGuard> used = new ArrayList<>(LimitGuard.periodGuards(idHash, day, limits));
        for (MatterOffer matter : matters) {
            used.add(LimitGuard.matterGuard(idHash, matter.code(), limits));
        }
        return used;
    }

    /** The agent limits an agent booking of {@code slotIds} on {@code day} uses. */
    List<LimitGuard> agentLimitsOf(AgentAuthority authority, java.time.LocalDate day, List<String> slotIds) {
        return LimitGuard.agentGuards(authority, day, slotIds, agentLimits);
    }

    /**
     * Claims the person's limits for {@code code}, then takes one place in every slot: all or
     * nothing — when a place is gone, the places taken and the limits claimed are given back.
     *
     * @return the limit keys claimed
     * @throws ConflictException the limit's code, or {@code slot-full}
     */
    List<String> hold(List<LimitGuard> limitsUsed, List<PlannedSlot> slots, String code) {
        LimitGuards.Claimed claimed = guards.claimTracked(limitsUsed, code);
        List<String> keys = claimed.keys();
        List<PlannedSlot> taken = new ArrayList<>();
        for (PlannedSlot slot : slots) {
            if (!inventory.take(slot)) {
                taken.forEach(t -> inventory.giveBack(t.id()));
                guards.giveBack(claimed, code);
                throw new ConflictException(
                        "slot-full",
                        slots.size() == 1
                                ? "no place is left in this slot"
                                : "no place is left for " + slot.matterCode() + "; nothing was booked");
            }
            taken.add(slot);
        }
        return keys;
    }

    /**
     * Refuses a slot this instance saw without a place a moment ago (a take refused, an availability
     * read), before the ban, the limits and the take are asked: during a release surge most requests
     * are for slots already full. Only ever refuses sooner — a place is still taken by the store's
     * conditional update alone ({@code slot/FullSlots}).
     *
     * @throws ConflictException {@code slot-full}
     */
    void refuseKnownFull(PlannedSlot slot) {
        if (inventory.knownFull(slot.id())) {
            throw new ConflictException("slot-full", "no place is left in this slot");
        }
    }

    /** Claims limit keys for {@code code} (all or nothing). */
    List<String> claim(List<LimitGuard> limitsUsed, String code) {
        return guards.claim(limitsUsed, code);
    }

    /** Takes one place of the slot; {@code false} when none is left. */
    boolean take(PlannedSlot slot) {
        return inventory.take(slot);
    }

    /** Gives back places taken and keys claimed for {@code code}. */
    void giveBack(Collection<String> slotIds, Collection<String> keys, String code) {
        slotIds.forEach(inventory::giveBack);
        guards.release(keys, code);
    }

    /** Gives back the place and every limit key of a booking no longer active. */
    void giveBack(Booking booking) {
        giveBack(List.of(booking.slotId()), booking.guardKeys(), booking.code());
    }

    /**
     * A no-show is no longer active for its matter; the day/week/month counts keep it (the place
     * was used up).
     */
    void releaseMatterLimit(Booking missed) {
        guards.release(
                missed.guardKeys().stream().filter(k -> k.startsWith("matter:")).toList(), missed.code());
    }

    /** Whether the day lies in a provisionally answered calendar year (said in the events). */
    boolean isProvisional(java.time.LocalDate day) {
        return planner.isProvisional(day);
    }

    /** Finds the slot of a linked business's next part: the same time or the first after the previous. */
    java.util.Optional<PlannedSlot> sameOrNextSlot(
            ServicePoint point, MatterOffer matter, LocalDateTime start, LocalDateTime after) {
        return planner.sameOrNextSlot(point, matter, start, after);
    }

    /** A new booking code: 10 characters without look-alikes. */
    String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
