package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingBan;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Booking, cancelling and rescheduling places, in the real name of the person who will come.
 *
 * <p>No oversell with any number of instances, without transactions: the place is taken by one
 * conditional update on the slot document ({@link SlotInventory#take}); the person's limits by
 * inserting guard documents with unique ids ({@link LimitGuards}); a retried request by its
 * {@code Idempotency-Key}. Each step that follows a taken place undoes it when it fails, so a
 * refused request leaves nothing behind. A crash between taking the place and storing the
 * booking loses that one place (undersold, never oversold).
 */
@Component
public class BookingDesk {

    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final ServicePointDirectory points;
    private final SlotPlanner planner;
    private final ReleaseWindow release;
    private final SlotInventory inventory;
    private final LimitGuards guards;
    private final IdempotencyKeys idempotency;
    private final BookingStore bookings;
    private final BanStore bans;
    private final BookingLimits limits;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    BookingDesk(
            ServicePointDirectory points,
            SlotPlanner planner,
            ReleaseWindow release,
            SlotInventory inventory,
            LimitGuards guards,
            IdempotencyKeys idempotency,
            BookingStore bookings,
            BanStore bans,
            BookingLimits limits,
            Clock clock) {
        this.points = points;
        this.planner = planner;
        this.release = release;
        this.inventory = inventory;
        this.guards = guards;
        this.idempotency = idempotency;
        this.bookings = bookings;
        this.bans = bans;
        this.limits = limits;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Book one place.
     *
     * @param principal the person who will come (from the token, or named by an agent)
     * @param requester who asks, from where
     * @param authorizationRef the agent's written authorization, else {@code null}
     * @param idempotencyKey the request's {@code Idempotency-Key}, or {@code null}
     * @param requestHash a digest of the request, to refuse a key reused for another request
     */
    public record BookCommand(
            Principal principal,
            Requester requester,
            String authorizationRef,
            String servicePointId,
            String matterCode,
            LocalDateTime start,
            String idempotencyKey,
            String requestHash) {}

    /** Book the places of a linked business (一号联办) under one code, all or nothing. */
    public record BookLinkedCommand(
            Principal principal,
            Requester requester,
            String authorizationRef,
            String servicePointId,
            String businessCode,
            LocalDateTime start,
            String idempotencyKey,
            String requestHash) {}

    /** Takes one place; a retry with the same {@code Idempotency-Key} answers the first booking. */
    public Booking book(BookCommand command) {
        return idempotent(command.requester(), command.idempotencyKey(), command.requestHash(), () -> {
                    ServicePoint point = bookablePoint(command.servicePointId());
                    MatterOffer matter = offered(point, command.matterCode());
                    PlannedSlot slot = bookableSlot(point, matter, command.start());
                    Booking.requireAuthorization(command.requester(), command.authorizationRef());
                    refuseBanned(command.principal());
                    String code = newCode();
                    List<LimitGuard> limitGuards = new ArrayList<>(
                            LimitGuard.periodGuards(command.principal().idHash(), slot.day(), limits));
                    limitGuards.add(LimitGuard.matterGuard(command.principal().idHash(), matter.code(), limits));
                    List<String> keys = guards.claim(limitGuards, code);
                    if (!inventory.take(slot)) {
                        guards.release(keys, code);
                        throw new ConflictException("slot-full", "no place is left in this slot");
                    }
                    Booking booking;
                    try {
                        booking = place(
                                code,
                                null,
                                point,
                                matter,
                                slot,
                                command.principal(),
                                command.requester(),
                                command.authorizationRef(),
                                keys);
                        bookings.add(booking);
                    } catch (RuntimeException e) {
                        inventory.giveBack(slot.id());
                        guards.release(keys, code);
                        throw e;
                    }
                    return List.of(booking);
                })
                .get(0);
    }

    /**
     * Takes a place for every matter of a linked business at one point, the first at
     * {@code start}, each next one at the same time or the first slot after the previous part:
     * all or nothing — when a later place is gone, the places already taken are given back.
     */
    public List<Booking> bookLinked(BookLinkedCommand command) {
        return idempotent(command.requester(), command.idempotencyKey(), command.requestHash(), () -> {
            ServicePoint point = bookablePoint(command.servicePointId());
            LinkedBusiness business = point.linkedBusiness(command.businessCode())
                    .orElseThrow(() -> new InvalidValueException(
                            "unknown-linked-business", "businessCode", "this point has no such linked business"));
            List<MatterOffer> matters = business.matterCodes().stream()
                    .map(code -> offered(point, code))
                    .toList();
            List<PlannedSlot> slots = new ArrayList<>();
            PlannedSlot first = bookableSlot(point, matters.get(0), command.start());
            slots.add(first);
            for (int i = 1; i < matters.size(); i++) {
                PlannedSlot previous = slots.get(i - 1);
                PlannedSlot next = planner.sameOrNextSlot(point, matters.get(i), command.start(), previous.end())
                        .orElseThrow(() -> new ConflictException(
                                "linked-slot-unavailable", "the linked matters cannot be served the same day"));
                slots.add(bookableSlot(point, matters.get(i), next.start()));
            }
            Booking.requireAuthorization(command.requester(), command.authorizationRef());
            refuseBanned(command.principal());
            String code = newCode();
            List<LimitGuard> limitGuards =
                    new ArrayList<>(LimitGuard.periodGuards(command.principal().idHash(), first.day(), limits));
            for (MatterOffer matter : matters) {
                limitGuards.add(LimitGuard.matterGuard(command.principal().idHash(), matter.code(), limits));
            }
            List<String> keys = guards.claim(limitGuards, code);
            List<PlannedSlot> taken = new ArrayList<>();
            for (PlannedSlot slot : slots) {
                if (!inventory.take(slot)) {
                    taken.forEach(t -> inventory.giveBack(t.id()));
                    guards.release(keys, code);
                    throw new ConflictException(
                            "slot-full", "no place is left for " + slot.matterCode() + "; nothing was booked");
                }
                taken.add(slot);
            }
            List<Booking> parts = new ArrayList<>();
            List<Booking> stored = new ArrayList<>();
            try {
                for (int i = 0; i < slots.size(); i++) {
                    parts.add(place(
                            code,
                            code,
                            point,
                            matters.get(i),
                            slots.get(i),
                            command.principal(),
                            command.requester(),
                            command.authorizationRef(),
                            keys));
                }
                for (Booking part : parts) {
                    bookings.add(part);
                    stored.add(part);
                }
            } catch (RuntimeException e) {
                for (Booking part : stored) {
                    bookings.change(
                            part.id(), b -> b.cancelAsLinkedPart(command.requester(), planner.isProvisional(b.day())));
                }
                taken.forEach(t -> inventory.giveBack(t.id()));
                guards.release(keys, code);
                throw e;
            }
            return parts;
        });
    }

    /**
     * Cancels a booking of the person (or their agent); the parts of a linked booking go
     * together. Another person's booking answers as if it did not exist.
     */
    public List<Booking> cancel(String bookingId, String idHash, Requester requester) {
        Booking booking = visible(bookingId, idHash, requester);
        List<Booking> parts = booking.linkCode() == null ? List.of(booking) : bookings.byCode(booking.code());
        Instant now = clock.instant();
        List<Booking> cancelled = new ArrayList<>();
        Booking asked = bookings.change(
                booking.id(),
                b -> b.cancelByPerson(requester, now, limits.cancelNotice(), planner.isProvisional(b.day())));
        cancelled.add(asked);
        for (Booking part : parts) {
            if (!part.id().equals(booking.id())) {
                cancelled.add(bookings.change(
                        part.id(), b -> b.cancelAsLinkedPart(requester, planner.isProvisional(b.day()))));
            }
        }
        for (Booking part : cancelled) {
            inventory.giveBack(part.slotId());
            guards.release(part.guardKeys(), part.code());
        }
        return cancelled;
    }

    /**
     * Moves a booking to another slot of its matter at its point. Atomic for the person: the
     * new place is taken first, and the old one given back only once the booking holds the new.
     */
    public Booking reschedule(String bookingId, LocalDateTime newStart, String idHash, Requester requester) {
        Booking booking = visible(bookingId, idHash, requester);
        ServicePoint point = bookablePoint(booking.servicePointId());
        MatterOffer matter = offered(point, booking.matterCode());
        PlannedSlot slot = bookableSlot(point, matter, newStart);
        List<LimitGuard> limitGuards =
                new ArrayList<>(LimitGuard.periodGuards(booking.principal().idHash(), slot.day(), limits));
        limitGuards.add(LimitGuard.matterGuard(booking.principal().idHash(), matter.code(), limits));
        Set<String> oldKeys = new HashSet<>(booking.guardKeys());
        List<String> newKeys = guards.claim(limitGuards, booking.code());
        List<String> addedKeys =
                newKeys.stream().filter(k -> !oldKeys.contains(k)).toList();
        if (!inventory.take(slot)) {
            guards.release(addedKeys, booking.code());
            throw new ConflictException("slot-full", "no place is left in this slot");
        }
        Instant now = clock.instant();
        Booking moved;
        try {
            moved = bookings.change(
                    booking.id(),
                    b -> b.reschedule(
                            slot.id(),
                            slot.day(),
                            slot.start().atZone(zone).toInstant(),
                            slot.end().atZone(zone).toInstant(),
                            slot.provisional(),
                            newKeys,
                            requester,
                            now,
                            limits.cancelNotice()));
        } catch (RuntimeException e) {
            inventory.giveBack(slot.id());
            guards.release(addedKeys, booking.code());
            throw e;
        }
        inventory.giveBack(booking.slotId());
        guards.release(oldKeys.stream().filter(k -> !newKeys.contains(k)).toList(), booking.code());
        return moved;
    }

    /**
     * Cancels an active booking because its hall closed or changed hours, or the official
     * calendar made its day a day off; the place and the person's limits are given back. Answers
     * whether it was still active (so a repeated cancellation changes and announces nothing).
     */
    public boolean cancelForScheduleChange(String bookingId, String detail, String bySubject) {
        // Whether this call cancelled it: one already cancelled (by an earlier run of the same
        // schedule change, or by anything else) must not give its place back a second time.
        AtomicBoolean cancelledNow = new AtomicBoolean();
        Booking cancelled = bookings.change(bookingId, b -> {
            cancelledNow.set(b.status().isActive());
            b.cancelForScheduleChange(detail, bySubject, planner.isProvisional(b.day()));
        });
        if (!cancelledNow.get()) {
            return false;
        }
        inventory.giveBack(cancelled.slotId());
        guards.release(cancelled.guardKeys(), cancelled.code());
        return true;
    }

    /** The bookings of the person, and those an agent made. */
    public List<Booking> mine(String idHash, String subject) {
        return bookings.visibleTo(idHash, subject, 100);
    }

    /** One booking of the person; another person's answers as not found. */
    public Booking one(String bookingId, String idHash, Requester requester) {
        return visible(bookingId, idHash, requester);
    }

    private Booking visible(String bookingId, String idHash, Requester requester) {
        return bookings.find(bookingId)
                .filter(b -> b.isVisibleTo(idHash, requester.subject()))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
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

    private Booking place(
            String code,
            String linkCode,
            ServicePoint point,
            MatterOffer matter,
            PlannedSlot slot,
            Principal principal,
            Requester requester,
            String authorizationRef,
            List<String> keys) {
        return Booking.place(
                UUID.randomUUID().toString(),
                code,
                linkCode,
                point.id(),
                matter.code(),
                matter.department(),
                slot.id(),
                slot.day(),
                slot.start().atZone(zone).toInstant(),
                slot.end().atZone(zone).toInstant(),
                principal,
                requester,
                authorizationRef,
                keys,
                slot.provisional(),
                clock.instant());
    }

    private ServicePoint bookablePoint(String id) {
        return points.find(id)
                .orElseThrow(() ->
                        new InvalidValueException("unknown-service-point", "servicePointId", "no service point " + id));
    }

    private static MatterOffer offered(ServicePoint point, String matterCode) {
        return point.offer(matterCode)
                .orElseThrow(() -> new InvalidValueException(
                        "unknown-matter", "matterCode", "the service point does not book matter " + matterCode));
    }

    private PlannedSlot bookableSlot(ServicePoint point, MatterOffer matter, LocalDateTime start) {
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
                    "slot-not-released", "the slot opens for booking at " + release.releasedAt(slot.day()));
        }
        return slot;
    }

    private void refuseBanned(Principal principal) {
        Optional<BookingBan> ban = bans.find(principal.idHash()).filter(b -> b.isActiveAt(clock.instant()));
        if (ban.isPresent()) {
            throw new AccessRefusedException(
                    "booking-banned",
                    "booking is suspended until " + ban.get().until() + " ("
                            + ban.get().reason() + ")");
        }
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
