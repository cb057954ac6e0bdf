package io.onewindow.appointment.queue.domain;

import static io.onewindow.appointment.queue.domain.QueueRulesTest.NINE;
import static io.onewindow.appointment.queue.domain.QueueRulesTest.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.appointment.TicketRecalled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recalling a called ticket, and what the hall's board shows of a line. */
class QueueBoardTest {

    static Ticket calledAt(int number, String window, int minutesPastNine) {
        Ticket t = ticket(number, null, null, false, NINE.minusSeconds(3600 - number));
        t.call(window, "u-officer", NINE.plusSeconds(60L * minutesPastNine));
        t.pullEvents();
        return t;
    }

    @Test
    void recallsACalledTicketCountingEachRecallAndRecordingIt() {
        Ticket t = calledAt(1, "3", 0);

        t.recall("u-officer", NINE.plusSeconds(60));
        t.recall("u-officer", NINE.plusSeconds(120));
        List<DomainEvent> events = t.pullEvents();

        assertThat(t.recalls()).isEqualTo(2);
        assertThat(t.recalledAt()).isEqualTo(NINE.plusSeconds(120));
        assertThat(t.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(events).hasSize(2).allMatch(TicketRecalled.class::isInstance);
        TicketRecalled last = (TicketRecalled) events.get(1);
        assertThat(last.ticketId()).isEqualTo("t-1");
        assertThat(last.servicePointId()).isEqualTo("hall-1");
        assertThat(last.line()).isEqualTo("B");
        assertThat(last.ticketNumber()).isEqualTo("B001");
        assertThat(last.window()).isEqualTo("3");
        assertThat(last.recalls()).isEqualTo(2);
        assertThat(last.recalledAt()).isEqualTo(NINE.plusSeconds(120));
        assertThat(last.department()).isEqualTo("market-regulation");
    }

    @Test
    void refusesToRecallAWaitingOrFinishedTicketAndRecordsNothing() {
        Ticket waiting = ticket(1, null, null, false, NINE);
        assertThatThrownBy(() -> waiting.recall("u", NINE))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "ticket-not-recallable");

        Ticket served = calledAt(2, "3", 0);
        served.finish(false, "u", NINE.plusSeconds(300));
        served.pullEvents();
        assertThatThrownBy(() -> served.recall("u", NINE.plusSeconds(400)))
                .hasFieldOrPropertyWithValue("code", "ticket-not-recallable");
        Ticket absent = calledAt(3, "3", 0);
        absent.finish(true, "u", NINE.plusSeconds(300));
        absent.pullEvents();
        assertThatThrownBy(() -> absent.recall("u", NINE.plusSeconds(400)))
                .hasFieldOrPropertyWithValue("code", "ticket-not-recallable");

        assertThat(waiting.recalls() + served.recalls() + absent.recalls()).isZero();
        assertThat(waiting.pullEvents()).isEmpty();
        assertThat(served.pullEvents()).isEmpty();
    }

    @Test
    void nowCallingShowsTheLastCallsMostRecentFirstWithTheirWindows() {
        Ticket first = calledAt(1, "2", 0);
        Ticket second = calledAt(2, "3", 5);
        Ticket third = calledAt(3, "2", 10);
        Ticket waiting = ticket(4, null, null, false, NINE);

        assertThat(QueueBoard.nowCalling(List.of(first, waiting, third, second), 2))
                .extracting(QueueBoard.Call::number, QueueBoard.Call::window)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B003", "2"),
                        org.assertj.core.groups.Tuple.tuple("B002", "3"));
        assertThat(QueueBoard.nowCalling(List.of(waiting), 5)).isEmpty();
    }

    @Test
    void aRecalledTicketShowsAgainAsTheMostRecentCall() {
        Ticket first = calledAt(1, "2", 0);
        Ticket second = calledAt(2, "3", 5);
        first.recall("u-officer", NINE.plusSeconds(60 * 7));

        assertThat(QueueBoard.nowCalling(List.of(first, second), 5))
                .extracting(QueueBoard.Call::number)
                .containsExactly("B001", "B002");
        assertThat(QueueBoard.nowCalling(List.of(first, second), 5).get(0).at()).isEqualTo(NINE.plusSeconds(60 * 7));
    }

    @Test
    void aServedTicketStaysOnTheBoardUntilLaterCallsPushItOff() {
        Ticket served = calledAt(1, "2", 0);
        served.finish(false, "u", NINE.plusSeconds(120));
        Ticket later = calledAt(2, "2", 3);

        assertThat(QueueBoard.nowCalling(List.of(served, later), 2))
                .extracting(QueueBoard.Call::number)
                .containsExactly("B002", "B001");
        assertThat(QueueBoard.nowCalling(List.of(served, later), 1))
                .extracting(QueueBoard.Call::number)
                .containsExactly("B002");
    }

    @Test
    void nextListsTheWaitingNumbersInCallingOrder() {
        Ticket walkIn = ticket(1, null, null, false, NINE.minusSeconds(600));
        Ticket bookedInSlot = ticket(2, "b-2", NINE, false, NINE.minusSeconds(60));
        Ticket elderly = ticket(3, null, null, true, NINE);
        Ticket bookedEarly = ticket(4, "b-4", NINE.plusSeconds(3600), false, NINE.minusSeconds(300));
        Ticket called = calledAt(5, "2", 0);

        List<Ticket> line = List.of(walkIn, bookedInSlot, elderly, bookedEarly, called);
        assertThat(QueueBoard.next(line, NINE, 10)).containsExactly("B003", "B002", "B001", "B004");
        assertThat(QueueBoard.next(line, NINE, 2)).containsExactly("B003", "B002");
        // The first of next is who call next takes.
        assertThat(CallingOrder.next(line, NINE)).contains(elderly);
        // Before the slot begins, the booked visitor waits in the order tickets were taken.
        assertThat(QueueBoard.next(line, NINE.minusSeconds(1), 10)).containsExactly("B003", "B001", "B004", "B002");
    }
}
