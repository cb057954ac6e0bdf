package io.onewindow.appointment.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.BookedSlot;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.NewBooking;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.queue.domain.LinkedPart;
import io.onewindow.appointment.queue.domain.Officer;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.staff.StaffPosts;
import io.onewindow.appointment.staff.domain.StaffAssignment;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.service.ServiceProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check-in rule with the stores faked in memory: a linked booking checked in once at a
 * comprehensive window gets one ticket; a department window checks in its part; all or nothing.
 */
class CheckInDeskTest {

    static final String HALL = "unit-hall";
    static final String CODE = "LINKED2345";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z"); // Tuesday 09:00 in Guangzhou
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final IdentityHasher HASHER = new IdentityHasher(new IdentityPseudonyms("unit-test-salt-0123456789"));
    static final Principal CITIZEN = HASHER.principal(TestIds.person(1));
    static final Officer FRONT = new Officer("u-front", "front", "district-admin-service");
    static final Officer TAX = new Officer("u-tax", "tax-window", "tax");

    final Map<String, Booking> stored = new HashMap<>();
    final List<Ticket> ticketsAdded = new ArrayList<>();
    final List<DomainEvent> bookingEvents = new ArrayList<>();
    BookingStore bookings;
    TicketStore tickets;
    CheckInDesk desk;

    @BeforeEach
    void fakes() {
        bookings = mock(BookingStore.class);
        tickets = mock(TicketStore.class);
        ServicePointDirectory points = mock(ServicePointDirectory.class);
        StaffPosts staff = mock(StaffPosts.class);
        ServicePoint hall = TestPoints.hall(HALL, 3, 3);
        when(points.find(HALL)).thenReturn(java.util.Optional.of(hall));
        when(points.require(HALL)).thenReturn(hall);
        when(staff.postsOf("front"))
                .thenReturn(new StaffAssignment(
                        "front", "district-admin-service", List.of(new StaffAssignment.Post(HALL, "1")), 1));
        when(staff.postsOf("tax-window"))
                .thenReturn(new StaffAssignment("tax-window", "tax", List.of(new StaffAssignment.Post(HALL, "5")), 1));
        when(staff.postsOf("front-elsewhere"))
                .thenReturn(new StaffAssignment(
                        "front-elsewhere",
                        "district-admin-service",
                        List.of(new StaffAssignment.Post("another-hall", "1")),
                        1));
        // The booking store: every read is a fresh copy; a change applies to the stored one.
        when(bookings.byCode(CODE))
                .thenAnswer(inv -> stored.values().stream()
                        .sorted((a, b) -> a.slotStart().compareTo(b.slotStart()))
                        .map(CheckInDeskTest::copy)
                        .toList());
        when(bookings.change(anyString(), any())).thenAnswer(inv -> {
            Booking booking = stored.get(inv.<String>getArgument(0));
            Booking changed = copy(booking);
            inv.<Consumer<Booking>>getArgument(1).accept(changed);
            stored.put(changed.id(), changed);
            bookingEvents.addAll(changed.pullEvents());
            return changed;
        });
        when(tickets.nextNumber(anyString(), any(), anyString())).thenReturn(7);
        org.mockito.Mockito.doAnswer(inv -> ticketsAdded.add(inv.getArgument(0)))
                .when(tickets)
                .add(any());
        desk = new CheckInDesk(
                bookings,
                tickets,
                points,
                HASHER,
                new BookingLimits(3, 5, 10, 1, Duration.ofHours(2), Duration.ofMinutes(15)),
                Clock.fixed(NOW, ZONE),
                new ServiceProperties("appointment-service", "", "/api/appointments", "onewindow.appointment", ZONE),
                staff);
    }

    /** The housing transfer booked as one code, the tax part stored first to show the visiting order wins. */
    void housingTransferBooked() {
        put(part("b-tax", TestPoints.DEED_TAX, "tax", "11:00"));
        put(part("b-reg", TestPoints.TRANSFER, "real-estate-registration", "10:30"));
    }

    void put(Booking booking) {
        booking.pullEvents();
        stored.put(booking.id(), booking);
    }

    static Booking part(String id, String matter, String department, String start) {
        Instant from =
                TODAY.atTime(java.time.LocalTime.parse(start)).atZone(ZONE).toInstant();
        return Booking.place(
                new NewBooking(
                        id,
                        CODE,
                        CODE,
                        HALL,
                        matter,
                        department,
                        new BookedSlot("slot-" + id, TODAY, from, from.plus(Duration.ofMinutes(30)), false),
                        CITIZEN,
                        new Requester("u-1", "citizen1", false, BookingChannel.PORTAL, "fp"),
                        null,
                        null,
                        List.of()),
                NOW.minus(Duration.ofDays(2)));
    }

    static Booking copy(Booking b) {
        return new Booking(
                b.id(),
                b.code(),
                b.linkCode(),
                b.servicePointId(),
                b.matterCode(),
                b.department(),
                b.slotId(),
                b.day(),
                b.slotStart(),
                b.slotEnd(),
                b.principal(),
                b.bookedBy(),
                b.mandateId(),
                b.intermediaryCode(),
                b.guardKeys(),
                b.bookedAt(),
                b.status(),
                b.cancelReason(),
                b.ticketNumber());
    }

    BookingStatus status(String id) {
        return stored.get(id).status();
    }

    @Test
    void aComprehensiveWindowChecksInEveryPartWithOneTicketOnTheFirstPartsLine() {
        housingTransferBooked();

        Ticket ticket = desk.checkIn(CODE, TestIds.person(1), false, FRONT);

        assertThat(ticket.label()).isEqualTo("A007");
        assertThat(ticket.linkedBusiness()).isEqualTo(TestPoints.HOUSING_TRANSFER);
        assertThat(ticket.linkedParts())
                .containsExactly(
                        new LinkedPart("b-reg", TestPoints.TRANSFER, "real-estate-registration"),
                        new LinkedPart("b-tax", TestPoints.DEED_TAX, "tax"));
        assertThat(ticketsAdded).containsExactly(ticket);
        assertThat(stored.values()).allSatisfy(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.CHECKED_IN);
            assertThat(b.ticketNumber()).isEqualTo("A007");
        });
        TicketIssued issued = (TicketIssued) ticket.pullEvents().get(0);
        assertThat(issued.bookingId()).isEqualTo("b-reg");
        assertThat(issued.linkedParts()).hasSize(2);
        verify(tickets).nextNumber(HALL, TODAY, "A");
    }

    @Test
    void aDepartmentWindowChecksInOnlyItsPartAndTheComprehensiveWindowThenTheOther() {
        housingTransferBooked();

        Ticket tax = desk.checkIn(CODE, TestIds.person(1), false, TAX);
        assertThat(tax.linked()).isFalse();
        assertThat(tax.bookingId()).isEqualTo("b-tax");
        assertThat(tax.label()).isEqualTo("T007");
        assertThat(status("b-tax")).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(status("b-reg")).isEqualTo(BookingStatus.BOOKED);

        // One part left booked: the comprehensive window checks it in alone, as before.
        Ticket registration = desk.checkIn(CODE, TestIds.person(1), false, FRONT);
        assertThat(registration.linked()).isFalse();
        assertThat(registration.bookingId()).isEqualTo("b-reg");
        assertThat(status("b-reg")).isEqualTo(BookingStatus.CHECKED_IN);
        assertThatThrownBy(() -> desk.checkIn(CODE, TestIds.person(1), false, FRONT))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherPersonsCardIsRefusedOnceAndNothingIsCheckedIn() {
        housingTransferBooked();

        assertThatThrownBy(() -> desk.checkIn(CODE, TestIds.person(2), false, FRONT))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "check-in-identity-mismatch");

        assertThat(bookingEvents).hasSize(1).first().isInstanceOf(CheckInRefused.class);
        assertThat(((CheckInRefused) bookingEvents.get(0)).bookingId()).isEqualTo("b-reg");
        assertThat(stored.values()).allSatisfy(b -> assertThat(b.status()).isEqualTo(BookingStatus.BOOKED));
        verify(tickets, never()).add(any());
        verify(tickets, never()).nextNumber(anyString(), any(), anyString());
    }

    @Test
    void anOfficerNotPostedAtThePointChecksInNothing() {
        housingTransferBooked();

        assertThatThrownBy(() ->
                        desk.checkIn(CODE, TestIds.person(1), false, new Officer("u-x", "front-elsewhere", "tax")))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "not-posted-here");
        assertThat(bookingEvents).isEmpty();
        assertThat(stored.values()).allSatisfy(b -> assertThat(b.status()).isEqualTo(BookingStatus.BOOKED));
        verify(tickets, never()).add(any());
    }

    @Test
    void aPartCancelledMeanwhileUndoesThePartsAlreadyCheckedIn() {
        housingTransferBooked();
        // Read as booked by the check-in, cancelled before its turn comes.
        when(bookings.byCode(CODE)).thenAnswer(inv -> {
            List<Booking> read = stored.values().stream()
                    .sorted((a, b) -> a.slotStart().compareTo(b.slotStart()))
                    .map(CheckInDeskTest::copy)
                    .toList();
            stored.get("b-tax")
                    .cancelAsLinkedPart(new Requester("u-1", "citizen1", false, BookingChannel.PORTAL, "fp"), false);
            return read;
        });

        assertThatThrownBy(() -> desk.checkIn(CODE, TestIds.person(1), false, FRONT))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "booking-not-active");

        assertThat(status("b-reg")).isEqualTo(BookingStatus.BOOKED);
        assertThat(stored.get("b-reg").ticketNumber()).isNull();
        verify(tickets, never()).add(any());
    }

    @Test
    void aTicketThatCannotBeStoredUndoesEveryPart() {
        housingTransferBooked();
        doThrow(new IllegalStateException("store down")).when(tickets).add(any());

        assertThatThrownBy(() -> desk.checkIn(CODE, TestIds.person(1), false, FRONT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("store down");

        assertThat(stored.values()).allSatisfy(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(b.ticketNumber()).isNull();
        });
    }

    @Test
    void aLinkedBookingOfAnotherDayIsNotCheckedIn() {
        put(copyOnDay(part("b-reg", TestPoints.TRANSFER, "real-estate-registration", "10:30")));
        put(copyOnDay(part("b-tax", TestPoints.DEED_TAX, "tax", "11:00")));

        assertThatThrownBy(() -> desk.checkIn(CODE, TestIds.person(1), false, FRONT))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "check-in-wrong-day");
        assertThat(stored.values()).allSatisfy(b -> assertThat(b.status()).isEqualTo(BookingStatus.BOOKED));
        verify(tickets, never()).add(any());
    }

    /** The same booking a day later. */
    static Booking copyOnDay(Booking b) {
        return new Booking(
                b.id(),
                b.code(),
                b.linkCode(),
                b.servicePointId(),
                b.matterCode(),
                b.department(),
                b.slotId(),
                b.day().plusDays(1),
                b.slotStart().plus(Duration.ofDays(1)),
                b.slotEnd().plus(Duration.ofDays(1)),
                b.principal(),
                b.bookedBy(),
                b.mandateId(),
                b.intermediaryCode(),
                b.guardKeys(),
                b.bookedAt(),
                b.status(),
                b.cancelReason(),
                b.ticketNumber());
    }
}
