package io.onewindow.appointment.slot;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What a person sees before booking: the slots of a matter at a point, with remaining places. */
@UseCase
public class Availability {

    /** Longest range one availability request may cover, so a request cannot make us plan years. */
    static final int MAX_DAYS = 31;

    private final ServicePointDirectory points;
    private final SlotPlanner planner;
    private final ReleaseWindow release;
    private final SlotInventory inventory;
    private final Clock clock;

    Availability(
            ServicePointDirectory points,
            SlotPlanner planner,
            ReleaseWindow release,
            SlotInventory inventory,
            Clock clock) {
        this.points = points;
        this.planner = planner;
        this.release = release;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * One slot as offered.
     *
     * @param state {@code OPEN}, {@code FULL}, {@code NOT_YET_RELEASED} or {@code PAST}
     * @param provisional whether the slot's day lies in a calendar year answered only provisionally
     *     (the portal shows 临时推算 beside it): if the official arrangement makes the day a day
     *     off, bookings on it are cancelled with the reason
     */
    public record OfferedSlot(
            OffsetDateTime start,
            OffsetDateTime end,
            int capacity,
            int remaining,
            String state,
            OffsetDateTime releasedAt,
            boolean provisional) {}

    public List<OfferedSlot> slots(String servicePointId, String matterCode, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidValueException("range-reversed", "to", "'to' is before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValueException("range-too-long", "to", "at most " + MAX_DAYS + " days at once", MAX_DAYS);
        }
        // As read at most service-point-max-age ago, as the booking path reads it: the answer may be kept
        // by caches for public-slots-max-age anyway, and a surge's repeated reads cost no point read.
        ServicePoint point = points.requireRecent(servicePointId);
        MatterOffer matter = point.offer(matterCode).orElseThrow(() -> new NotFoundException("matter", matterCode));
        List<PlannedSlot> planned = planner.plan(point, matter, from, to);
        Map<String, Integer> remaining =
                inventory.remaining(planned.stream().map(PlannedSlot::id).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        return planned.stream()
                .map(slot -> {
                    int left = remaining.getOrDefault(slot.id(), slot.capacity());
                    String state;
                    if (!slot.start().isAfter(now)) {
                        state = "PAST";
                    } else if (!release.isReleased(slot.start(), now)) {
                        state = "NOT_YET_RELEASED";
                    } else if (left <= 0) {
                        state = "FULL";
                    } else {
                        state = "OPEN";
                    }
                    return new OfferedSlot(
                            offset(slot.start()),
                            offset(slot.end()),
                            slot.capacity(),
                            left,
                            state,
                            state.equals("NOT_YET_RELEASED") ? offset(release.releasedAt(slot.day())) : null,
                            slot.provisional());
                })
                .toList();
    }

    /** Slots are planned in the district's local time; the API answers instants with their offset. */
    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(clock.getZone()).toOffsetDateTime();
    }
}
