package io.onewindow.supervision.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketTrailTest {

    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void aWalkInTicketSaysWhereItWasIssuedAndByWhom() {
        TimelineEntry entry = TicketTrail.issued(
                "e1", new TicketIssued("t1", "hall-a", "A017", "MR-001", null, true, "h", "officer1", "mr"), NINE);

        assertThat(entry.type()).isEqualTo("TicketIssued");
        assertThat(entry.actor()).isEqualTo("officer1");
        assertThat(entry.note()).isEqualTo("ticket A017 at hall-a, walk-in, priority");
    }

    @Test
    void aBookedTicketNamesItsBooking() {
        TimelineEntry entry = TicketTrail.issued(
                "e1", new TicketIssued("t1", "hall-a", "B002", "MR-001", "bk-1", false, "h", "officer1", "mr"), NINE);

        assertThat(entry.note()).isEqualTo("ticket B002 at hall-a, booking bk-1");
    }

    @Test
    void aCallSaysTheWindowAndTheWaitAndAnAbsentVisitorIsSaidSo() {
        TimelineEntry called =
                TicketTrail.called("e2", new TicketCalled("t1", "hall-a", "A017", "5", 1_260, "officer2", "mr"), NINE);
        TimelineEntry absent = TicketTrail.served(
                "e3", new Served("t1", "hall-a", "A017", null, "MR-001", true, 0, "officer2", "mr"), NINE);

        assertThat(called.note()).isEqualTo("ticket A017 called to window 5 after 21 min waiting");
        assertThat(absent.note()).isEqualTo("ticket A017: the visitor did not come to the window");
    }

    @Test
    void theTrailIsInTimeOrderWhateverOrderTheEventsArrivedIn() {
        TimelineEntry late = new TimelineEntry("b", "Served", NINE.plusSeconds(600), "o", "n");
        TimelineEntry early = new TimelineEntry("a", "TicketIssued", NINE, "o", "n");

        assertThat(new TicketTrail("t1", List.of(late, early)).inOrder()).containsExactly(early, late);
    }
}
