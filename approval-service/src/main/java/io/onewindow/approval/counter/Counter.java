package io.onewindow.approval.counter;

import io.onewindow.approval.counter.domain.HallTicket;
import io.onewindow.approval.counter.domain.HallWindow;
import io.onewindow.approval.servicepoint.KnownServicePoints;
import io.onewindow.approval.servicepoint.domain.KnownServicePoint;
import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.service.UseCase;
import java.time.Instant;
import java.util.Optional;

/**
 * The hall counter as approval sees it: the queue tickets issued at the halls, where each window
 * officer is posted, and the windows of each point (from the known service points). What a window
 * officer needs to turn a visit into a case; kept from appointment-service's events.
 */
@UseCase
public class Counter {

    private final HallTicketStore tickets;
    private final StaffPostStore posts;
    private final KnownServicePoints halls;

    Counter(HallTicketStore tickets, StaffPostStore posts, KnownServicePoints halls) {
        this.tickets = tickets;
        this.posts = posts;
        this.halls = halls;
    }

    void ticketIssued(TicketIssued ticket, Instant at) {
        tickets.issued(ticket, at);
    }

    void staffRecorded(StaffAssignmentsRecorded staff) {
        posts.recorded(staff);
    }

    /** The ticket, if approval has heard of it. */
    public Optional<HallTicket> ticket(String ticketId) {
        return tickets.find(ticketId);
    }

    /** Whether {@code username} is posted at window {@code window} of {@code servicePointId}. */
    public boolean posted(String username, String servicePointId, String window) {
        return posts.holds(username, servicePointId, window);
    }

    /** Whether {@code username} holds a comprehensive window (综合受理窗口) of the open point {@code servicePointId}. */
    public boolean atComprehensiveWindow(String username, String servicePointId) {
        return posts.windowsAt(username, servicePointId).stream()
                .anyMatch(number -> window(servicePointId, number)
                        .map(HallWindow::comprehensive)
                        .orElse(false));
    }

    /** The window {@code number} of the open point, if both exist. */
    public Optional<HallWindow> window(String servicePointId, String number) {
        return halls.find(servicePointId)
                .filter(KnownServicePoint::open)
                .flatMap(point -> point.window(number)
                        .map(w -> new HallWindow(
                                point.id(),
                                point.tier(),
                                w.number(),
                                w.comprehensive(),
                                w.department(),
                                w.delivery())));
    }

    /** Whether the open point offers the matter. */
    public boolean offers(String servicePointId, String matterCode) {
        return halls.find(servicePointId).map(p -> p.offers(matterCode)).orElse(false);
    }

    /** Marks the visit as becoming {@code caseId}; {@code false} when it became a case already. */
    public boolean claim(String ticketId, String caseId) {
        return tickets.claim(ticketId, caseId);
    }

    /** Replaces a provisional claim by the case the visit became. */
    public void settle(String ticketId, String claim, String caseId) {
        tickets.settle(ticketId, claim, caseId);
    }

    /** Gives a claimed visit back when its case could not be filed. */
    public void release(String ticketId, String caseId) {
        tickets.release(ticketId, caseId);
    }
}
