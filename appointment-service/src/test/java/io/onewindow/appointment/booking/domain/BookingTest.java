package io.onewindow.appointment.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestIds;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.Cancelled;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.platform.events.appointment.Rescheduled;
import io.onewindow.platform.identity.IdentityPseudonyms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingTest {

    static final IdentityHasher HASHER = new IdentityHasher(new IdentityPseudonyms("unit-test-salt-0123456789"));
    static final Principal CITIZEN = HASHER.principal(TestIds.person(1));
    static final Principal SOMEONE_ELSE = HASHER.principal(TestIds.person(2));
    static final Instant SLOT_START = Instant.parse("2026-12-02T01:00:00Z"); // 09:00 in Guangzhou
    static final Instant SLOT_END = SLOT_START.plus(Duration.ofMinutes(20));
    static final Duration NOTICE = Duration.ofHours(2);
    static final Duration GRACE = Duration.ofMinutes(15);
    static final Requester PORTAL_CITIZEN = new Requester("u-1", "citizen1", false, BookingChannel.PORTAL, "fp-1");
    static final Requester AGENT = new Requester("u-agent", "agent1", true, BookingChannel.WECHAT, "fp-2");

    static Booking booking(Requester by, String mandateId) {
        return Booking.place(
                new NewBooking(
                        "b-1",
                        "CODE234567",
                        null,
                        "hall-1",
                        "MR-ENT-REG",
                        "market-regulation",
                        new BookedSlot("slot-1", LocalDate.of(2026, 12, 2), SLOT_START, SLOT_END, false),
                        CITIZEN,
                        by,
                        mandateId,
                        mandateId == null ? null : "91440113MA5D0AGT01",
                        List.of("day:x#0")),
                SLOT_START.minus(Duration.ofDays(1)));
    }

    @Test
    void recordsBookedWithHashedPrincipalChannelAndFingerprintButNoIdNumber() {
        Booking booking = booking(AGENT, "mandate-2026-001");
        List<DomainEvent> events = booking.pullEvents();
        assertThat(events).hasSize(1);
        Booked booked = (Booked) events.get(0);
        assertThat(booked.principalIdHash()).isEqualTo(CITIZEN.idHash()).hasSize(64);
        assertThat(booked.principalIdMasked()).isEqualTo(TestIds.person(1).masked());
        assertThat(booked.agentUsername()).isEqualTo("agent1");
        assertThat(booked.channel()).isEqualTo(BookingChannel.WECHAT);
        assertThat(booked.fingerprintHash()).isEqualTo("fp-2");
        assertThat(booked.toString()).doesNotContain(TestIds.person(1).value());
    }

    @Test
    void refusesAgentBookingWithoutAMandate() {
        assertThatThrownBy(() -> booking(AGENT, " "))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "mandate.missing");
        assertThatThrownBy(() -> booking(AGENT, null))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "mandate.missing");
    }

    @Test
    void refusesCancellingLessThanTwoHoursBeforeTheSlot() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.pullEvents();
        assertThatThrownBy(() -> booking.cancelByPerson(
                        PORTAL_CITIZEN, SLOT_START.minus(Duration.ofMinutes(119)), NOTICE, false))
                .hasFieldOrPropertyWithValue("code", "cancel-too-late");
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.pullEvents()).isEmpty();
    }

    @Test
    void cancelsUntilTwoHoursBeforeAndRefusesASecondCancel() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.pullEvents();
        booking.cancelByPerson(PORTAL_CITIZEN, SLOT_START.minus(NOTICE), NOTICE, false);
        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        Cancelled cancelled = (Cancelled) booking.pullEvents().get(0);
        assertThat(cancelled.reason()).isEqualTo(Booking.BY_PERSON);
        assertThatThrownBy(() -> booking.cancelByPerson(PORTAL_CITIZEN, SLOT_START.minus(NOTICE), NOTICE, false))
                .hasFieldOrPropertyWithValue("code", "booking-not-active");
    }

    @Test
    void refusesCheckInWithAnotherPersonsCardAndRecordsTheAttempt() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.pullEvents();
        boolean admitted = booking.checkIn(SOMEONE_ELSE.idHash(), "u-officer", "officer1", "B001", SLOT_START, GRACE);
        assertThat(admitted).isFalse();
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        CheckInRefused refused = (CheckInRefused) booking.pullEvents().get(0);
        assertThat(refused.bookingId()).isEqualTo("b-1");
        assertThat(refused.servicePointId()).isEqualTo("hall-1");
        assertThat(refused.officerUsername()).isEqualTo("officer1");
        assertThat(refused.presentedIdHash()).isEqualTo(SOMEONE_ELSE.idHash());
    }

    @Test
    void checksInThePrincipalWithTheirTicket() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.pullEvents();
        assertThat(booking.checkIn(CITIZEN.idHash(), "u-officer", "officer1", "B001", SLOT_START, GRACE))
                .isTrue();
        assertThat(booking.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(((CheckedIn) booking.pullEvents().get(0)).ticketNumber()).isEqualTo("B001");
    }

    @Test
    void aCheckInThatCouldNotBeCompletedIsUndoneOnlyForItsOwnTicket() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.checkIn(CITIZEN.idHash(), "u-officer", "officer1", "A001", SLOT_START, GRACE);
        booking.pullEvents();

        assertThat(booking.undoCheckIn("A002")).isFalse();
        assertThat(booking.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(booking.undoCheckIn("A001")).isTrue();
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.ticketNumber()).isNull();
        assertThat(booking.pullEvents()).isEmpty();
        assertThat(booking.undoCheckIn("A001")).isFalse();
        // Booked again: the person may still be checked in, with a new ticket.
        assertThat(booking.checkIn(CITIZEN.idHash(), "u-officer", "officer1", "A003", SLOT_START, GRACE))
                .isTrue();
        assertThat(booking.ticketNumber()).isEqualTo("A003");
    }

    @Test
    void marksNoShowOnlyAfterSlotEndPlusGrace() {
        Booking booking = booking(PORTAL_CITIZEN, null);
        booking.pullEvents();
        assertThatThrownBy(() -> booking.markNoShow(SLOT_END.plus(GRACE), GRACE))
                .hasFieldOrPropertyWithValue("code", "not-missed-yet");
        booking.markNoShow(SLOT_END.plus(GRACE).plusSeconds(1), GRACE);
        assertThat(booking.status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.pullEvents()).singleElement().isInstanceOf(NoShow.class);
    }

    @Test
    void refusesReschedulingOnePartOfALinkedBooking() {
        Booking part = Booking.place(
                new NewBooking(
                        "b-2",
                        "LINK234567",
                        "LINK234567",
                        "hall-1",
                        "RE-TRANSFER-REG",
                        "real-estate-registration",
                        new BookedSlot("slot-1", LocalDate.of(2026, 12, 2), SLOT_START, SLOT_END, false),
                        CITIZEN,
                        PORTAL_CITIZEN,
                        null,
                        null,
                        List.of()),
                SLOT_START.minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> part.reschedule(
                        new BookedSlot(
                                "slot-2",
                                LocalDate.of(2026, 12, 3),
                                SLOT_START.plus(Duration.ofDays(1)),
                                SLOT_END.plus(Duration.ofDays(1)),
                                false),
                        List.of(),
                        PORTAL_CITIZEN,
                        SLOT_START.minus(Duration.ofDays(1)),
                        NOTICE))
                .hasFieldOrPropertyWithValue("code", "linked-booking-reschedule");
    }

    @Test
    void everyEventOfABookingsLifeNamesTheDepartmentResponsibleForItsMatter() {
        Booking refusedThenServed = booking(PORTAL_CITIZEN, null);
        refusedThenServed.checkIn(SOMEONE_ELSE.idHash(), "u-officer", "officer1", null, SLOT_START, GRACE);
        refusedThenServed.checkIn(CITIZEN.idHash(), "u-officer", "officer1", "B001", SLOT_START, GRACE);
        Booking rescheduledThenCancelled = booking(PORTAL_CITIZEN, null);
        Instant dayBefore = SLOT_START.minus(Duration.ofDays(1));
        rescheduledThenCancelled.reschedule(
                new BookedSlot(
                        "slot-2",
                        LocalDate.of(2026, 12, 3),
                        SLOT_START.plus(Duration.ofDays(1)),
                        SLOT_END.plus(Duration.ofDays(1)),
                        false),
                List.of(),
                PORTAL_CITIZEN,
                dayBefore,
                NOTICE);
        rescheduledThenCancelled.cancelByPerson(PORTAL_CITIZEN, dayBefore, NOTICE, false);
        Booking missed = booking(AGENT, "mandate-1");
        missed.markNoShow(SLOT_END.plus(GRACE).plusSeconds(1), GRACE);

        List<DomainEvent> events = new ArrayList<>(refusedThenServed.pullEvents());
        events.addAll(rescheduledThenCancelled.pullEvents());
        events.addAll(missed.pullEvents());

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactlyInAnyOrder(
                        "Booked",
                        "CheckInRefused",
                        "CheckedIn",
                        "Booked",
                        "Rescheduled",
                        "Cancelled",
                        "Booked",
                        "NoShow");
        assertThat(events).allSatisfy(e -> assertThat(departmentOf(e)).isEqualTo("market-regulation"));
    }

    private static String departmentOf(DomainEvent event) {
        if (event instanceof Booked e) {
            return e.department();
        } else if (event instanceof CheckInRefused e) {
            return e.department();
        } else if (event instanceof CheckedIn e) {
            return e.department();
        } else if (event instanceof Rescheduled e) {
            return e.department();
        } else if (event instanceof Cancelled e) {
            return e.department();
        } else if (event instanceof NoShow e) {
            return e.department();
        }
        throw new AssertionError("unexpected " + event);
    }

    @Test
    void everyEventAboutTheSlotsDaySaysWhetherTheDayIsProvisional() {
        // A slot in January 2027 while 2027 is counted from the holiday law (临时推算).
        Instant january = Instant.parse("2027-01-05T01:00:00Z");
        Booking booking = Booking.place(
                new NewBooking(
                        "b-3",
                        "PROV234567",
                        null,
                        "hall-1",
                        "MR-ENT-REG",
                        "market-regulation",
                        new BookedSlot(
                                "slot-p",
                                LocalDate.of(2027, 1, 5),
                                january,
                                january.plus(Duration.ofMinutes(20)),
                                true),
                        CITIZEN,
                        PORTAL_CITIZEN,
                        null,
                        null,
                        List.of()),
                SLOT_START);
        assertThat(((Booked) booking.pullEvents().get(0)).slotProvisional()).isTrue();
        booking.reschedule(
                new BookedSlot(
                        "slot-q",
                        LocalDate.of(2027, 1, 6),
                        january.plus(Duration.ofDays(1)),
                        january.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(20)),
                        true),
                List.of(),
                PORTAL_CITIZEN,
                SLOT_START,
                NOTICE);
        assertThat(((Rescheduled) booking.pullEvents().get(0)).slotProvisional())
                .isTrue();
        // The official year came meanwhile and made the day off: the cancellation is on an official day.
        booking.cancelForScheduleChange("official calendar 2027 published: 2027-01-06 is a day off", "system", false);
        Cancelled cancelled = (Cancelled) booking.pullEvents().get(0);
        assertThat(cancelled.slotProvisional()).isFalse();
        assertThat(cancelled.reason()).isEqualTo(Booking.SCHEDULE_CHANGED);
        assertThat(cancelled.detail()).contains("2027-01-06 is a day off");
        assertThat(cancelled.cancelledBySubject()).isEqualTo("system");
        booking.cancelForScheduleChange("again", "system", false);
        assertThat(booking.pullEvents())
                .as("a second cancellation announces nothing")
                .isEmpty();

        Booking official = booking(PORTAL_CITIZEN, null);
        assertThat(((Booked) official.pullEvents().get(0)).slotProvisional()).isFalse();
    }

    @Test
    void isVisibleOnlyToThePrincipalAndTheAgentWhoBooked() {
        Booking booking = booking(AGENT, "mandate-1");
        assertThat(booking.isVisibleTo(CITIZEN.idHash(), "u-other")).isTrue();
        assertThat(booking.isVisibleTo("-", "u-agent")).isTrue();
        assertThat(booking.isVisibleTo(SOMEONE_ELSE.idHash(), "u-citizen2")).isFalse();
    }

    @Test
    void anInspectorCancelsAnActiveBookingOnceWithReasonAndDetail() {
        Booking booking = booking(AGENT, "mandate-1");
        booking.pullEvents();
        assertThat(booking.cancelByInspector(Booking.SCALPING, "resold on a forum", "u-inspector1", false))
                .isTrue();
        Cancelled cancelled = (Cancelled) booking.pullEvents().get(0);
        assertThat(cancelled.reason()).isEqualTo("SCALPING");
        assertThat(cancelled.detail()).isEqualTo("resold on a forum");
        assertThat(cancelled.cancelledBySubject()).isEqualTo("u-inspector1");
        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.cancelByInspector(Booking.AGENT_SUSPENDED, "again", "u-inspector1", false))
                .isFalse();
        assertThat(booking.pullEvents()).isEmpty();
        assertThatThrownBy(() -> booking(AGENT, "mandate-1").cancelByInspector("BY_PERSON", "x", "u", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheMandateAndIntermediaryAnAgentBookedUnder() {
        Booking booking = booking(AGENT, "mandate-1");
        assertThat(booking.mandateId()).isEqualTo("mandate-1");
        assertThat(booking.intermediaryCode()).isEqualTo("91440113MA5D0AGT01");
        assertThat(booking(PORTAL_CITIZEN, null).mandateId()).isNull();
    }
}
