package io.onewindow.appointment.slot;

import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.servicepoint.ServicePointChanged;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a service point read before a schedule change from booking a slot the change removed.
 *
 * <p>The booking path uses a point read up to {@code service-point-max-age} ago (an instance
 * forgets a point it writes at once, but another instance learns of the write only when its copy
 * ages out). So when a point is written (new hours, a closed day, new demo data), the instance
 * that wrote it fences, right after the write and before the writer goes on to cancel the bookings
 * that no longer fit, every slot the old point offered and the new one does not (and every slot of
 * a newly closed day, as if the day were working: an instance whose calendar has not learnt of an
 * official day off yet still plans it): the slot's
 * document gets {@code fenced: true} (created if it was never booked), and {@link SlotInventory#take}
 * takes a place only in an unfenced slot — on every instance, whatever point it has in memory.
 * Slots the new point offers are unfenced (hours changed back). Fenced are the days that may be
 * released before every instance has read the point again: from today to the last day released at
 * now plus the max age plus a minute; later days are planned from the new point on every instance
 * long before they open.
 */
@Component
class SlotFences {

    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SlotFences.class);

    private final SlotPlanner planner;
    private final ReleaseWindow release;
    private final SlotInventory inventory;
    private final Clock clock;
    private final Duration maxAge;

    SlotFences(
            SlotPlanner planner,
            ReleaseWindow release,
            SlotInventory inventory,
            Clock clock,
            AppointmentSettings settings) {
        this.planner = planner;
        this.release = release;
        this.inventory = inventory;
        this.clock = clock;
        this.maxAge = settings.servicePointMaxAge();
    }

    @EventListener
    void onChange(ServicePointChanged change) {
        try {
            fence(change);
        } catch (RuntimeException e) {
            // The point is written already and its writer must go on (to cancel the bookings that no
            // longer fit); without the fence another instance may book a removed slot until its copy
            // of the point ages out (service-point-max-age).
            log.error(
                    "Could not fence the slots the change of service point {} removed",
                    change.after().id(),
                    e);
        }
    }

    private void fence(ServicePointChanged change) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate from = now.toLocalDate();
        LocalDate to = release.lastReleasedDay(now.plus(maxAge).plus(MARGIN));
        Map<String, PlannedSlot> offered = slots(change.after(), from, to);
        if (change.before() != null) {
            Map<String, PlannedSlot> removed = new LinkedHashMap<>();
            slots(change.before(), from, to).forEach((id, slot) -> {
                if (!offered.containsKey(id)) {
                    removed.put(id, slot);
                }
            });
            // A day newly closed is fenced whole, whatever this instance's calendar says of it: an
            // instance whose calendar has not yet learnt of an official day off still plans it.
            for (LocalDate day : change.after().closedDays()) {
                if (!day.isBefore(from) && !day.isAfter(to) && !change.before().isClosedOn(day)) {
                    for (MatterOffer matter : change.before().matters()) {
                        planner.planAsOpen(change.before(), matter, day).forEach(slot -> removed.put(slot.id(), slot));
                    }
                }
            }
            inventory.fence(removed.values());
        }
        inventory.unfence(offered.keySet());
    }

    /** Every slot of every matter of the point on the days, by id; days the calendar does not cover have none. */
    private Map<String, PlannedSlot> slots(ServicePoint point, LocalDate from, LocalDate to) {
        Map<String, PlannedSlot> slots = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (MatterOffer matter : point.matters()) {
                try {
                    planner.plan(point, matter, day, day).forEach(slot -> slots.put(slot.id(), slot));
                } catch (CalendarNotCoveredException e) {
                    return slots;
                }
            }
        }
        return slots;
    }
}
