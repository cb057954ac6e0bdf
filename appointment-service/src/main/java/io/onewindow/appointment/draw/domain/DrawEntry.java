package io.onewindow.appointment.draw.domain;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.DrawEntryLost;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's request for a place in a scarce slot's draw, made in the window: checked as a
 * booking is, holding the person's (and an agent's) limits under {@code holdCode} until the draw.
 * Its id is random: it is what the draw ranks and publishes, and says nothing about the person.
 */
public final class DrawEntry extends AggregateRoot {

    /** Ranked below the places. */
    public static final String NOT_DRAWN = "NOT_DRAWN";

    /** Drawn, but the booking was refused (a ban, a limit used up meanwhile). */
    public static final String INELIGIBLE = "INELIGIBLE";

    private final String id;
    private final String slotId;
    private final String servicePointId;
    private final String matterCode;
    private final String department;
    private final LocalDate day;
    private final Instant slotStart;
    private final Principal principal;
    private final Requester requester;
    private final AgentAuthority authority;
    private final String holdCode;
    private final List<String> guardKeys;
    private final Instant enteredAt;
    private final Instant drawAt;
    private EntryStatus status;
    private String bookingId;
    private String lostReason;
    private Instant decidedAt;

    /** Rebuilds an entry from storage; records no event. */
    public DrawEntry(
            String id,
            String slotId,
            String servicePointId,
            String matterCode,
            String department,
            LocalDate day,
            Instant slotStart,
            Principal principal,
            Requester requester,
            AgentAuthority authority,
            String holdCode,
            List<String> guardKeys,
            Instant enteredAt,
            Instant drawAt,
            EntryStatus status,
            String bookingId,
            String lostReason,
            Instant decidedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.slotId = Objects.requireNonNull(slotId, "slotId");
        this.servicePointId = Objects.requireNonNull(servicePointId, "servicePointId");
        this.matterCode = Objects.requireNonNull(matterCode, "matterCode");
        this.department = department;
        this.day = Objects.requireNonNull(day, "day");
        this.slotStart = Objects.requireNonNull(slotStart, "slotStart");
        this.principal = Objects.requireNonNull(principal, "principal");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.authority = authority;
        this.holdCode = Objects.requireNonNull(holdCode, "holdCode");
        this.guardKeys = guardKeys == null ? List.of() : List.copyOf(guardKeys);
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
        this.drawAt = Objects.requireNonNull(drawAt, "drawAt");
        this.status = Objects.requireNonNull(status, "status");
        this.bookingId = bookingId;
        this.lostReason = lostReason;
        this.decidedAt = decidedAt;
    }

    /** Whether the draw has not decided this entry yet. */
    public boolean isOpen() {
        return status == EntryStatus.ENTERED;
    }

    /** Drawn, and the booking is made. */
    public void win(String booking, Instant now) {
        if (status == EntryStatus.WON && Objects.equals(bookingId, booking)) {
            return;
        }
        requireOpen();
        status = EntryStatus.WON;
        bookingId = Objects.requireNonNull(booking, "booking");
        decidedAt = now;
    }

    /** No place: records {@link DrawEntryLost} (the person is told). */
    public void lose(String reason, Instant now) {
        requireOpen();
        status = EntryStatus.LOST;
        lostReason = Objects.requireNonNull(reason, "reason");
        decidedAt = now;
        record(new DrawEntryLost(
                id,
                slotId,
                servicePointId,
                matterCode,
                slotStart,
                principal.idHash(),
                requester.agent() ? requester.subject() : null,
                reason,
                department,
                now));
    }

    private void requireOpen() {
        if (status != EntryStatus.ENTERED) {
            throw new ConflictException("draw-entry-decided", "the draw has decided this entry already");
        }
    }

    public String id() {
        return id;
    }

    public String slotId() {
        return slotId;
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

    public LocalDate day() {
        return day;
    }

    public Instant slotStart() {
        return slotStart;
    }

    public Principal principal() {
        return principal;
    }

    public Requester requester() {
        return requester;
    }

    public AgentAuthority authority() {
        return authority;
    }

    public String holdCode() {
        return holdCode;
    }

    public List<String> guardKeys() {
        return guardKeys;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant drawAt() {
        return drawAt;
    }

    public EntryStatus status() {
        return status;
    }

    public String bookingId() {
        return bookingId;
    }

    public String lostReason() {
        return lostReason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
