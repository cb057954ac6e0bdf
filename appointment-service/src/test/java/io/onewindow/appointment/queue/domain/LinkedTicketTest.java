package io.onewindow.appointment.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One ticket for the parts of a linked booking (一号联办), and the linked filing its visit becomes. */
class LinkedTicketTest {

    static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z");
    static final LinkedPart REGISTRATION = new LinkedPart("b-reg", "RE-TRANSFER-REG", "real-estate-registration");
    static final LinkedPart TAX = new LinkedPart("b-tax", "TAX-HOUSING-DEED", "tax");

    static Ticket linked() {
        return Ticket.issueLinked(
                "t-1",
                "hall-1",
                LocalDate.of(2026, 12, 2),
                "A",
                3,
                "HOUSING-TRANSFER",
                List.of(REGISTRATION, TAX),
                NINE,
                false,
                "h1",
                "u-front",
                NINE);
    }

    static Ticket single() {
        Ticket t = Ticket.issue(
                "t-2",
                "hall-1",
                LocalDate.of(2026, 12, 2),
                "B",
                1,
                "MR-ENT-REG",
                "market-regulation",
                null,
                null,
                false,
                "h2",
                "u-officer",
                NINE);
        t.pullEvents();
        return t;
    }

    @Test
    void aLinkedTicketStandsOnTheFirstPartsLineAndItsIssuedEventCarriesEveryPart() {
        Ticket ticket = linked();

        assertThat(ticket.label()).isEqualTo("A003");
        assertThat(ticket.linked()).isTrue();
        assertThat(ticket.matterCode()).isEqualTo("RE-TRANSFER-REG");
        assertThat(ticket.bookingId()).isEqualTo("b-reg");
        assertThat(ticket.department()).isEqualTo("real-estate-registration");
        assertThat(ticket.linkedBusiness()).isEqualTo("HOUSING-TRANSFER");
        assertThat(ticket.linkedParts()).containsExactly(REGISTRATION, TAX);
        TicketIssued issued = (TicketIssued) ticket.pullEvents().get(0);
        assertThat(issued.linked()).isTrue();
        assertThat(issued.linkedBusiness()).isEqualTo("HOUSING-TRANSFER");
        assertThat(issued.ticketNumber()).isEqualTo("A003");
        assertThat(issued.matterCode()).isEqualTo("RE-TRANSFER-REG");
        assertThat(issued.bookingId()).isEqualTo("b-reg");
        assertThat(issued.department()).isEqualTo("real-estate-registration");
        assertThat(issued.linkedParts())
                .containsExactly(
                        new TicketIssued.LinkedPart("b-reg", "RE-TRANSFER-REG", "real-estate-registration"),
                        new TicketIssued.LinkedPart("b-tax", "TAX-HOUSING-DEED", "tax"));
    }

    @Test
    void aSingleTicketCarriesNoLinkedBusinessOrParts() {
        TicketIssued issued = (TicketIssued) Ticket.issue(
                        "t-3",
                        "hall-1",
                        LocalDate.of(2026, 12, 2),
                        "B",
                        1,
                        "MR-ENT-REG",
                        "market-regulation",
                        "b-1",
                        NINE,
                        false,
                        "h3",
                        "u-officer",
                        NINE)
                .pullEvents()
                .get(0);
        assertThat(issued.linked()).isFalse();
        assertThat(issued.linkedBusiness()).isNull();
        assertThat(issued.linkedParts()).isEmpty();
    }

    @Test
    void aLinkedTicketServesTwoDifferentBookingsAtLeast() {
        assertThatThrownBy(() -> Ticket.issueLinked(
                        "t-1",
                        "hall-1",
                        LocalDate.of(2026, 12, 2),
                        "A",
                        1,
                        "HOUSING-TRANSFER",
                        List.of(REGISTRATION),
                        NINE,
                        false,
                        "h1",
                        "u-front",
                        NINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ticket.issueLinked(
                        "t-1",
                        "hall-1",
                        LocalDate.of(2026, 12, 2),
                        "A",
                        1,
                        "HOUSING-TRANSFER",
                        List.of(REGISTRATION, new LinkedPart("b-reg", "TAX-HOUSING-DEED", "tax")),
                        NINE,
                        false,
                        "h1",
                        "u-front",
                        NINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkedTicketIsCalledAndFinishedOnceAndItsEventsNameTheFirstPart() {
        Ticket ticket = linked();
        ticket.pullEvents();
        ticket.call("1", "u-front", NINE.plusSeconds(60));
        ticket.finish(false, "u-front", NINE.plusSeconds(900));
        List<DomainEvent> events = ticket.pullEvents();

        assertThat(events).hasSize(2);
        assertThat(((TicketCalled) events.get(0)).department()).isEqualTo("real-estate-registration");
        Served served = (Served) events.get(1);
        assertThat(served.bookingId()).isEqualTo("b-reg");
        assertThat(served.department()).isEqualTo("real-estate-registration");
        assertThat(ticket.status()).isEqualTo(TicketStatus.SERVED);
        assertThatThrownBy(() -> ticket.finish(false, "u-front", NINE.plusSeconds(901)))
                .hasFieldOrPropertyWithValue("code", "ticket-not-called");
    }

    @Test
    void theVisitShowsItsLinkedFilingAndEveryCaseOnceInTheOrderTheyArrived() {
        Ticket ticket = linked();

        assertThat(ticket.becameCase("c-tax", "TX-1", "TAX-HOUSING-DEED", "LB-20261202-000001"))
                .isTrue();
        assertThat(ticket.becameCase("c-reg", "RE-1", "RE-TRANSFER-REG", "LB-20261202-000001"))
                .isTrue();
        // Redeliveries change nothing.
        assertThat(ticket.becameCase("c-tax", "TX-1", "TAX-HOUSING-DEED", "LB-20261202-000001"))
                .isFalse();
        assertThat(ticket.becameCase("c-reg", "RE-1", "RE-TRANSFER-REG", "LB-20261202-000001"))
                .isFalse();
        // A case of another filing, or not of a linked filing, does not join it.
        assertThat(ticket.becameCase("c-other", "X-1", "RE-TRANSFER-REG", "LB-20261202-000002"))
                .isFalse();
        assertThat(ticket.becameCase("c-alone", "X-2", "RE-TRANSFER-REG", null)).isFalse();

        assertThat(ticket.caseId()).isEqualTo("c-tax");
        assertThat(ticket.caseNumber()).isEqualTo("TX-1");
        assertThat(ticket.linkedNumber()).isEqualTo("LB-20261202-000001");
        assertThat(ticket.cases())
                .containsExactly(
                        new VisitCase("c-tax", "TX-1", "TAX-HOUSING-DEED"),
                        new VisitCase("c-reg", "RE-1", "RE-TRANSFER-REG"));
    }

    @Test
    void aSingleVisitKeepsItsFirstCase() {
        Ticket ticket = single();

        assertThat(ticket.becameCase("c-1", "AP-1", "MR-ENT-REG", null)).isTrue();
        assertThat(ticket.becameCase("c-2", "AP-2", "MR-ENT-REG", null)).isFalse();
        assertThat(ticket.becameCase("c-1", "AP-1", "MR-ENT-REG", null)).isFalse();

        assertThat(ticket.caseId()).isEqualTo("c-1");
        assertThat(ticket.linkedNumber()).isNull();
        assertThat(ticket.cases()).containsExactly(new VisitCase("c-1", "AP-1", "MR-ENT-REG"));
    }

    @Test
    void aTicketStoredBeforeCasesWereListedShowsItsCaseAsItsOnlyCase() {
        Ticket stored = new Ticket(
                "t-9",
                "hall-1",
                LocalDate.of(2026, 12, 2),
                "B",
                9,
                "MR-ENT-REG",
                "market-regulation",
                null,
                null,
                false,
                "h9",
                NINE,
                TicketStatus.SERVED,
                "2",
                NINE,
                NINE,
                "c-old",
                "AP-OLD",
                null,
                null,
                null,
                null);

        assertThat(stored.linked()).isFalse();
        assertThat(stored.linkedParts()).isEmpty();
        assertThat(stored.cases()).containsExactly(new VisitCase("c-old", "AP-OLD", null));
        assertThat(stored.becameCase("c-old", "AP-OLD", "MR-ENT-REG", null)).isFalse();
    }
}
