package io.onewindow.appointment.queue.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who is called next on a line: priority visitors (elderly, disabled) first; then booked
 * visitors whose slot has begun, by slot; then everyone else (walk-ins, and booked visitors who
 * came early) by the time they took their ticket.
 */
public final class CallingOrder {

    private CallingOrder() {}

    public static Optional<Ticket> next(List<Ticket> waiting, Instant now) {
        return waiting.stream().filter(t -> t.status() == TicketStatus.WAITING).min(order(now));
    }

    /** The waiting tickets among {@code tickets} in the order they will be called at {@code now}. */
    public static List<Ticket> waitingInOrder(List<Ticket> tickets, Instant now) {
        return tickets.stream()
                .filter(t -> t.status() == TicketStatus.WAITING)
                .sorted(order(now))
                .toList();
    }

    public static Comparator<Ticket> order(Instant now) {
        return Comparator.comparing((Ticket t) -> rank(t, now))
                .thenComparing(t -> rank(t, now) == 1 ? t.slotStart() : t.issuedAt())
                .thenComparing(Ticket::issuedAt)
                .thenComparing(Ticket::number);
    }

    private static int rank(Ticket ticket, Instant now) {
        if (ticket.priority()) {
            return 0;
        }
        return ticket.isInItsSlotAt(now) ? 1 : 2;
    }
}
