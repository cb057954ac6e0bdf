package io.onewindow.appointment.queue.web;

import io.onewindow.appointment.queue.CheckInDesk;
import io.onewindow.appointment.queue.QueueDesk;
import io.onewindow.appointment.queue.domain.Officer;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.web.ResidentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Arrival and queue at the hall: window officers check in, issue, call and finish tickets. */
@RestController
@Validated
@Tag(name = "Queue", description = "Check-in with booking code and ID card, queue tickets, live status")
class QueueController {

    private final CheckInDesk checkIns;
    private final QueueDesk queue;

    QueueController(CheckInDesk checkIns, QueueDesk queue) {
        this.checkIns = checkIns;
        this.queue = queue;
    }

    /**
     * A queue ticket as shown to officers: for a linked ticket (一号联办) the linked business and every
     * part it serves (the first is its own matter and booking); once the visit became cases at
     * approval-service, the first case, the linked filing's number and every case.
     */
    record TicketView(
            String id,
            String number,
            String servicePointId,
            String matterCode,
            String bookingId,
            boolean priority,
            String status,
            String window,
            Instant issuedAt,
            String caseId,
            String caseNumber,
            String linkedBusiness,
            List<PartView> linkedParts,
            String linkedNumber,
            List<CaseView> cases,
            Instant calledAt,
            int recalls) {

        static TicketView of(Ticket t) {
            return new TicketView(
                    t.id(),
                    t.label(),
                    t.servicePointId(),
                    t.matterCode(),
                    t.bookingId(),
                    t.priority(),
                    t.status().name(),
                    t.window(),
                    t.issuedAt(),
                    t.caseId(),
                    t.caseNumber(),
                    t.linkedBusiness(),
                    t.linkedParts().stream()
                            .map(p -> new PartView(p.bookingId(), p.matterCode(), p.department()))
                            .toList(),
                    t.linkedNumber(),
                    t.cases().stream()
                            .map(c -> new CaseView(c.caseId(), c.caseNumber(), c.matterCode()))
                            .toList(),
                    t.calledAt(),
                    t.recalls());
        }
    }

    /** A part of a linked booking a ticket serves. */
    record PartView(String bookingId, String matterCode, String department) {}

    /** A case the visit became at approval-service. */
    record CaseView(String caseId, String caseNumber, String matterCode) {}

    record CheckInRequest(
            @NotBlank @Pattern(regexp = "[0-9A-Z]{10}") String bookingCode,
            @NotBlank @ResidentId String idNumber,
            Boolean priority) {}

    /**
     * A walk-in: for one matter ({@code matterCode}) or for every part of a linked business served at a
     * comprehensive window ({@code businessCode}), exactly one of them.
     */
    record WalkInRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String servicePointId,

            @Pattern(regexp = "[A-Za-z0-9.-]{1,64}") String matterCode,
            @Pattern(regexp = "[A-Z0-9-]{2,40}") String businessCode,
            @NotBlank @ResidentId String idNumber,
            Boolean priority) {

        @AssertTrue(message = "give exactly one of matterCode and businessCode")
        boolean isOneMatterOrOneBusiness() {
            return (matterCode == null) != (businessCode == null);
        }
    }

    record CallRequest(
            @NotNull @Pattern(regexp = "[0-9A-Za-z-]{1,10}") String window) {}

    record FinishRequest(@NotNull Boolean absent) {}

    /**
     * A ticket in the officer's queue: what the window needs to call and serve it, and no ID number,
     * name or hash of the visitor. {@code booked} is false for a walk-in; {@code calledAt} and {@code
     * window} are null while it waits.
     */
    record QueueTicketView(
            String id,
            String number,
            String matterCode,
            boolean priority,
            boolean booked,
            Instant issuedAt,
            Instant calledAt,
            String window,
            int recalls) {

        static QueueTicketView of(Ticket t) {
            return new QueueTicketView(
                    t.id(),
                    t.label(),
                    t.matterCode(),
                    t.priority(),
                    t.bookingId() != null,
                    t.issuedAt(),
                    t.calledAt(),
                    t.window(),
                    t.recalls());
        }
    }

    /** One line of the officer's queue: waiting in calling order, and called but not finished. */
    record OfficerLineView(String line, List<QueueTicketView> waiting, List<QueueTicketView> called) {}

    /** Today's queue at a point as an officer posted there sees it: his windows and the lines he may call. */
    record OfficerQueueView(String servicePointId, List<String> windows, List<OfficerLineView> lines) {

        static OfficerQueueView of(QueueDesk.OfficerQueue queue) {
            return new OfficerQueueView(
                    queue.servicePointId(),
                    queue.windows(),
                    queue.lines().stream()
                            .map(l -> new OfficerLineView(
                                    l.line(),
                                    l.waiting().stream()
                                            .map(QueueTicketView::of)
                                            .toList(),
                                    l.called().stream().map(QueueTicketView::of).toList()))
                            .toList());
        }
    }

    /** A call shown on the hall's board: ticket number, window, and when it was announced (called or recalled). */
    record BoardCallView(String number, String window, Instant at) {}

    /** One line of the hall's board. */
    record BoardLineView(
            String line, List<BoardCallView> nowCalling, List<String> next, int waiting, long estimatedWaitMinutes) {}

    /** What a hall's display shows: per line, now calling, next, waiting and the estimated wait. */
    record BoardView(String servicePointId, List<BoardLineView> lines) {}

    /** The live status of one line. */
    record LineView(String line, String nowServing, int waiting, long estimatedWaitMinutes) {}

    @PostMapping("/api/appointments/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Check a visitor in",
            description = "Booking code AND the ID number read from the card: another person's card is refused "
                    + "(403 check-in-identity-mismatch) and recorded, and no ticket is issued. Issues the queue "
                    + "ticket. The officer must hold a post at the booking's point (403 not-posted-here). A "
                    + "department window checks in its department's part of a linked booking (一号联办); an "
                    + "officer at a comprehensive window (综合受理窗口) checks in every part still booked at once: "
                    + "the card is read once, one ticket on the first part's line carries `linkedBusiness` and "
                    + "`linkedParts`, and every part is checked in with its number (all or nothing).")
    TicketView checkIn(@Valid @RequestBody CheckInRequest body, @AuthenticationPrincipal Caller caller) {
        return TicketView.of(checkIns.checkIn(
                body.bookingCode(),
                ResidentIdNumber.of(body.idNumber()),
                Boolean.TRUE.equals(body.priority()),
                officer(caller)));
    }

    @PostMapping("/api/appointments/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Issue a walk-in ticket",
            description = "For a visitor without a booking: for one `matterCode` (an officer of its department, or"
                    + " holding a comprehensive window at the point), or for every part of a linked business"
                    + " (`businessCode`, 一号联办) by an officer holding a comprehensive window there (403"
                    + " linked-needs-comprehensive-window otherwise; 400 unknown-linked-business): one ticket, on"
                    + " the first part's line, with `linkedBusiness` and `linkedParts` (no bookings).")
    TicketView walkIn(@Valid @RequestBody WalkInRequest body, @AuthenticationPrincipal Caller caller) {
        if (body.businessCode() != null) {
            return TicketView.of(queue.issueLinkedWalkInTicket(
                    body.servicePointId(),
                    body.businessCode(),
                    ResidentIdNumber.of(body.idNumber()),
                    Boolean.TRUE.equals(body.priority()),
                    officer(caller)));
        }
        return TicketView.of(queue.issueWalkInTicket(
                body.servicePointId(),
                body.matterCode(),
                ResidentIdNumber.of(body.idNumber()),
                Boolean.TRUE.equals(body.priority()),
                officer(caller)));
    }

    @PostMapping("/api/appointments/service-points/{id}/lines/{line}/call")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Call the next ticket",
            description = "Priority visitors first, then booked visitors in their slot, then the rest in ticket "
                    + "order. 204 when nobody waits.")
    ResponseEntity<TicketView> callNext(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @PathVariable @Pattern(regexp = "[A-Z]") String line,
            @Valid @RequestBody CallRequest body,
            @AuthenticationPrincipal Caller caller) {
        return queue.callNext(id, line, body.window(), officer(caller))
                .map(t -> ResponseEntity.ok(TicketView.of(t)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/appointments/tickets/{ticketId}")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "One queue ticket, with the case(s) the visit became",
            description = "For officers posted at the ticket's service point (403 not-posted-here otherwise). "
                    + "A linked ticket shows `linkedBusiness` and its `linkedParts`. `caseId` and `caseNumber` "
                    + "appear once a window officer received the visit as a case at approval-service; `cases` "
                    + "lists every case the visit became, and `linkedNumber` the linked filing (联办件) of a "
                    + "linked visit, whose cases (one per department) all appear, each once.")
    TicketView ticket(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String ticketId, @AuthenticationPrincipal Caller caller) {
        return TicketView.of(queue.ticket(ticketId, officer(caller)));
    }

    @PostMapping("/api/appointments/tickets/{ticketId}/finish")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Mark a called ticket served or absent",
            description = "A linked ticket is called and finished once for all its parts; its `TicketCalled` "
                    + "and `Served` name the first part's booking and department.")
    TicketView finish(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String ticketId,
            @Valid @RequestBody FinishRequest body,
            @AuthenticationPrincipal Caller caller) {
        return TicketView.of(queue.finish(ticketId, body.absent(), officer(caller)));
    }

    @GetMapping("/api/appointments/service-points/{id}/queue")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Today's queue at a point, for its window officers",
            description = "For a window officer posted at the point (403 not-posted-here otherwise). `windows`: the"
                    + " windows he holds there. `lines`: the lines he may call from them (every line of the point when"
                    + " one is a comprehensive window, else the lines with a matter of his department), each with"
                    + " `waiting` in the order call next takes them (priority, then booked visitors in their slot, then"
                    + " ticket order) and `called` (called, not yet served or absent, with the window, in call order)."
                    + " No ID number or name of a visitor. Not paged: one day of one point.")
    OfficerQueueView officerQueue(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id, @AuthenticationPrincipal Caller caller) {
        return OfficerQueueView.of(queue.officerQueue(id, officer(caller)));
    }

    @PostMapping("/api/appointments/tickets/{ticketId}/recall")
    @PreAuthorize("hasRole('window-officer')")
    @Operation(
            summary = "Recall a called ticket",
            description = "Announces a called ticket again when the visitor has not come up to the window: counts"
                    + " `recalls` and records `TicketRecalled`; the hall's board shows it again as the latest call."
                    + " Who may: as for finish (posted at its point, of its department or holding the comprehensive"
                    + " window it was called to). 409 ticket-not-recallable when it waits or is finished.")
    TicketView recall(
            @PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String ticketId, @AuthenticationPrincipal Caller caller) {
        return TicketView.of(queue.recall(ticketId, officer(caller)));
    }

    @GetMapping("/api/appointments/public/service-points/{id}/board")
    @Operation(
            summary = "The hall's queue board",
            description = "What a hall's display shows, per line of the point: `nowCalling` (the last calls, most"
                    + " recent first, number and window; a recalled ticket shows again as the latest), `next` (the"
                    + " numbers called next, in calling order), `waiting` and `estimatedWaitMinutes`. Ticket numbers"
                    + " only, nothing personal. Public and cacheable for at most two seconds (`Cache-Control: public,"
                    + " max-age=1` by default, ETag, 304). Not paged: one line per queue of the point.")
    BoardView board(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id) {
        return new BoardView(
                id,
                queue.board(id).stream()
                        .map(l -> new BoardLineView(
                                l.line(),
                                l.nowCalling().stream()
                                        .map(c -> new BoardCallView(c.number(), c.window(), c.at()))
                                        .toList(),
                                l.next(),
                                l.waiting(),
                                l.estimatedWait().toMinutes()))
                        .toList());
    }

    @GetMapping("/api/appointments/public/service-points/{id}/queue")
    @Operation(
            summary = "Live queue status",
            description = "Per line: the number now served, people waiting and the estimated wait from recent "
                    + "service times. Public, for the portal and WeChat. Not paged (an exception to the list"
                    + " convention): one line per queue of the point, a screen's worth.")
    List<LineView> status(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String id) {
        return queue.status(id).stream()
                .map(s -> new LineView(
                        s.line(), s.nowServing(), s.waiting(), s.estimatedWait().toMinutes()))
                .toList();
    }

    private static Officer officer(Caller caller) {
        return new Officer(caller.subject(), caller.username(), caller.department());
    }
}
