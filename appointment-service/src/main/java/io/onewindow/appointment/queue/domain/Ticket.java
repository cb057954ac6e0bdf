package io.onewindow.appointment.queue.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A queue ticket at a service point: issued at check-in or to a walk-in, called, then served or absent. */
public final class Ticket extends AggregateRoot {

    private final String id;
    private final String servicePointId;
    private final LocalDate day;
    private final String line;
    private final int number;
    private final String matterCode;
    private final String department;
    private final String bookingId;
    private final Instant slotStart;
    private final boolean priority;
    private final String principalIdHash;
    private final Instant issuedAt;
    private TicketStatus status;
    private String window;
    private Instant calledAt;
    private Instant finishedAt;
    private String caseId;
    private String caseNumber;

    public Ticket(
            String id,
            String servicePointId,
            LocalDate day,
            String line,
            int number,
            String matterCode,
            String department,
            String bookingId,
            Instant slotStart,
            boolean priority,
            String principalIdHash,
            Instant issuedAt,
            TicketStatus status,
            String window,
            Instant calledAt,
            Instant finishedAt,
            String caseId,
            String caseNumber) {
        this.id = Objects.requireNonNull(id, "id");
        this.servicePointId = Objects.requireNonNull(servicePointId, "servicePointId");
        this.day = Objects.requireNonNull(day, "day");
        this.line = Objects.requireNonNull(line, "line");
        this.number = number;
        this.matterCode = Objects.requireNonNull(matterCode, "matterCode");
        this.department = department;
        this.bookingId = bookingId;
        this.slotStart = slotStart;
        this.priority = priority;
        this.principalIdHash = principalIdHash;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.window = window;
        this.calledAt = calledAt;
        this.finishedAt = finishedAt;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
    }

    /** A new waiting ticket; records {@link TicketIssued}. */
    public static Ticket issue(
            String id,
            String servicePointId,
            LocalDate day,
            String line,
            int number,
            String matterCode,
            String department,
            String bookingId,
            Instant slotStart,
            boolean priority,
            String principalIdHash,
            String officerSubject,
            Instant now) {
        Ticket ticket = new Ticket(
                id,
                servicePointId,
                day,
                line,
                number,
                matterCode,
                department,
                bookingId,
                slotStart,
                priority,
                principalIdHash,
                now,
                TicketStatus.WAITING,
                null,
                null,
                null,
                null,
                null);
        ticket.record(new TicketIssued(
                id,
                servicePointId,
                ticket.label(),
                matterCode,
                bookingId,
                priority,
                principalIdHash,
                officerSubject,
                department));
        return ticket;
    }

    /**
     * The visit became the case {@code caseId} (a window officer received it from this ticket). The
     * first case stays: approval turns one visit into one case, so a second one is a redelivery.
     *
     * @return whether the ticket changed
     */
    public boolean becameCase(String caseId, String caseNumber) {
        if (this.caseId != null) {
            return false;
        }
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.caseNumber = caseNumber;
        return true;
    }

    /** The case the visit became, or {@code null}. */
    public String caseId() {
        return caseId;
    }

    /** That case's number, or {@code null}. */
    public String caseNumber() {
        return caseNumber;
    }

    /** The number shown and called: line prefix and three digits, e.g. {@code B017}. */
    public String label() {
        return labelOf(line, number);
    }

    public static String labelOf(String line, int number) {
        return line + String.format("%03d", number);
    }

    /**
     * Called to a window.
     *
     * @throws ConflictException {@code ticket-not-waiting}
     */
    public void call(String toWindow, String officerSubject, Instant now) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("ticket-not-waiting", "ticket " + label() + " is " + status);
        }
        status = TicketStatus.CALLED;
        window = toWindow;
        calledAt = now;
        record(new TicketCalled(
                id,
                servicePointId,
                label(),
                toWindow,
                Duration.between(issuedAt, now).toSeconds(),
                officerSubject,
                department));
    }

    /**
     * Served at the window, or absent when called.
     *
     * @throws ConflictException {@code ticket-not-called}
     */
    public void finish(boolean absent, String officerSubject, Instant now) {
        if (status != TicketStatus.CALLED) {
            throw new ConflictException("ticket-not-called", "ticket " + label() + " is " + status);
        }
        status = absent ? TicketStatus.ABSENT : TicketStatus.SERVED;
        finishedAt = now;
        record(new Served(
                id,
                servicePointId,
                label(),
                bookingId,
                matterCode,
                absent,
                Duration.between(calledAt, now).toSeconds(),
                officerSubject,
                department));
    }

    /** Booked and its slot has begun: served before walk-ins. */
    public boolean isInItsSlotAt(Instant now) {
        return bookingId != null && slotStart != null && !slotStart.isAfter(now);
    }

    public String id() {
        return id;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public LocalDate day() {
        return day;
    }

    public String line() {
        return line;
    }

    public int number() {
        return number;
    }

    public String matterCode() {
        return matterCode;
    }

    public String department() {
        return department;
    }

    public String bookingId() {
        return bookingId;
    }

    public Instant slotStart() {
        return slotStart;
    }

    public boolean priority() {
        return priority;
    }

    public String principalIdHash() {
        return principalIdHash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public TicketStatus status() {
        return status;
    }

    public String window() {
        return window;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
