package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A window officer announced a called ticket again: the visitor has not come up to the window yet. The
 * hall's board shows it again as the most recent call.
 *
 * @param ticketId the ticket (aggregate id)
 * @param servicePointId where
 * @param line the queue line, e.g. {@code B}
 * @param ticketNumber e.g. {@code B017}
 * @param window the window it was called to
 * @param recalls how often it has been recalled, this one included (1 on the first recall)
 * @param officerSubject token subject of the officer
 * @param recalledAt when
 * @param department the department responsible for the matter, in the platform's department codes
 */
@EventType("onewindow.appointment.TicketRecalled.v1")
public record TicketRecalled(
        String ticketId,
        String servicePointId,
        String line,
        String ticketNumber,
        String window,
        int recalls,
        String officerSubject,
        Instant recalledAt,
        String department)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
