package io.onewindow.approval.counter.domain;

import java.time.Instant;
import java.util.List;

/**
 * A queue ticket issued at a hall, as approval knows it from appointment-service: the visit a window
 * officer may turn into a case.
 *
 * @param ticketId the ticket
 * @param ticketNumber its number as called, e.g. {@code B017}
 * @param servicePointId where it was issued
 * @param matterCode the matter the visitor came for
 * @param bookingId the booking checked in, or {@code null} for a walk-in
 * @param principalIdHash the keyed pseudonym of the visitor's ID number, checked at check-in
 * @param department the department responsible for the matter
 * @param issuedAt when it was issued
 * @param caseId the case the visit became (the first part's, for a linked filing), or {@code null} while
 *     it has not
 * @param linkedBusiness the linked business (一号联办) whose parts the visitor checked in with this one
 *     ticket at a comprehensive window, or {@code null}
 * @param linkedParts those parts, in visiting order (the first is {@code matterCode}); empty for a ticket
 *     of one matter
 */
public record HallTicket(
        String ticketId,
        String ticketNumber,
        String servicePointId,
        String matterCode,
        String bookingId,
        String principalIdHash,
        String department,
        Instant issuedAt,
        String caseId,
        String linkedBusiness,
        List<Part> linkedParts) {

    public HallTicket {
        linkedParts = linkedParts == null ? List.of() : List.copyOf(linkedParts);
    }

    /**
     * A part of a linked booking this ticket serves.
     *
     * @param matterCode the part's matter
     * @param department its department
     * @param bookingId its booking
     */
    public record Part(String matterCode, String department, String bookingId) {}

    /** Whether the visitor checked in the parts of a linked business with this ticket. */
    public boolean linked() {
        return !linkedParts.isEmpty();
    }
}
