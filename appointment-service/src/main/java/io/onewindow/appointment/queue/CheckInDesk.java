package io.onewindow.appointment.queue;

import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.queue.domain.LinkedPart;
import io.onewindow.appointment.queue.domain.Officer;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Arrival at the hall: the booking code AND the ID card read at the window. Places are not
 * transferable — another person's card is refused, and the attempt is recorded as
 * {@code CheckInRefused} for supervision (the trace of a resold place).
 */
@UseCase
public class CheckInDesk {

    private final BookingStore bookings;
    private final TicketStore tickets;
    private final ServicePointDirectory points;
    private final IdentityHasher hasher;
    private final BookingLimits limits;
    private final Clock clock;
    private final ZoneId zone;
    private final StaffPosts staff;

    CheckInDesk(
            BookingStore bookings,
            TicketStore tickets,
            ServicePointDirectory points,
            IdentityHasher hasher,
            BookingLimits limits,
            Clock clock,
            ServiceProperties service,
            StaffPosts staff) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.points = points;
        this.hasher = hasher;
        this.limits = limits;
        this.clock = clock;
        this.zone = service.timeZone();
        this.staff = staff;
    }

    private boolean atComprehensiveWindow(StaffAssignment posts, Booking booking) {
        if (!posts.postedAt(booking.servicePointId())) {
            return false;
        }
        return points.find(booking.servicePointId())
                .filter(point -> point.offer(booking.matterCode()).isPresent())
                .map(posts::atComprehensiveWindowOf)
                .orElse(false);
    }

    /**
     * Checks in the booking {@code code}. When its booked parts are two or more parts of a linked
     * booking (一号联办) and the officer holds a comprehensive window (综合受理窗口) at their point, which
     * offers every part, he checks in all of them at once: the ID card is checked once, one ticket is
     * issued on the line of the first part in the linked business's visiting order, carrying the linked
     * business and every part, and every part is checked in with that ticket's label. Otherwise he
     * checks in one part he may receive — his department's, or, at a comprehensive window of the
     * booking's point, any part offered there — and issues its ticket (so a department window receives
     * only its department's part of a linked booking). He must hold a post at the booking's point.
     * Either every part is checked in with the ticket stored, or nothing is.
     *
     * @throws NotFoundException no active booking with this code for the officer's department
     * @throws AccessRefusedException {@code not-posted-here} when he holds no post at the booking's
     *     point (nothing is written); {@code check-in-identity-mismatch} for another person's card
     *     (recorded as {@code CheckInRefused} on the booking, the first part of a linked one; no ticket)
     * @throws ConflictException {@code check-in-wrong-day}, {@code booking-expired}, {@code
     *     matter-withdrawn}, or {@code booking-not-active} when a part was changed meanwhile (nothing is
     *     checked in)
     */
    public Ticket checkIn(String code, ResidentIdNumber presented, boolean priority, Officer officer) {
        StaffAssignment posts = staff.postsOf(officer.username());
        List<Booking> booked = bookings.byCode(code).stream()
                .filter(b -> b.status() == BookingStatus.BOOKED)
                .toList();
        Optional<LinkedVisit> linked = linkedVisit(booked, posts);
        if (linked.isPresent()) {
            return checkInLinked(linked.get(), presented, priority, officer);
        }
        Booking booking = booked.stream()
                .filter(b -> officer.serves(b.department()) || atComprehensiveWindow(posts, b))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("booking", code));
        if (!posts.postedAt(booking.servicePointId())) {
            throw new AccessRefusedException(
                    "not-posted-here", "the officer holds no post at " + booking.servicePointId());
        }
        String presentedHash = hasher.principal(presented).idHash();
        Instant now = clock.instant();
        if (!booking.principal().idHash().equals(presentedHash)) {
            refuse(booking, presentedHash, officer, now);
        }
        MatterOffer matter = points.require(booking.servicePointId())
                .offer(booking.matterCode())
                .orElseThrow(() -> new ConflictException("matter-withdrawn", "the point no longer serves this matter"));
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!booking.day().equals(today)) {
            throw new ConflictException("check-in-wrong-day", "the booking is for " + booking.day(), booking.day());
        }
        int number = tickets.nextNumber(booking.servicePointId(), today, matter.line());
        Ticket ticket = Ticket.issue(
                UUID.randomUUID().toString(),
                booking.servicePointId(),
                today,
                matter.line(),
                number,
                booking.matterCode(),
                booking.department(),
                booking.id(),
                booking.slotStart(),
                priority,
                presentedHash,
                officer.subject(),
                now);
        checkInAll(List.of(booking), ticket, presentedHash, officer, now);
        return ticket;
    }

    /** The parts of a linked booking checked in together, in visiting order, at their point. */
    private record LinkedVisit(ServicePoint point, LinkedBusiness business, List<Booking> parts) {}

    /**
     * The linked check-in the officer may make of {@code booked}: two or more booked parts of one
     * linked booking, all at one point where he holds a comprehensive window and which offers every
     * part as parts of one of its linked businesses; empty otherwise (then one part is checked in).
     */
    private Optional<LinkedVisit> linkedVisit(List<Booking> booked, StaffAssignment posts) {
        if (booked.size() < 2) {
            return Optional.empty();
        }
        Booking first = booked.get(0);
        boolean oneLinkedBooking = booked.stream()
                .allMatch(b -> b.linkCode() != null
                        && b.linkCode().equals(first.linkCode())
                        && b.servicePointId().equals(first.servicePointId()));
        if (!oneLinkedBooking || !posts.postedAt(first.servicePointId())) {
            return Optional.empty();
        }
        Optional<ServicePoint> found = points.find(first.servicePointId());
        if (found.isEmpty() || !posts.atComprehensiveWindowOf(found.get())) {
            return Optional.empty();
        }
        ServicePoint point = found.get();
        List<String> matters = booked.stream().map(Booking::matterCode).toList();
        if (matters.stream().distinct().count() != matters.size()
                || matters.stream().anyMatch(m -> point.offer(m).isEmpty())) {
            return Optional.empty();
        }
        return point.linkedBusinesses().stream()
                .filter(business -> business.matterCodes().containsAll(matters))
                .findFirst()
                .map(business -> new LinkedVisit(
                        point,
                        business,
                        booked.stream()
                                .sorted(Comparator.comparingInt(
                                        b -> business.matterCodes().indexOf(b.matterCode())))
                                .toList()));
    }

    private Ticket checkInLinked(LinkedVisit visit, ResidentIdNumber presented, boolean priority, Officer officer) {
        String presentedHash = hasher.principal(presented).idHash();
        Instant now = clock.instant();
        Booking first = visit.parts().get(0);
        Optional<Booking> notHis = visit.parts().stream()
                .filter(b -> !b.principal().idHash().equals(presentedHash))
                .findFirst();
        if (notHis.isPresent()) {
            refuse(notHis.get(), presentedHash, officer, now);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (Booking part : visit.parts()) {
            if (!part.day().equals(today)) {
                throw new ConflictException("check-in-wrong-day", "the booking is for " + part.day(), part.day());
            }
            if (part.isMissedAt(now, limits.noShowGrace())) {
                throw new ConflictException("booking-expired", "the booked slot of " + part.matterCode() + " is over");
            }
        }
        String line = visit.point()
                .offer(first.matterCode())
                .orElseThrow(() -> new ConflictException("matter-withdrawn", "the point no longer serves this matter"))
                .line();
        int number = tickets.nextNumber(visit.point().id(), today, line);
        Ticket ticket = Ticket.issueLinked(
                UUID.randomUUID().toString(),
                visit.point().id(),
                today,
                line,
                number,
                visit.business().code(),
                visit.parts().stream()
                        .map(b -> new LinkedPart(b.id(), b.matterCode(), b.department()))
                        .toList(),
                first.slotStart(),
                priority,
                presentedHash,
                officer.subject(),
                now);
        checkInAll(visit.parts(), ticket, presentedHash, officer, now);
        return ticket;
    }

    /** Records another person's card on {@code booking} ({@code CheckInRefused}) and refuses: 403. */
    private void refuse(Booking booking, String presentedHash, Officer officer, Instant now) {
        bookings.change(
                booking.id(),
                b -> b.checkIn(presentedHash, officer.subject(), officer.username(), null, now, limits.noShowGrace()));
        throw new AccessRefusedException(
                "check-in-identity-mismatch", "the ID card is not the booking's: bookings are not transferable");
    }

    /**
     * Checks in every booking with the ticket's label, then stores the ticket. All or nothing: when a
     * step fails (a part was cancelled meanwhile, the store failed), the parts already checked in are
     * booked again, as {@link io.onewindow.appointment.booking.BookingDesk} cancels the parts it stored
     * of a linked booking it could not complete, and the failure reaches the caller.
     */
    private void checkInAll(List<Booking> parts, Ticket ticket, String presentedHash, Officer officer, Instant now) {
        List<Booking> done = new ArrayList<>();
        try {
            for (Booking part : parts) {
                bookings.change(part.id(), b -> {
                    if (!b.checkIn(
                            presentedHash,
                            officer.subject(),
                            officer.username(),
                            ticket.label(),
                            now,
                            limits.noShowGrace())) {
                        throw new IllegalStateException("identity checked above");
                    }
                });
                done.add(part);
            }
            tickets.add(ticket);
        } catch (RuntimeException e) {
            for (Booking part : done) {
                try {
                    bookings.change(part.id(), b -> b.undoCheckIn(ticket.label()));
                } catch (RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
    }
}
