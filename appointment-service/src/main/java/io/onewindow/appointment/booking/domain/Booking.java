package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.platform.events.appointment.Rescheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One place held in one slot, in the real name of the person who will come. Guards its own
 * transitions and records the events they cause; the use case saves it with its outbox.
 */
public final class Booking extends AggregateRoot {

    /** Cancelled by the person or their agent. */
    public static final String BY_PERSON = "BY_PERSON";

    /** Cancelled because the other part of its linked booking was. */
    public static final String LINKED_PART_CANCELLED = "LINKED_PART_CANCELLED";

    /** Cancelled because the hall changed its hours or closed the day. */
    public static final String SCHEDULE_CHANGED = "SCHEDULE_CHANGED";

    /** Cancelled because an inspector suspended the agent who booked it, or the agent's intermediary. */
    public static final String AGENT_SUSPENDED = "AGENT_SUSPENDED";

    /** Cancelled by an inspector as scalped (booked to resell, not to come). */
    public static final String SCALPING = "SCALPING";

    private final String id;
    private final String code;
    private final String linkCode;
    private final String servicePointId;
    private final String matterCode;
    private final String department;
    private String slotId;
    private LocalDate day;
    private Instant slotStart;
    private Instant slotEnd;
    private final Principal principal;
    private final Requester bookedBy;
    private final String mandateId;
    private final String intermediaryCode;
    private final List<String> guardKeys;
    private final Instant bookedAt;
    private BookingStatus status;
    private String cancelReason;
    private String ticketNumber;

    /** Rebuilds a booking from storage; records no event. */
    public Booking(
            String id,
            String code,
            String linkCode,
            String servicePointId,
            String matterCode,
            String department,
            String slotId,
            LocalDate day,
            Instant slotStart,
            Instant slotEnd,
            Principal principal,
            Requester bookedBy,
            String mandateId,
            String intermediaryCode,
            List<String> guardKeys,
            Instant bookedAt,
            BookingStatus status,
            String cancelReason,
            String ticketNumber) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.linkCode = linkCode;
        this.servicePointId = Objects.requireNonNull(servicePointId, "servicePointId");
        this.matterCode = Objects.requireNonNull(matterCode, "matterCode");
        this.department = department;
        this.slotId = Objects.requireNonNull(slotId, "slotId");
        this.day = Objects.requireNonNull(day, "day");
        this.slotStart = Objects.requireNonNull(slotStart, "slotStart");
        this.slotEnd = Objects.requireNonNull(slotEnd, "slotEnd");
        this.principal = Objects.requireNonNull(principal, "principal");
        this.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        this.mandateId = mandateId;
        this.intermediaryCode = intermediaryCode;
        this.guardKeys = guardKeys == null ? new ArrayList<>() : new ArrayList<>(guardKeys);
        this.bookedAt = Objects.requireNonNull(bookedAt, "bookedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.cancelReason = cancelReason;
        this.ticketNumber = ticketNumber;
    }

    /**
     * A booking whose place has been taken and whose limits have been claimed: records
     * {@link Booked}. An agent books only under a checked mandate of the principal.
     *
     * @throws AccessRefusedException {@code mandate.missing} for an agent without a mandate
     */
    public static Booking place(NewBooking placed, Instant now) {
        requireMandate(placed.bookedBy(), placed.mandateId());
        BookedSlot slot = placed.slot();
        Booking booking = new Booking(
                placed.id(),
                placed.code(),
                placed.linkCode(),
                placed.servicePointId(),
                placed.matterCode(),
                placed.department(),
                slot.slotId(),
                slot.day(),
                slot.start(),
                slot.end(),
                placed.principal(),
                placed.bookedBy(),
                placed.mandateId(),
                placed.intermediaryCode(),
                placed.guardKeys(),
                now,
                BookingStatus.BOOKED,
                null,
                null);
        Requester bookedBy = placed.bookedBy();
        booking.record(new Booked(
                booking.id,
                booking.code,
                booking.linkCode,
                booking.servicePointId,
                booking.matterCode,
                booking.slotStart,
                booking.principal.idHash(),
                booking.principal.idMasked(),
                bookedBy.agent() ? bookedBy.subject() : null,
                bookedBy.agent() ? bookedBy.username() : null,
                bookedBy.channel(),
                bookedBy.fingerprintHash(),
                slot.provisional(),
                booking.department,
                slot.releasedAt(),
                slot.dayPlaces(),
                slot.dayPlacesLeft()));
        return booking;
    }

    /**
     * An agent books only under a mandate (授权委托) of the principal that the agency gate checked;
     * a person booking for themself has none.
     *
     * @throws AccessRefusedException {@code mandate.missing}
     */
    static void requireMandate(Requester bookedBy, String mandateId) {
        if (bookedBy.agent() && (mandateId == null || mandateId.isBlank())) {
            throw new AccessRefusedException("mandate.missing", "an agent books only under a mandate of the principal");
        }
    }

    /** The principal, or the agent who booked for them, may see and change it. */
    public boolean isVisibleTo(String idHash, String subject) {
        return principal.idHash().equals(idHash) || bookedBy.subject().equals(subject);
    }

    /**
     * Cancelled by the person (or their agent): allowed until {@code notice} before the slot.
     * Each cancellation says whether the slot's day lies in a provisional calendar year
     * ({@code slotProvisional}, in the event).
     *
     * @throws ConflictException {@code booking-not-active}, {@code cancel-too-late}
     */
    public void cancelByPerson(Requester by, Instant now, java.time.Duration notice, boolean slotProvisional) {
        requireActive();
        if (now.isAfter(slotStart.minus(notice))) {
            throw new ConflictException(
                    "cancel-too-late",
                    "a booking can be cancelled until " + notice.toHours() + " hours before the slot",
                    notice.toHours());
        }
        cancel(BY_PERSON, null, by.subject(), by, slotProvisional);
    }

    /** Cancelled because the other part of its linked booking was; no notice rule applies. */
    public void cancelAsLinkedPart(Requester by, boolean slotProvisional) {
        if (status.isActive()) {
            cancel(LINKED_PART_CANCELLED, null, by.subject(), by, slotProvisional);
        }
    }

    /**
     * Cancelled because the hall closed or changed its hours, or the official calendar made the
     * day a day off; {@code detail} tells the person why.
     */
    public void cancelForScheduleChange(String detail, String bySubject, boolean slotProvisional) {
        if (status.isActive()) {
            cancel(SCHEDULE_CHANGED, detail, bySubject, null, slotProvisional);
        }
    }

    /**
     * Cancelled by an inspector: {@link #AGENT_SUSPENDED} when the agent who booked it (or their
     * intermediary) was suspended, {@link #SCALPING} for a scalped booking; {@code detail} is the
     * inspector's reason. Answers whether it was still active (a repeated cancellation records
     * nothing).
     */
    public boolean cancelByInspector(String reason, String detail, String bySubject, boolean slotProvisional) {
        if (!AGENT_SUSPENDED.equals(reason) && !SCALPING.equals(reason)) {
            throw new IllegalArgumentException("not an inspector's cancellation reason: " + reason);
        }
        if (!status.isActive()) {
            return false;
        }
        cancel(reason, detail, bySubject, null, slotProvisional);
        return true;
    }

    private void cancel(String reason, String detail, String bySubject, Requester by, boolean slotProvisional) {
        status = BookingStatus.CANCELLED;
        cancelReason = reason;
        record(new Cancelled(
                id,
                linkCode,
                servicePointId,
                matterCode,
                slotStart,
                principal.idHash(),
                reason,
                detail,
                bySubject,
                by == null ? null : by.channel(),
                by == null ? null : by.fingerprintHash(),
                slotProvisional,
                department));
    }

    /**
     * Moves to another slot of the same matter and service point; the caller has already taken
     * the new place and gives back the old one after saving.
     *
     * @throws ConflictException {@code booking-not-active}, {@code cancel-too-late},
     *     {@code linked-booking-reschedule}, {@code same-slot}
     */
    public void reschedule(
            BookedSlot newSlot, List<String> newGuardKeys, Requester by, Instant now, java.time.Duration notice) {
        requireActive();
        if (linkCode != null) {
            throw new ConflictException(
                    "linked-booking-reschedule", "the parts of a linked booking are cancelled and booked together");
        }
        if (newSlot.slotId().equals(slotId)) {
            throw new ConflictException("same-slot", "the booking already holds this slot");
        }
        if (now.isAfter(slotStart.minus(notice))) {
            throw new ConflictException(
                    "cancel-too-late",
                    "a booking can be moved until " + notice.toHours() + " hours before the slot",
                    notice.toHours());
        }
        Instant previous = slotStart;
        slotId = newSlot.slotId();
        day = newSlot.day();
        slotStart = newSlot.start();
        slotEnd = newSlot.end();
        guardKeys.clear();
        guardKeys.addAll(newGuardKeys);
        record(new Rescheduled(
                id,
                servicePointId,
                matterCode,
                previous,
                newSlot.start(),
                principal.idHash(),
                by.agent() ? by.subject() : null,
                by.channel(),
                by.fingerprintHash(),
                newSlot.provisional(),
                department));
    }

    /**
     * The person at the window shows the ID card whose hash is {@code presentedIdHash}.
     * Bookings are not transferable: another person's card records {@link CheckInRefused} and
     * answers {@code false}, and the booking stays as it was.
     */
    public boolean checkIn(
            String presentedIdHash,
            String officerSubject,
            String officerUsername,
            String ticket,
            Instant now,
            java.time.Duration grace) {
        if (!principal.idHash().equals(presentedIdHash)) {
            record(new CheckInRefused(
                    id,
                    servicePointId,
                    matterCode,
                    principal.idHash(),
                    presentedIdHash,
                    officerSubject,
                    officerUsername,
                    department));
            return false;
        }
        requireActive();
        if (now.isAfter(slotEnd.plus(grace))) {
            throw new ConflictException("booking-expired", "the booked slot is over");
        }
        status = BookingStatus.CHECKED_IN;
        ticketNumber = ticket;
        record(new CheckedIn(
                id,
                servicePointId,
                matterCode,
                slotStart,
                principal.idHash(),
                ticket,
                officerSubject,
                officerUsername,
                department));
        return true;
    }

    /**
     * Undoes this booking's check-in with {@code ticket} because the check-in it was part of could not
     * be completed (another part of a linked booking was changed meanwhile, or the ticket could not be
     * stored): the booking is booked again, as before. Records no event: the check-in's own {@code
     * CheckedIn} stays in the record, and a later check-in or no-show of the booking follows it.
     * Answers whether it was checked in with that ticket (anything else is left alone).
     */
    public boolean undoCheckIn(String ticket) {
        if (status != BookingStatus.CHECKED_IN || ticket == null || !ticket.equals(ticketNumber)) {
            return false;
        }
        status = BookingStatus.BOOKED;
        ticketNumber = null;
        return true;
    }

    /** Whether the person is late enough to count as a no-show at {@code now}. */
    public boolean isMissedAt(Instant now, java.time.Duration grace) {
        return status.isActive() && now.isAfter(slotEnd.plus(grace));
    }

    /**
     * Not checked in by the end of the slot plus the grace period.
     *
     * @throws ConflictException {@code booking-not-active} or {@code not-missed-yet}
     */
    public void markNoShow(Instant now, java.time.Duration grace) {
        requireActive();
        if (!isMissedAt(now, grace)) {
            throw new ConflictException("not-missed-yet", "the slot and its grace period are not over");
        }
        status = BookingStatus.NO_SHOW;
        record(new NoShow(
                id,
                servicePointId,
                matterCode,
                slotStart,
                principal.idHash(),
                principal.idMasked(),
                bookedBy.agent() ? bookedBy.subject() : null,
                department));
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new ConflictException(
                    "booking-not-active", "the booking is " + status.name().toLowerCase());
        }
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String linkCode() {
        return linkCode;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String matterCode() {
        return matterCode;
    }

    public String department() {
        return department;
    }

    public String slotId() {
        return slotId;
    }

    public LocalDate day() {
        return day;
    }

    public Instant slotStart() {
        return slotStart;
    }

    public Instant slotEnd() {
        return slotEnd;
    }

    public Principal principal() {
        return principal;
    }

    public Requester bookedBy() {
        return bookedBy;
    }

    /** The mandate an agent booked under, else {@code null} (and for bookings made before mandates). */
    public String mandateId() {
        return mandateId;
    }

    /** The credit code of the booking agent's intermediary, else {@code null}. */
    public String intermediaryCode() {
        return intermediaryCode;
    }

    public List<String> guardKeys() {
        return List.copyOf(guardKeys);
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public BookingStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String ticketNumber() {
        return ticketNumber;
    }
}
