package io.onewindow.approval.counter.domain;

import java.time.Instant;

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
 * @param caseId the case the visit became, or {@code null} while it has not
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
        String caseId) {}
