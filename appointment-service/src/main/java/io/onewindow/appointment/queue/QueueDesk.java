package io.onewindow.appointment.queue;

import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.queue.domain.CallingOrder;
import io.onewindow.appointment.queue.domain.LinkedPart;
import io.onewindow.appointment.queue.domain.Officer;
import io.onewindow.appointment.queue.domain.QueueBoard;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.queue.domain.TicketStatus;
import io.onewindow.appointment.queue.domain.WaitEstimate;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Window;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Walk-in tickets, calling the next ticket, marking served or absent, and the live queue status. */
@UseCase
public class QueueDesk {

    private final TicketStore tickets;
    private final ServicePointDirectory points;
    private final IdentityHasher hasher;
    private final Clock clock;
    private final ZoneId zone;
    private final int recentServices;
    private final int boardNowCalling;
    private final int boardNext;
    private final StaffPosts staff;

    QueueDesk(
            TicketStore tickets,
            ServicePointDirectory points,
            IdentityHasher hasher,
            Clock clock,
            ServiceProperties service,
            AppointmentSettings settings,
            StaffPosts staff) {
        this.staff = staff;
        this.tickets = tickets;
        this.points = points;
        this.hasher = hasher;
        this.clock = clock;
        this.zone = service.timeZone();
        this.recentServices = settings.queueRecentServices();
        this.boardNowCalling = settings.boardNowCalling();
        this.boardNext = settings.boardNext();
    }

    /**
     * A ticket for someone who came without a booking, issued by an officer posted at the point
     * ({@code not-posted-here} otherwise) who serves the matter: of its department, or holding a
     * comprehensive window (综合受理窗口) there, which serves every matter offered at the point.
     */
    public Ticket issueWalkInTicket(
            String servicePointId, String matterCode, ResidentIdNumber visitor, boolean priority, Officer officer) {
        ServicePoint point = points.require(servicePointId);
        MatterOffer matter = point.offer(matterCode)
                .orElseThrow(() -> new InvalidValueException("unknown-matter", "matterCode", "not served here"));
        requirePostedAt(officer, point.id());
        if (!staff.postsOf(officer.username()).atComprehensiveWindowOf(point)) {
            requireServes(officer, matter.department());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int number = tickets.nextNumber(point.id(), today, matter.line());
        Ticket ticket = Ticket.issue(
                UUID.randomUUID().toString(),
                point.id(),
                today,
                matter.line(),
                number,
                matter.code(),
                matter.department(),
                null,
                null,
                priority,
                hasher.principal(visitor).idHash(),
                officer.subject(),
                now);
        tickets.add(ticket);
        return ticket;
    }

    /**
     * One ticket for every part of the linked business {@code businessCode} (一号联办) for someone who came
     * without a booking, issued by an officer holding a comprehensive window (综合受理窗口) at the point,
     * which serves every part; on the line of the first part in visiting order, with no booking.
     *
     * @throws InvalidValueException {@code unknown-linked-business} when the point has no such business
     * @throws AccessRefusedException {@code not-posted-here}; {@code linked-needs-comprehensive-window}
     *     when the officer holds no comprehensive window there (a department window serves its own part)
     */
    public Ticket issueLinkedWalkInTicket(
            String servicePointId, String businessCode, ResidentIdNumber visitor, boolean priority, Officer officer) {
        ServicePoint point = points.require(servicePointId);
        LinkedBusiness business = point.linkedBusiness(businessCode)
                .orElseThrow(() -> new InvalidValueException(
                        "unknown-linked-business", "businessCode", "this point has no such linked business"));
        requirePostedAt(officer, point.id());
        if (!staff.postsOf(officer.username()).atComprehensiveWindowOf(point)) {
            throw new AccessRefusedException(
                    "linked-needs-comprehensive-window",
                    "the parts of a linked business are served together at a comprehensive window");
        }
        List<LinkedPart> parts = business.matterCodes().stream()
                .map(code -> point.offer(code).orElseThrow())
                .map(offer -> new LinkedPart(null, offer.code(), offer.department()))
                .toList();
        MatterOffer first = point.offer(parts.get(0).matterCode()).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Ticket ticket = Ticket.issueLinked(
                UUID.randomUUID().toString(),
                point.id(),
                today,
                first.line(),
                tickets.nextNumber(point.id(), today, first.line()),
                business.code(),
                parts,
                null,
                priority,
                hasher.principal(visitor).idHash(),
                officer.subject(),
                now);
        tickets.add(ticket);
        return ticket;
    }

    /**
     * Calls the next ticket of a line to a window the officer holds at the point ({@code
     * not-posted-here} otherwise, nothing written). Two officers calling at once never get the
     * same ticket: the call is a version-checked write, and the loser takes the next one (after
     * the store's last attempt, 409 {@code changed-concurrently}).
     */
    public Optional<Ticket> callNext(String servicePointId, String line, String window, Officer officer) {
        ServicePoint point = points.require(servicePointId);
        List<MatterOffer> onLine =
                point.matters().stream().filter(m -> m.line().equals(line)).toList();
        if (onLine.isEmpty()) {
            throw new NotFoundException("queue line", line);
        }
        if (point.window(window).isEmpty() || !staff.postsOf(officer.username()).holds(servicePointId, window)) {
            throw new AccessRefusedException(
                    "not-posted-here", "the officer does not hold window " + window + " at " + servicePointId);
        }
        boolean comprehensive = point.window(window).map(Window::comprehensive).orElse(false);
        if (!comprehensive && onLine.stream().noneMatch(m -> officer.serves(m.department()))) {
            throw new AccessRefusedException("not-your-line", "this line belongs to another department");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return tickets.changeChosenWaiting(
                servicePointId,
                today,
                line,
                waiting -> CallingOrder.next(waiting, now),
                ticket -> ticket.call(window, officer.subject(), now));
    }

    /**
     * Marks a called ticket served, or absent when the visitor did not come to the window; only by an
     * officer of its department posted at its point.
     */
    public Ticket finish(String ticketId, boolean absent, Officer officer) {
        StaffAssignment posts = staff.postsOf(officer.username());
        return tickets.change(ticketId, ticket -> {
            requireMayFinish(ticket, posts, officer);
            ticket.finish(absent, officer.subject(), clock.instant());
        });
    }

    /**
     * Announces a called ticket again (the visitor has not come up to the window yet), counting the
     * recall; by an officer who may finish it (posted at its point, of its department or holding the
     * comprehensive window it was called to). Records {@code TicketRecalled}.
     *
     * @throws io.onewindow.platform.domain.ConflictException {@code ticket-not-recallable} unless called
     *     and not finished
     * @throws NotFoundException for an unknown ticket
     */
    public Ticket recall(String ticketId, Officer officer) {
        StaffAssignment posts = staff.postsOf(officer.username());
        return tickets.change(ticketId, ticket -> {
            requireMayFinish(ticket, posts, officer);
            ticket.recall(officer.subject(), clock.instant());
        });
    }

    private void requireMayFinish(Ticket ticket, StaffAssignment posts, Officer officer) {
        if (!posts.postedAt(ticket.servicePointId())) {
            throw new AccessRefusedException(
                    "not-posted-here", "the officer holds no post at " + ticket.servicePointId());
        }
        // Called to a comprehensive window he holds: he serves it, whatever its department.
        boolean atHisComprehensiveWindow = ticket.window() != null
                && posts.holds(ticket.servicePointId(), ticket.window())
                && points.find(ticket.servicePointId())
                        .flatMap(p -> p.window(ticket.window()))
                        .map(Window::comprehensive)
                        .orElse(false);
        if (!atHisComprehensiveWindow) {
            requireServes(officer, ticket.department());
        }
    }

    /**
     * A ticket as the officers of its point see it (with the case the visit became, if any); only
     * for an officer posted at the ticket's point ({@code not-posted-here} otherwise).
     *
     * @throws NotFoundException for an unknown ticket
     */
    public Ticket ticket(String ticketId, Officer officer) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        requirePostedAt(officer, ticket.servicePointId());
        return ticket;
    }

    /**
     * The visit of {@code ticketId} became the case {@code caseId} at approval (a window officer
     * received it from the ticket), one department's case of the linked filing {@code linkedNumber}
     * when not {@code null}: the ticket shows its case, and every case of its linked filing once. A
     * ticket this service does not know is left alone, as is a case it shows already.
     *
     * @return whether a ticket changed
     */
    public boolean visitBecameCase(
            String ticketId, String caseId, String caseNumber, String matterCode, String linkedNumber) {
        return tickets.changeIf(ticketId, ticket -> ticket.becameCase(caseId, caseNumber, matterCode, linkedNumber));
    }

    /**
     * The live status of one line.
     *
     * @param nowServing the label of the ticket called last, or {@code null}
     * @param waiting people waiting
     * @param estimatedWait estimated wait for someone taking a ticket now
     */
    public record LineStatus(String line, String nowServing, int waiting, Duration estimatedWait) {}

    /** What the portal and WeChat show: per line, now serving, waiting and the estimated wait. */
    public List<LineStatus> status(String servicePointId) {
        ServicePoint point = points.require(servicePointId);
        Map<String, List<Ticket>> byLine = byLine(tickets.ofDay(servicePointId, today()));
        List<LineStatus> lines = new ArrayList<>();
        plannedMinutes(point).forEach((line, planned) -> {
            List<Ticket> ofLine = byLine.getOrDefault(line, List.of());
            String nowServing = ofLine.stream()
                    .filter(t -> t.calledAt() != null)
                    .max(Comparator.comparing(Ticket::calledAt).thenComparing(Ticket::number))
                    .map(Ticket::label)
                    .orElse(null);
            int waiting = waitingCount(ofLine);
            lines.add(new LineStatus(line, nowServing, waiting, estimatedWait(ofLine, waiting, planned)));
        });
        return lines;
    }

    /**
     * One line of a hall's board.
     *
     * @param nowCalling the calls announced last, most recent first ({@link QueueBoard#nowCalling})
     * @param next the numbers called next, in calling order ({@link QueueBoard#next})
     * @param waiting people waiting
     * @param estimatedWait estimated wait for someone taking a ticket now
     */
    public record BoardLine(
            String line, List<QueueBoard.Call> nowCalling, List<String> next, int waiting, Duration estimatedWait) {}

    /**
     * What a hall's display shows, per line of the point: now calling, next, waiting and the estimated
     * wait; ticket numbers and windows only. One read of the day's tickets; the point itself (its lines
     * and planned minutes) from the copy read at most {@code service-point-max-age} ago.
     *
     * @throws NotFoundException for an unknown point
     */
    public List<BoardLine> board(String servicePointId) {
        ServicePoint point = points.requireRecent(servicePointId);
        Instant now = clock.instant();
        Map<String, List<Ticket>> byLine = byLine(tickets.ofDay(servicePointId, LocalDate.ofInstant(now, zone)));
        List<BoardLine> lines = new ArrayList<>();
        plannedMinutes(point).forEach((line, planned) -> {
            List<Ticket> ofLine = byLine.getOrDefault(line, List.of());
            int waiting = waitingCount(ofLine);
            lines.add(new BoardLine(
                    line,
                    QueueBoard.nowCalling(ofLine, boardNowCalling),
                    QueueBoard.next(ofLine, now, boardNext),
                    waiting,
                    estimatedWait(ofLine, waiting, planned)));
        });
        return lines;
    }

    /**
     * Today's queue at a point as an officer posted there sees it.
     *
     * @param windows the windows he holds at the point (those he may call to)
     * @param lines the lines he may call from one of them, in line order
     */
    public record OfficerQueue(String servicePointId, List<String> windows, List<OfficerLine> lines) {}

    /**
     * One line of the officer's queue.
     *
     * @param waiting the waiting tickets in the order {@code call next} takes them ({@link CallingOrder})
     * @param called the tickets called and not yet served or absent, in the order they were called
     */
    public record OfficerLine(String line, List<Ticket> waiting, List<Ticket> called) {}

    /**
     * Today's queue at a point for an officer posted there ({@code not-posted-here} otherwise): the lines
     * he may call, as {@link #callNext} decides, from the windows he holds there (every line of the point
     * when one is a comprehensive window; otherwise the lines with a matter of his department), each with
     * its waiting tickets in calling order and its tickets called but not finished.
     *
     * @throws NotFoundException for an unknown point
     */
    public OfficerQueue officerQueue(String servicePointId, Officer officer) {
        ServicePoint point = points.require(servicePointId);
        StaffAssignment posts = staff.postsOf(officer.username());
        if (!posts.postedAt(point.id())) {
            throw new AccessRefusedException("not-posted-here", "the officer holds no post at " + servicePointId);
        }
        List<String> windows = posts.posts().stream()
                .filter(p -> p.servicePointId().equals(point.id()))
                .map(StaffAssignment.Post::window)
                .filter(w -> point.window(w).isPresent())
                .toList();
        boolean comprehensive = posts.atComprehensiveWindowOf(point);
        Instant now = clock.instant();
        Map<String, List<Ticket>> byLine = byLine(tickets.ofDay(servicePointId, LocalDate.ofInstant(now, zone)));
        List<OfficerLine> lines = point.matters().stream()
                .filter(m -> comprehensive || officer.serves(m.department()))
                .map(MatterOffer::line)
                .distinct()
                .sorted()
                .map(line -> {
                    List<Ticket> ofLine = byLine.getOrDefault(line, List.of());
                    List<Ticket> called = ofLine.stream()
                            .filter(t -> t.status() == TicketStatus.CALLED)
                            .sorted(Comparator.comparing(Ticket::calledAt).thenComparing(Ticket::number))
                            .toList();
                    return new OfficerLine(line, CallingOrder.waitingInOrder(ofLine, now), called);
                })
                .toList();
        return new OfficerQueue(point.id(), windows, lines);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static Map<String, List<Ticket>> byLine(List<Ticket> ofDay) {
        return ofDay.stream().collect(Collectors.groupingBy(Ticket::line, TreeMap::new, Collectors.toList()));
    }

    /** Per line of the point (in line order), the longest planned visit of its matters. */
    private static Map<String, Integer> plannedMinutes(ServicePoint point) {
        Map<String, Integer> planned = new TreeMap<>();
        point.matters().forEach(m -> planned.merge(m.line(), m.minutesPerVisit(), Math::max));
        return planned;
    }

    private static int waitingCount(List<Ticket> ofLine) {
        return (int)
                ofLine.stream().filter(t -> t.status() == TicketStatus.WAITING).count();
    }

    private Duration estimatedWait(List<Ticket> ofLine, int waiting, int plannedMinutes) {
        List<Duration> recent = ofLine.stream()
                .filter(t -> t.status() == TicketStatus.SERVED && t.finishedAt() != null)
                .sorted(Comparator.comparing(Ticket::finishedAt).reversed())
                .limit(recentServices)
                .map(t -> Duration.between(t.calledAt(), t.finishedAt()))
                .toList();
        long windows = ofLine.stream()
                .filter(t -> t.window() != null)
                .map(Ticket::window)
                .distinct()
                .count();
        return WaitEstimate.of(waiting, recent, Duration.ofMinutes(plannedMinutes), (int) Math.max(1, windows));
    }

    private void requirePostedAt(Officer officer, String servicePointId) {
        if (!staff.postsOf(officer.username()).postedAt(servicePointId)) {
            throw new AccessRefusedException("not-posted-here", "the officer holds no post at " + servicePointId);
        }
    }

    private static void requireServes(Officer officer, String department) {
        if (!officer.serves(department)) {
            throw new AccessRefusedException("not-your-department", "this matter belongs to another department");
        }
    }
}
