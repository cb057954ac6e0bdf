package io.onewindow.appointment.queue.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.events.appointment.TicketRecalled;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A queue ticket at a service point: issued at check-in or to a walk-in, called, then served or absent.
 * A linked ticket serves every part of a linked booking (一号联办) checked in at once at a comprehensive
 * window: it stands on the first part's line and carries that part's matter, booking and department
 * (so one call and one finish serve the visit), and lists all the parts. The visit becomes a case at
 * approval-service, or, for a linked filing (联办件), one case per department under one linked number.
 */
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
    private final String linkedBusiness;
    private final List<LinkedPart> linkedParts;
    private String linkedNumber;
    private final List<VisitCase> cases;
    private int recalls;
    private Instant recalledAt;

    /** Rebuilds a ticket stored before recalls were kept (never recalled); records no event. */
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
            String caseNumber,
            String linkedBusiness,
            List<LinkedPart> linkedParts,
            String linkedNumber,
            List<VisitCase> cases) {
        this(
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
                issuedAt,
                status,
                window,
                calledAt,
                finishedAt,
                caseId,
                caseNumber,
                linkedBusiness,
                linkedParts,
                linkedNumber,
                cases,
                0,
                null);
    }

    /** Rebuilds a ticket from storage, with how often it was recalled and when last; records no event. */
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
            String caseNumber,
            String linkedBusiness,
            List<LinkedPart> linkedParts,
            String linkedNumber,
            List<VisitCase> cases,
            int recalls,
            Instant recalledAt) {
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
        this.linkedBusiness = linkedBusiness;
        this.linkedParts = linkedParts == null ? List.of() : List.copyOf(linkedParts);
        this.linkedNumber = linkedNumber;
        this.cases = new ArrayList<>(cases == null ? List.of() : cases);
        if (this.cases.isEmpty() && caseId != null) {
            this.cases.add(new VisitCase(caseId, caseNumber, null));
        }
        this.recalls = recalls;
        this.recalledAt = recalledAt;
        if (this.linkedParts.size() == 1) {
            throw new IllegalArgumentException("a linked ticket serves at least two parts");
        }
    }

    /** A new waiting ticket for one booking or one walk-in; records {@link TicketIssued}. */
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
                null,
                null,
                List.of(),
                null,
                List.of());
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
     * A new waiting ticket for every part of a linked booking checked in at once, on {@code line} (the
     * first part's); the ticket's matter, booking and department are the first part's. Records {@link
     * TicketIssued} with the linked business and every part.
     *
     * @param parts the parts in the linked business's visiting order, at least two, each booking once
     */
    public static Ticket issueLinked(
            String id,
            String servicePointId,
            LocalDate day,
            String line,
            int number,
            String linkedBusiness,
            List<LinkedPart> parts,
            Instant slotStart,
            boolean priority,
            String principalIdHash,
            String officerSubject,
            Instant now) {
        Objects.requireNonNull(linkedBusiness, "linkedBusiness");
        if (parts.size() < 2
                || new HashSet<>(parts.stream().map(LinkedPart::matterCode).toList()).size() != parts.size()) {
            throw new IllegalArgumentException("a linked ticket serves at least two different matters");
        }
        List<String> bookings = parts.stream()
                .map(LinkedPart::bookingId)
                .filter(Objects::nonNull)
                .toList();
        if (new HashSet<>(bookings).size() != bookings.size()) {
            throw new IllegalArgumentException("a linked ticket serves each booking once");
        }
        LinkedPart first = parts.get(0);
        Ticket ticket = new Ticket(
                id,
                servicePointId,
                day,
                line,
                number,
                first.matterCode(),
                first.department(),
                first.bookingId(),
                slotStart,
                priority,
                principalIdHash,
                now,
                TicketStatus.WAITING,
                null,
                null,
                null,
                null,
                null,
                linkedBusiness,
                parts,
                null,
                List.of());
        ticket.record(new TicketIssued(
                id,
                servicePointId,
                ticket.label(),
                first.matterCode(),
                first.bookingId(),
                priority,
                principalIdHash,
                officerSubject,
                first.department(),
                linkedBusiness,
                parts.stream()
                        .map(p -> new TicketIssued.LinkedPart(p.bookingId(), p.matterCode(), p.department()))
                        .toList()));
        return ticket;
    }

    /**
     * The visit became the case {@code caseId} (a window officer received it from this ticket), part of
     * the linked filing {@code linkedNumber} when not {@code null}. The first case stays the ticket's
     * case: approval turns one visit into one case, so another case without the ticket's linked number
     * is a redelivery or a mistake and changes nothing. A linked filing is one case per department
     * under one linked number: each of them joins {@link #cases()} once, in the order they arrive.
     *
     * @return whether the ticket changed (a redelivered case changes nothing)
     */
    public boolean becameCase(String caseId, String caseNumber, String matterCode, String linkedNumber) {
        Objects.requireNonNull(caseId, "caseId");
        boolean known = cases.stream().anyMatch(c -> c.caseId().equals(caseId));
        if (this.caseId == null) {
            this.caseId = caseId;
            this.caseNumber = caseNumber;
            this.linkedNumber = linkedNumber;
            cases.add(new VisitCase(caseId, caseNumber, matterCode));
            return true;
        }
        if (known) {
            if (linkedNumber != null && this.linkedNumber == null && caseId.equals(this.caseId)) {
                this.linkedNumber = linkedNumber; // the first case again, now naming its linked filing
                return true;
            }
            return false;
        }
        if (linkedNumber == null || !linkedNumber.equals(this.linkedNumber)) {
            return false;
        }
        cases.add(new VisitCase(caseId, caseNumber, matterCode));
        return true;
    }

    /** The code of the linked business whose parts this ticket serves, or {@code null} for a single ticket. */
    public String linkedBusiness() {
        return linkedBusiness;
    }

    /** The parts of a linked booking it serves, in visiting order (the first is its own); empty when single. */
    public List<LinkedPart> linkedParts() {
        return linkedParts;
    }

    /** Whether it serves the parts of a linked booking. */
    public boolean linked() {
        return !linkedParts.isEmpty();
    }

    /** The number of the linked filing (联办件) the visit became, or {@code null}. */
    public String linkedNumber() {
        return linkedNumber;
    }

    /** Every case the visit became, in the order approval-service reported them (the first is {@link #caseId()}). */
    public List<VisitCase> cases() {
        return List.copyOf(cases);
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

    /**
     * Announced again: the visitor called to {@link #window()} has not come up yet. Counts the recall;
     * records {@link TicketRecalled}. Only a called ticket not yet finished is recalled.
     *
     * @throws ConflictException {@code ticket-not-recallable} when it is waiting, served or absent
     */
    public void recall(String officerSubject, Instant now) {
        if (status != TicketStatus.CALLED) {
            throw new ConflictException(
                    "ticket-not-recallable", "ticket " + label() + " is " + status, label(), status.name());
        }
        recalls++;
        recalledAt = now;
        record(new TicketRecalled(id, servicePointId, line, label(), window, recalls, officerSubject, now, department));
    }

    /** How often it was recalled since its call. */
    public int recalls() {
        return recalls;
    }

    /** When it was last recalled, or {@code null}. */
    public Instant recalledAt() {
        return recalledAt;
    }

    /** When it was last announced to the hall (its call, or its latest recall), or {@code null} if never called. */
    public Instant lastAnnouncedAt() {
        return recalledAt != null ? recalledAt : calledAt;
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
