package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.AgentGate;
import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.appointment.booking.domain.AgentRequest;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.DrawGate;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The person's bookings once made: seeing them, cancelling and rescheduling. Another person's
 * booking answers as if it did not exist. An agent cancels or moves a booking they made only while
 * the {@link AgentGate} still finds their proof (enrolled, not suspended, a live mandate of the
 * principal for the matter); a move also counts against the agent limits.
 */
@UseCase
public class MyBookings {

    private final Places places;
    private final BookingStore bookings;
    private final BookingLimits limits;
    private final AgentGate gate;
    private final DrawGate draws;
    private final Clock clock;

    MyBookings(
            Places places, BookingStore bookings, BookingLimits limits, AgentGate gate, DrawGate draws, Clock clock) {
        this.places = places;
        this.bookings = bookings;
        this.limits = limits;
        this.gate = gate;
        this.draws = draws;
        this.clock = clock;
    }

    /** The bookings of the person, and those an agent made. */
    /** Order of a person's bookings: latest slot first, then by id. */
    public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "slotStart");

    /** One page of the person's bookings (and an agent's those it made) in {@link #ORDER}. */
    public Page<Booking> mine(String idHash, String subject, Pageable page) {
        return bookings.visibleTo(idHash, subject, page);
    }

    /** One booking of the person; another person's answers as not found. */
    public Booking one(String bookingId, String idHash, Requester requester) {
        return visible(bookingId, idHash, requester);
    }

    /**
     * Cancels a booking of the person (or their agent); the parts of a linked booking go
     * together.
     */
    public List<Booking> cancel(String bookingId, String idHash, Requester requester) {
        Booking booking = visible(bookingId, idHash, requester);
        List<Booking> parts = booking.linkCode() == null ? List.of(booking) : bookings.byCode(booking.code());
        AgentRequest asked = agentRequest(requester, idHash, booking, parts);
        if (asked != null) {
            gate.authorize(asked);
        }
        Instant now = clock.instant();
        List<Booking> cancelled = new ArrayList<>();
        cancelled.add(bookings.change(
                booking.id(),
                b -> b.cancelByPerson(requester, now, limits.cancelNotice(), places.isProvisional(b.day()))));
        for (Booking part : parts) {
            if (!part.id().equals(booking.id())) {
                cancelled.add(bookings.change(
                        part.id(), b -> b.cancelAsLinkedPart(requester, places.isProvisional(b.day()))));
            }
        }
        cancelled.forEach(places::giveBack);
        return cancelled;
    }

    /**
     * Moves a booking to another slot of its matter at its point. Atomic for the person: the
     * new place is taken first, and the old one given back only once the booking holds the new.
     */
    public Booking reschedule(String bookingId, LocalDateTime newStart, String idHash, Requester requester) {
        Booking booking = visible(bookingId, idHash, requester);
        ServicePoint point = places.bookablePoint(booking.servicePointId());
        MatterOffer matter = Places.offered(point, booking.matterCode());
        PlannedSlot slot = places.bookableSlot(point, matter, newStart);
        if (draws.drawing(slot)) {
            throw new ConflictException(
                    "slot-in-draw",
                    "the places of this slot are being drawn: a booking cannot move into it until the draw is held");
        }
        AgentRequest asked = agentRequest(requester, idHash, booking, List.of(booking));
        AgentAuthority authority = asked == null ? null : gate.authorize(asked);
        Set<String> oldKeys = new HashSet<>(booking.guardKeys());
        List<LimitGuard> used =
                new ArrayList<>(places.limitsOf(booking.principal().idHash(), slot.day(), List.of(matter)));
        if (authority != null) {
            used.addAll(places.agentLimitsOf(authority, slot.day(), List.of(slot.id())));
        }
        List<String> newKeys;
        try {
            newKeys = places.claim(used, booking.code());
        } catch (ConflictException e) {
            String reason = AgentLimits.reasonOf(e.code());
            if (authority != null && reason != null) {
                gate.refusedOverLimit(asked, authority, reason);
            }
            throw e;
        }
        List<String> addedKeys =
                newKeys.stream().filter(k -> !oldKeys.contains(k)).toList();
        if (!places.take(slot)) {
            places.giveBack(List.of(), addedKeys, booking.code());
            throw new ConflictException("slot-full", "no place is left in this slot");
        }
        Instant now = clock.instant();
        Booking moved;
        try {
            moved = bookings.change(
                    booking.id(),
                    b -> b.reschedule(places.booked(slot), newKeys, requester, now, limits.cancelNotice()));
        } catch (RuntimeException e) {
            places.giveBack(List.of(slot.id()), addedKeys, booking.code());
            throw e;
        }
        places.giveBack(
                List.of(booking.slotId()),
                oldKeys.stream().filter(k -> !newKeys.contains(k)).toList(),
                booking.code());
        return moved;
    }

    /** What an agent asks when acting on a booking they made; {@code null} for the person themself. */
    private static AgentRequest agentRequest(Requester requester, String idHash, Booking booking, List<Booking> parts) {
        if (!requester.agent() || booking.principal().idHash().equals(idHash)) {
            return null;
        }
        return new AgentRequest(
                requester.username() == null ? requester.subject() : requester.username(),
                "-".equals(idHash) ? null : idHash,
                booking.principal().idHash(),
                booking.servicePointId(),
                parts.stream().map(Booking::matterCode).toList(),
                booking.department());
    }

    private Booking visible(String bookingId, String idHash, Requester requester) {
        return bookings.find(bookingId)
                .filter(b -> b.isVisibleTo(idHash, requester.subject()))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }
}
