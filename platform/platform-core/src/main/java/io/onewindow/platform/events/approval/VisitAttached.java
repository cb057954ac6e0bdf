package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A hall visit was attached to a case filed online (the applicant came to the counter with a queue
 * ticket for it): from now on the case carries the service point, its tier and the window, as a case
 * received from a visit does ({@link ApplicationSubmitted}'s visit fields).
 *
 * @param caseId the case
 * @param caseNumber its number
 * @param matterCode the matter
 * @param department the department responsible for it
 * @param servicePointId the point of the visit
 * @param tier its service tier (4 district, 5 town/street, 6 village/community)
 * @param window the number of the window that attached it
 * @param comprehensiveWindow whether that window is a comprehensive window (综合受理)
 * @param ticketId the visit's queue ticket
 * @param attachedBy username of the window officer
 * @param attachedAt when
 */
@EventType("onewindow.approval.VisitAttached.v1")
public record VisitAttached(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String servicePointId,
        int tier,
        String window,
        boolean comprehensiveWindow,
        String ticketId,
        String attachedBy,
        Instant attachedAt)
        implements CaseEvent {}
