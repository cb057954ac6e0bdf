package io.onewindow.supervision.visits.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How long a visitor waited in a hall's queue: from the ticket's issue to its first call to a window
 * ({@code TicketCalled.waitedSeconds}). A recalled ticket keeps its first wait. No person is named.
 *
 * @param id the queue ticket's id (the key: one wait per ticket)
 * @param servicePointId the hall
 * @param department the department responsible for the ticket's matter, or {@code null} in old events
 * @param calledAt when it was first called
 * @param waitedSeconds seconds from issue to that call
 */
public record HallWait(String id, String servicePointId, String department, Instant calledAt, long waitedSeconds) {

    public HallWait {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(calledAt, "calledAt");
        if (waitedSeconds < 0) {
            throw new IllegalArgumentException("a wait is never negative");
        }
    }
}
