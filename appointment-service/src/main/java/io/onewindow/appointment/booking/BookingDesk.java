package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.AgentGate;
import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.appointment.booking.domain.AgentRequest;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.DrawGate;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.booking.domain.NewBooking;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Booking places, in the real name of the person who will come: one place, or the places of a
 * linked business under one code. The places and limits are held by {@link Places} (no oversell,
 * no transaction); a retried request is answered by its {@code Idempotency-Key}. An agent books
 * only with the proof the {@link AgentGate} checks (enrolled, not suspended, a live mandate of the
 * principal for the matter), within the agent limits. A request for a scarce slot within its draw
 * window takes no place: once eligible it enters the slot's draw ({@link DrawGate}).
 */
@UseCase
public class BookingDesk {

    private final Places places;
    private final BanDesk bans;
    private final IdempotencyKeys idempotency;
    private final BookingStore bookings;
    private final AgentGate gate;
    private final DrawGate draws;
    private final Clock clock;

    BookingDesk(
            Places places,
            BanDesk bans,
            IdempotencyKeys idempotency,
            BookingStore bookings,
            AgentGate gate,
            DrawGate draws,
            Clock clock) {
        this.places = places;
        this.bans = bans;
        this.idempotency = idempotency;
        this.bookings = bookings;
        this.gate = gate;
        this.draws = draws;
        this.clock = clock;
    }

    /** What became of a request for one place: a booking, or an entry in the slot's draw. */
    public record Outcome(Booking booking, DrawGate.DrawTicket entry) {

        /** The {@code Idempotency-Key} reference of an entry: no booking code has a colon. */
        static final String ENTRY_REFERENCE = "draw:";

        static Outcome booked(Booking booking) {
            return new Outcome(booking, null);
        }

        static Outcome entered(DrawGate.DrawTicket entry) {
            return new Outcome(null, entry);
        }

        String reference() {
            return booking != null ? booking.code() : ENTRY_REFERENCE + entry.entryId();
        }
    }

    /**
     * Book one place.
     *
     * @param principal the person who will come (from the token, or named by an agent)
     * @param requester who asks, from where
     * @param requesterIdHash pseudonym of the requester's own ID number from the token (for an
     *     agent: the agent's), {@code null} when the token carries none
     * @param idempotencyKey the request's {@code Idempotency-Key}, or {@code null}
     * @param requestHash a digest of the request, to refuse a key reused for another request
     */
    public record BookCommand(
            Principal principal,
            Requester requester,
            String requesterIdHash,
            String servicePointId,
            String matterCode,
            LocalDateTime start,
            String idempotencyKey,
            String requestHash) {}

    /** Book the places of a linked business (一号联办) under one code, all or nothing. */
    public record BookLinkedCommand(
            Principal principal,
            Requester requester,
            String requesterIdHash,
            String servicePointId,
            String businessCode,
            LocalDateTime start,
            String idempotencyKey,
            String requestHash) {}

    /**
     * Takes one place; a retry with the same {@code Idempotency-Key} answers the first booking.
     *
     * @throws ConflictException {@code slot-in-draw} when the slot is in its draw window (use
     *     {@link #request}, which enters the draw)
     */
    public Booking book(BookCommand command) {
        Outcome outcome = request(command);
        if (outcome.booking() == null) {
            throw new ConflictException(
                    "slot-in-draw",
                    "the places of this slot are drawn at " + outcome.entry().drawAt());
        }
        return outcome.booking();
    }

    /**
     * Takes one place, or, for a scarce slot within its draw window, enters the person into the
     * slot's draw once every check a booking makes has passed (agent proof, ban, limits — the
     * limits are held for the entry): one entry per person and slot, a repeat answers it. A retry
     * with the same {@code Idempotency-Key} answers the first booking or entry.
     */
    public Outcome request(BookCommand command) {
        return idempotentOutcome(command.requester(), command.idempotencyKey(), command.requestHash(), () -> {
            ServicePoint point = places.bookablePoint(command.servicePointId());
            MatterOffer matter = Places.offered(point, command.matterCode());
            PlannedSlot slot = places.bookableSlot(point, matter, command.start());
            places.refuseKnownFull(slot);
            AgentRequest asked = agentRequest(
                    command.requester(), command.requesterIdHash(), command.principal(), point, List.of(matter));
            AgentAuthority authority = asked == null ? null : gate.authorize(asked);
            bans.refuseBanned(command.principal());
            if (draws.drawing(slot)) {
                return Outcome.entered(enter(command, asked, authority, matter, slot));
            }
            String code = places.newCode();
            List<String> keys = hold(
                    asked,
                    authority,
                    places.limitsOf(command.principal().idHash(), slot.day(), List.of(matter)),
                    List.of(slot),
                    code);
            try {
                Booking booking = Booking.place(
                        placement(
                                code,
                                null,
                                point,
                                matter,
                                slot,
                                new Party(command.principal(), command.requester(), authority),
                                keys),
                        clock.instant());
                bookings.add(booking);
                return Outcome.booked(booking);
            } catch (RuntimeException e) {
                places.giveBack(List.of(slot.id()), keys, code);
                throw e;
            }
        });
    }

    /**
     * Enters an eligible request into the slot's draw: the person's (and an agent's) limits are
     * held under the entry's code as a booking would hold them, no place is taken.
     */
    private DrawGate.DrawTicket enter(
            BookCommand command, AgentRequest asked, AgentAuthority authority, MatterOffer matter, PlannedSlot slot) {
        DrawGate.Reservation reserved = draws.reserve(slot, command.principal().idHash(), places.newCode());
        if (reserved.existing() != null) {
            return reserved.existing();
        }
        List<LimitGuard> used =
                new ArrayList<>(places.limitsOf(command.principal().idHash(), slot.day(), List.of(matter)));
        if (authority != null) {
            used.addAll(places.agentLimitsOf(authority, slot.day(), List.of(slot.id())));
        }
        List<String> keys;
        try {
            keys = places.claim(used, reserved.holdCode());
        } catch (ConflictException e) {
            refusedOverAgentLimit(asked, authority, e);
            throw e;
        }
        try {
            return draws.enter(new DrawGate.DrawRequest(
                    reserved.entryId(),
                    slot,
                    matter.department(),
                    command.principal(),
                    command.requester(),
                    authority,
                    reserved.holdCode(),
                    keys));
        } catch (RuntimeException e) {
            places.giveBack(List.of(), keys, reserved.holdCode());
            throw e;
        }
    }

    /**
     * Takes a place for every matter of a linked business at one point, the first at
     * {@code start}, each next one at the same time or the first slot after the previous part:
     * all or nothing — when a later place is gone, the places already taken are given back.
     */
    public List<Booking> bookLinked(BookLinkedCommand command) {
        return idempotent(command.requester(), command.idempotencyKey(), command.requestHash(), () -> {
            ServicePoint point = places.bookablePoint(command.servicePointId());
            LinkedBusiness business = point.linkedBusiness(command.businessCode())
                    .orElseThrow(() -> new InvalidValueException(
                            "unknown-linked-business", "businessCode", "this point has no such linked business"));
            List<MatterOffer> matters = business.matterCodes().stream()
                    .map(code -> Places.offered(point, code))
                    .toList();
            List<PlannedSlot> slots = new ArrayList<>();
            PlannedSlot first = places.bookableSlot(point, matters.get(0), command.start());
            slots.add(first);
            for (int i = 1; i < matters.size(); i++) {
                PlannedSlot previous = slots.get(i - 1);
                PlannedSlot next = places.sameOrNextSlot(point, matters.get(i), command.start(), previous.end())
                        .orElseThrow(() -> new ConflictException(
                                "linked-slot-unavailable", "the linked matters cannot be served the same day"));
                slots.add(places.bookableSlot(point, matters.get(i), next.start()));
            }
            for (PlannedSlot slot : slots) {
                if (draws.drawing(slot)) {
                    throw new ConflictException(
                            "linked-in-draw",
                            "the places of " + slot.matterCode() + " at " + slot.start()
                                    + " are being drawn: enter the draw with a booking of that matter alone,"
                                    + " or book the linked business once the draw is held");
                }
            }
            AgentRequest asked =
                    agentRequest(command.requester(), command.requesterIdHash(), command.principal(), point, matters);
            AgentAuthority authority = asked == null ? null : gate.authorize(asked);
            bans.refuseBanned(command.principal());
            String code = places.newCode();
            List<String> keys = hold(
                    asked, authority, places.limitsOf(command.principal().idHash(), first.day(), matters), slots, code);
            List<Booking> parts = new ArrayList<>();
            List<Booking> stored = new ArrayList<>();
            try {
                for (int i = 0; i < slots.size(); i++) {
                    parts.add(Booking.place(
                            placement(
                                    code,
                                    code,
                                    point,
                                    matters.get(i),
                                    slots.get(i),
                                    new Party(command.principal(), command.requester(), authority),
                                    keys),
                            clock.instant()));
                }
                for (Booking part : parts) {
                    bookings.add(part);
                    stored.add(part);
                }
            } catch (RuntimeException e) {
                for (Booking part : stored) {
                    bookings.change(
                            part.id(), b -> b.cancelAsLinkedPart(command.requester(), places.isProvisional(b.day())));
                }
                places.giveBack(slots.stream().map(PlannedSlot::id).toList(), keys, code);
                throw e;
            }
            return parts;
        });
    }

    /** For whom and by whom a booking is made, and the authority an agent acts under. */
    private record Party(Principal principal, Requester requester, AgentAuthority authority) {}

    /** What an agent asks, for the gate; {@code null} when the requester books for themself. */
    private static AgentRequest agentRequest(
            Requester requester,
            String requesterIdHash,
            Principal principal,
            ServicePoint point,
            List<MatterOffer> matters) {
        if (!requester.agent()) {
            return null;
        }
        return new AgentRequest(
                requester.username() == null ? requester.subject() : requester.username(),
                requesterIdHash,
                principal.idHash(),
                point.id(),
                matters.stream().map(MatterOffer::code).toList(),
                matters.get(0).department());
    }

    /**
     * Holds the person's limits, an agent's limits and the places; an agent limit used up is
     * recorded as a refusal of the agent before the 409 goes back.
     */
    private List<String> hold(
            AgentRequest asked,
            AgentAuthority authority,
            List<LimitGuard> personLimits,
            List<PlannedSlot> slots,
            String code) {
        List<LimitGuard> used = new ArrayList<>(personLimits);
        if (authority != null) {
            used.addAll(places.agentLimitsOf(
                    authority,
                    slots.get(0).day(),
                    slots.stream().map(PlannedSlot::id).toList()));
        }
        try {
            return places.hold(used, slots, code);
        } catch (ConflictException e) {
            refusedOverAgentLimit(asked, authority, e);
            throw e;
        }
    }

    /** Records the refusal of an agent whose (or whose intermediary's) limit {@code e} says is used up. */
    private void refusedOverAgentLimit(AgentRequest asked, AgentAuthority authority, ConflictException e) {
        String reason = AgentLimits.reasonOf(e.code());
        if (authority != null && reason != null) {
            gate.refusedOverLimit(asked, authority, reason);
        }
    }

    private NewBooking placement(
            String code,
            String linkCode,
            ServicePoint point,
            MatterOffer matter,
            PlannedSlot slot,
            Party party,
            List<String> keys) {
        return new NewBooking(
                UUID.randomUUID().toString(),
                code,
                linkCode,
                point.id(),
                matter.code(),
                matter.department(),
                places.bookedAfterTaking(point, matter, slot),
                party.principal(),
                party.requester(),
                party.authority() == null ? null : party.authority().mandateId(),
                party.authority() == null ? null : party.authority().intermediaryCode(),
                keys);
    }

    private Outcome idempotentOutcome(Requester requester, String key, String requestHash, Supplier<Outcome> request) {
        if (key == null) {
            return request.get();
        }
        Optional<String> first = idempotency.begin(requester.subject(), key, requestHash);
        if (first.isPresent()) {
            String reference = first.get();
            if (reference.startsWith(Outcome.ENTRY_REFERENCE)) {
                String entryId = reference.substring(Outcome.ENTRY_REFERENCE.length());
                return Outcome.entered(draws.entry(entryId)
                        .orElseThrow(() -> new ConflictException(
                                "idempotency-key-in-flight", "the first request with this key is still running")));
            }
            return Outcome.booked(bookings.byCode(reference).get(0));
        }
        try {
            Outcome made = request.get();
            idempotency.complete(requester.subject(), key, made.reference());
            return made;
        } catch (RuntimeException e) {
            idempotency.abandon(requester.subject(), key);
            throw e;
        }
    }

    private List<Booking> idempotent(
            Requester requester, String key, String requestHash, Supplier<List<Booking>> booking) {
        if (key == null) {
            return booking.get();
        }
        Optional<String> first = idempotency.begin(requester.subject(), key, requestHash);
        if (first.isPresent()) {
            return bookings.byCode(first.get());
        }
        try {
            List<Booking> made = booking.get();
            idempotency.complete(requester.subject(), key, made.get(0).code());
            return made;
        } catch (RuntimeException e) {
            idempotency.abandon(requester.subject(), key);
            throw e;
        }
    }
}
