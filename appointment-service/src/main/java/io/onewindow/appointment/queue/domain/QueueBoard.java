package io.onewindow.appointment.queue.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a hall's display shows of one queue line, from that line's tickets of the day: the calls
 * announced last (a recall announces its ticket again, so it shows as the most recent call), the
 * numbers called next in {@link CallingOrder}, and how many wait. Ticket numbers and windows only.
 */
public final class QueueBoard {

    private QueueBoard() {}

    /** One announcement: the ticket number, the window it is called to, and when it was announced. */
    public record Call(String number, String window, Instant at) {}

    /**
     * The last {@code few} tickets announced on the line, most recent first: every ticket called today
     * (also one served or absent since), at its call or, when recalled, at its latest recall; at the same
     * instant the higher number first.
     */
    public static List<Call> nowCalling(List<Ticket> ofLine, int few) {
        return ofLine.stream()
                .filter(t -> t.lastAnnouncedAt() != null)
                .sorted(Comparator.comparing(Ticket::lastAnnouncedAt)
                        .thenComparing(Ticket::number)
                        .reversed())
                .limit(Math.max(0, few))
                .map(t -> new Call(t.label(), t.window(), t.lastAnnouncedAt()))
                .toList();
    }

    /** The numbers of the next {@code few} waiting tickets, in the order they will be called at {@code now}. */
    public static List<String> next(List<Ticket> ofLine, Instant now, int few) {
        Objects.requireNonNull(now, "now");
        return CallingOrder.waitingInOrder(ofLine, now).stream()
                .limit(Math.max(0, few))
                .map(Ticket::label)
                .toList();
    }
}
