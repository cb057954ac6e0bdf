package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.util.List;

/**
 * A queue ticket was issued at a service point, for a booking or to a walk-in.
 *
 * @param ticketId the ticket (aggregate id)
 * @param servicePointId where
 * @param ticketNumber line prefix and number, e.g. {@code B017}
 * @param matterCode the matter
 * @param bookingId the booking checked in, or {@code null} for a walk-in
 * @param priority elderly or disabled visitor, called first
 * @param principalIdHash salted hash of the visitor's ID number
 * @param officerSubject token subject of the officer who issued it
 * @param department the department responsible for the matter, in the platform's department codes
 *     (e.g. {@code market-regulation}); {@code null} in events written before it was carried; for a
 *     linked ticket, the first part's
 * @param linkedBusiness the code of the linked business (一号联办, e.g. {@code HOUSING-TRANSFER}) when one
 *     ticket was issued for every part of a linked booking at a comprehensive window, else {@code null}
 * @param linkedParts the parts that ticket serves, in visiting order (the first is {@code matterCode},
 *     {@code bookingId} and {@code department} above); empty or {@code null} for a single ticket
 */
@EventType("onewindow.appointment.TicketIssued.v1")
public record TicketIssued(
        String ticketId,
        String servicePointId,
        String ticketNumber,
        String matterCode,
        String bookingId,
        boolean priority,
        String principalIdHash,
        String officerSubject,
        String department,
        String linkedBusiness,
        List<LinkedPart> linkedParts)
        implements DomainEvent {

    /**
     * A part of a linked booking checked in with one ticket.
     *
     * @param bookingId the part's booking
     * @param matterCode its matter
     * @param department its department
     */
    public record LinkedPart(String bookingId, String matterCode, String department) {}

    /** A ticket for one booking or one walk-in. */
    public TicketIssued(
            String ticketId,
            String servicePointId,
            String ticketNumber,
            String matterCode,
            String bookingId,
            boolean priority,
            String principalIdHash,
            String officerSubject,
            String department) {
        this(
                ticketId,
                servicePointId,
                ticketNumber,
                matterCode,
                bookingId,
                priority,
                principalIdHash,
                officerSubject,
                department,
                null,
                List.of());
    }

    /** Whether the ticket serves the parts of a linked booking. */
    public boolean linked() {
        return linkedParts != null && !linkedParts.isEmpty();
    }

    @Override
    public String aggregateId() {
        return ticketId;
    }
}
