package io.onewindow.appointment.queue;

import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.queue.domain.Officer;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
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
     * Checks in a part of the booking {@code code} that the officer may receive — his department's,
     * or, when he holds a comprehensive window (综合受理窗口) at the booking's point, any part offered
     * there — and issues its queue ticket. He must hold a post at the booking's point.
     *
     * @throws NotFoundException no active booking with this code for the officer's department
     * @throws AccessRefusedException {@code not-posted-here} when he holds no post at the booking's
     *     point (nothing is written); {@code check-in-identity-mismatch} for another person's card
     */
    public Ticket checkIn(String code, ResidentIdNumber presented, boolean priority, Officer officer) {
        StaffAssignment posts = staff.postsOf(officer.username());
        Booking booking = bookings.byCode(code).stream()
                .filter(b -> b.status() == BookingStatus.BOOKED)
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
            bookings.change(
                    booking.id(),
                    b -> b.checkIn(
                            presentedHash, officer.subject(), officer.username(), null, now, limits.noShowGrace()));
            throw new AccessRefusedException(
                    "check-in-identity-mismatch", "the ID card is not the booking's: bookings are not transferable");
        }
        MatterOffer matter = points.require(booking.servicePointId())
                .offer(booking.matterCode())
                .orElseThrow(() -> new ConflictException("matter-withdrawn", "the point no longer serves this matter"));
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!booking.day().equals(today)) {
            throw new ConflictException("check-in-wrong-day", "the booking is for " + booking.day());
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
        bookings.change(booking.id(), b -> {
            if (!b.checkIn(
                    presentedHash, officer.subject(), officer.username(), ticket.label(), now, limits.noShowGrace())) {
                throw new IllegalStateException("identity checked above");
            }
        });
        tickets.add(ticket);
        return ticket;
    }
}
