package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the inspection of agents does to bookings: reading the bookings behind an alert,
 * cancelling a scalped booking, and cancelling every future booking of suspended agents. Each
 * cancellation gives the place and the limits back and tells the principal ({@code Cancelled}).
 * The caller (the agency feature) has checked that an inspector asks.
 */
@UseCase
public class BookingOversight {

    private final BookingStore bookings;
    private final Places places;
    private final Clock clock;

    BookingOversight(BookingStore bookings, Places places, Clock clock) {
        this.bookings = bookings;
        this.places = places;
        this.clock = clock;
    }

    /** The bookings with these ids that exist. */
    public List<Booking> find(Collection<String> ids) {
        return bookings.byIds(ids);
    }

    /**
     * Cancels a scalped booking ({@code SCALPING}, the inspector's reason as detail), with the other
     * parts of its linked booking; one no longer active changes nothing.
     *
     * @return the parts cancelled now
     * @throws NotFoundException {@code booking}
     */
    public List<Booking> cancelScalped(String bookingId, String reason, String inspectorSubject) {
        Booking booking = bookings.find(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        List<Booking> parts = booking.linkCode() == null ? List.of(booking) : bookings.byCode(booking.code());
        List<Booking> cancelled = new ArrayList<>();
        for (Booking part : parts) {
            cancel(part.id(), Booking.SCALPING, reason, inspectorSubject).ifPresent(cancelled::add);
        }
        return cancelled;
    }

    /**
     * Cancels every active booking the agents made whose slot has not started
     * ({@code AGENT_SUSPENDED}, the inspector's reason as detail).
     *
     * @return how many were cancelled now
     */
    public int cancelFutureBookingsOf(Collection<String> agentUsernames, String reason, String inspectorSubject) {
        if (agentUsernames.isEmpty()) {
            return 0;
        }
        int cancelled = 0;
        for (Booking booking : bookings.activeByAgentsAfter(agentUsernames, clock.instant())) {
            if (cancel(booking.id(), Booking.AGENT_SUSPENDED, reason, inspectorSubject)
                    .isPresent()) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private java.util.Optional<Booking> cancel(String bookingId, String reason, String detail, String bySubject) {
        // Set on every run of the change, so it tells what the written run found: a booking already
        // cancelled must not give its place back a second time.
        AtomicBoolean cancelledNow = new AtomicBoolean();
        Booking changed = bookings.change(
                bookingId,
                b -> cancelledNow.set(b.cancelByInspector(reason, detail, bySubject, places.isProvisional(b.day()))));
        if (!cancelledNow.get()) {
            return java.util.Optional.empty();
        }
        places.giveBack(changed);
        return java.util.Optional.of(changed);
    }
}
