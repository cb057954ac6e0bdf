package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.booking.domain.NewBooking;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bookings of a draw's winners, made by the same place-holding code as every booking
 * ({@link Places}): the ban refused, the person's (and an agent's) limits claimed under the entry's
 * hold code — which already holds them, so the claim finds its own keys —, one place taken by the
 * conditional update (no oversell), the booking stored with its {@code Booked}.
 */
@UseCase
public class DrawnBookings {

    private final Places places;
    private final BanDesk bans;
    private final BookingStore bookings;
    private final Clock clock;

    DrawnBookings(Places places, BanDesk bans, BookingStore bookings, Clock clock) {
        this.places = places;
        this.bans = bans;
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * A drawn entry to book.
     *
     * @param start the slot's local start
     * @param authority what an agent entered under, {@code null} for a person entering for themself
     * @param holdCode the code the entry's limits are held under; it becomes the booking code
     */
    public record DrawnPlace(
            String servicePointId,
            String matterCode,
            LocalDateTime start,
            Principal principal,
            Requester requester,
            AgentAuthority authority,
            String holdCode) {}

    /**
     * Books the drawn place.
     *
     * @throws io.onewindow.platform.domain.AccessRefusedException {@code booking-banned}
     * @throws io.onewindow.platform.domain.ConflictException a limit's code (used up meanwhile),
     *     or {@code slot-full}; the entry's limit keys are given back in both cases
     */
    public Booking book(DrawnPlace drawn) {
        ServicePoint point = places.bookablePoint(drawn.servicePointId());
        MatterOffer matter = Places.offered(point, drawn.matterCode());
        PlannedSlot slot = places.bookableSlot(point, matter, drawn.start());
        bans.refuseBanned(drawn.principal());
        List<LimitGuard> used =
                new ArrayList<>(places.limitsOf(drawn.principal().idHash(), slot.day(), List.of(matter)));
        if (drawn.authority() != null) {
            used.addAll(places.agentLimitsOf(drawn.authority(), slot.day(), List.of(slot.id())));
        }
        List<String> keys = places.hold(used, List.of(slot), drawn.holdCode());
        try {
            Booking booking = Booking.place(
                    new NewBooking(
                            UUID.randomUUID().toString(),
                            drawn.holdCode(),
                            null,
                            point.id(),
                            matter.code(),
                            matter.department(),
                            places.bookedAfterTaking(point, matter, slot),
                            drawn.principal(),
                            drawn.requester(),
                            drawn.authority() == null ? null : drawn.authority().mandateId(),
                            drawn.authority() == null ? null : drawn.authority().intermediaryCode(),
                            keys),
                    clock.instant());
            bookings.add(booking);
            return booking;
        } catch (RuntimeException e) {
            places.giveBack(List.of(slot.id()), keys, drawn.holdCode());
            throw e;
        }
    }

    /** The booking already made under a hold code (a holder that died after booking, before marking the entry). */
    public Optional<Booking> bookedUnder(String holdCode) {
        return bookings.byCode(holdCode).stream().findFirst();
    }

    /** Gives back the limit keys an entry held (it lost, or its booking was refused). */
    public void release(Collection<String> keys, String holdCode) {
        places.giveBack(List.of(), keys, holdCode);
    }
}
