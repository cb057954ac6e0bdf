package io.onewindow.approval.cases.domain;

import java.util.Objects;

/**
 * The hall visit a case was received from (a visit becomes a case): the checked-in queue ticket, the
 * service point and its tier, and the window that received it.
 *
 * @param ticketId the queue ticket
 * @param ticketNumber its number as called, e.g. {@code B017}
 * @param servicePointId the service point
 * @param tier the point's service tier: 4 district, 5 town/street, 6 village/community
 * @param window the number of the receiving window
 * @param comprehensive whether that window is a comprehensive window (综合受理窗口), which receives
 *     matters of every department offered at the point for their back offices
 * @param receivedBy username of the window officer who received the visit (filed the case, or attached
 *     the visit to the applicant's online case)
 */
public record Visit(
        String ticketId,
        String ticketNumber,
        String servicePointId,
        int tier,
        String window,
        boolean comprehensive,
        String receivedBy) {

    public Visit {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(receivedBy, "receivedBy");
    }
}
