package io.onewindow.appointment.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueRulesTest {

    static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z");

    static Ticket ticket(int number, String bookingId, Instant slotStart, boolean priority, Instant issuedAt) {
        Ticket t = Ticket.issue(
                "t-" + number,
                "hall-1",
                LocalDate.of(2026, 12, 2),
                "B",
                number,
                "MR-ENT-REG",
                "market-regulation",
                bookingId,
                slotStart,
                priority,
                "h" + number,
                "u-officer",
                issuedAt);
        t.pullEvents();
        return t;
    }

    @Test
    void issuedCalledAndServedNameTheDepartmentResponsibleForTheMatter() {
        Ticket t = Ticket.issue(
                "t-1",
                "hall-1",
                LocalDate.of(2026, 12, 2),
                "T",
                1,
                "TAX-HOUSING-DEED",
                "tax",
                "b-1",
                NINE,
                false,
                "h1",
                "u-officer",
                NINE);
        t.call("7", "u-officer", NINE.plusSeconds(60));
        t.finish(false, "u-officer", NINE.plusSeconds(600));
        List<DomainEvent> events = t.pullEvents();

        assertThat(events).hasSize(3);
        assertThat(((TicketIssued) events.get(0)).department()).isEqualTo("tax");
        assertThat(((TicketCalled) events.get(1)).department()).isEqualTo("tax");
        assertThat(((Served) events.get(2)).department()).isEqualTo("tax");
    }

    @Test
    void labelsTicketsWithLineAndThreeDigits() {
        assertThat(ticket(17, null, null, false, NINE).label()).isEqualTo("B017");
    }

    @Test
    void callsBookedVisitorsInTheirSlotBeforeEarlierWalkIns() {
        Ticket walkIn = ticket(1, null, null, false, NINE.minusSeconds(600));
        Ticket booked = ticket(2, "b-1", NINE, false, NINE.minusSeconds(60));
        assertThat(CallingOrder.next(List.of(walkIn, booked), NINE)).contains(booked);
    }

    @Test
    void callsBookedVisitorsWhoCameEarlyInTicketOrder() {
        Ticket walkIn = ticket(1, null, null, false, NINE.minusSeconds(600));
        Ticket early = ticket(2, "b-1", NINE.plusSeconds(3600), false, NINE.minusSeconds(60));
        assertThat(CallingOrder.next(List.of(early, walkIn), NINE)).contains(walkIn);
    }

    @Test
    void callsElderlyAndDisabledVisitorsFirst() {
        Ticket booked = ticket(1, "b-1", NINE, false, NINE.minusSeconds(600));
        Ticket elderly = ticket(2, null, null, true, NINE);
        assertThat(CallingOrder.next(List.of(booked, elderly), NINE)).contains(elderly);
    }

    @Test
    void refusesCallingATicketTwiceAndFinishingAnUncalledOne() {
        Ticket t = ticket(1, null, null, false, NINE);
        assertThatThrownBy(() -> t.finish(false, "u", NINE)).hasFieldOrPropertyWithValue("code", "ticket-not-called");
        t.call("3", "u", NINE.plusSeconds(300));
        assertThatThrownBy(() -> t.call("4", "u", NINE)).hasFieldOrPropertyWithValue("code", "ticket-not-waiting");
        t.finish(true, "u", NINE.plusSeconds(400));
        assertThat(t.status()).isEqualTo(TicketStatus.ABSENT);
    }

    @Test
    void estimatesTheWaitFromRecentServiceTimesSharedAmongWindows() {
        List<Duration> recent = List.of(Duration.ofMinutes(10), Duration.ofMinutes(20));
        assertThat(WaitEstimate.of(4, recent, Duration.ofMinutes(30), 2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(WaitEstimate.of(3, List.of(), Duration.ofMinutes(20), 1)).isEqualTo(Duration.ofMinutes(60));
        assertThat(WaitEstimate.of(0, recent, Duration.ofMinutes(20), 1)).isZero();
    }
}
