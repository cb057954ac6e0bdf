package io.onewindow.supervision.visits.domain;

import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to one queue ticket in the hall, as timeline entries a case's timeline can show:
 * {@code TicketIssued}, {@code TicketCalled} and {@code Served}, each with the officer as actor.
 *
 * @param id the ticket
 * @param entries the entries, each event once
 */
public record TicketTrail(String id, List<TimelineEntry> entries) {

    public TicketTrail {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The entries in time order (the event id breaks a tie, so the order is the same every time). */
    public List<TimelineEntry> inOrder() {
        return entries.stream()
                .sorted(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TimelineEntry::eventId))
                .toList();
    }

    public static TimelineEntry issued(String eventId, TicketIssued e, Instant at) {
        StringBuilder note = new StringBuilder("ticket ")
                .append(e.ticketNumber())
                .append(" at ")
                .append(e.servicePointId());
        note.append(e.bookingId() == null ? ", walk-in" : ", booking " + e.bookingId());
        if (e.linkedBusiness() != null) {
            note.append(", linked business ").append(e.linkedBusiness());
        }
        if (e.priority()) {
            note.append(", priority");
        }
        return new TimelineEntry(eventId, "TicketIssued", at, e.officerSubject(), note.toString());
    }

    public static TimelineEntry called(String eventId, TicketCalled e, Instant at) {
        String note = "ticket " + e.ticketNumber() + " called to window " + e.window() + " after "
                + minutes(e.waitedSeconds()) + " waiting";
        return new TimelineEntry(eventId, "TicketCalled", at, e.officerSubject(), note);
    }

    public static TimelineEntry served(String eventId, Served e, Instant at) {
        String note = e.absent()
                ? "ticket " + e.ticketNumber() + ": the visitor did not come to the window"
                : "ticket " + e.ticketNumber() + " served in " + minutes(e.serviceSeconds());
        return new TimelineEntry(eventId, "Served", at, e.officerSubject(), note);
    }

    private static String minutes(long seconds) {
        long minutes = Duration.ofSeconds(Math.max(0, seconds)).toMinutes();
        return minutes + " min";
    }
}
