package io.onewindow.supervision.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventTypes;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.supervision.CaseCardChanged;
import io.onewindow.platform.events.supervision.ComplaintFiled;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import io.onewindow.platform.events.supervision.RectificationOpened;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The provisional flags added to events are optional on the wire: an event written before they
 * existed reads as "not provisional", and the new ones round-trip. Supervision's own events are so
 * for any reader with the platform's codec, and so are approval's primitive flags (the platform's
 * codec reads a missing primitive as its default).
 */
class EventContractsTest {

    private static final Instant AT = Instant.parse("2026-12-28T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2027, 1, 5);
    private final EventCodec platformCodec = new EventCodec();
    private final EventCodec codec = new EventCodec();

    private <T extends DomainEvent> T withoutField(T event, String field) {
        return withoutField(codec, event, field);
    }

    private <T extends DomainEvent> T withoutField(EventCodec codec, T event, String field) {
        String json = codec.write(EventEnvelope.wrap("/onewindow/test", event, AT));
        String old = json.replaceAll(",\\s*\"" + field + "\"\\s*:\\s*true", "");
        assertThat(old).doesNotContain(field);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) event.getClass();
        return codec.read(old, type).data();
    }

    private <T extends DomainEvent> T roundTrip(T event) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) event.getClass();
        return codec.read(codec.write(EventEnvelope.wrap("/onewindow/test", event, AT)), type)
                .data();
    }

    @Test
    void supervisionsOwnEventsWrittenBeforeTheFlagsReadAsNotProvisionalWithThePlatformsCodec() {
        assertThat(withoutField(
                                platformCodec,
                                new CaseCardChanged("c1", "d", "m", "GREEN", "YELLOW", DUE, 9, AT, true),
                                "promisedDueProvisional")
                        .promisedDueProvisional())
                .isFalse();
        assertThat(withoutField(
                                platformCodec,
                                new ComplaintFiled("k1", "PORTAL", "CASE", "c1", "d", DUE, AT, true),
                                "dueProvisional")
                        .dueProvisional())
                .isFalse();
    }

    @Test
    void eventsWrittenBeforeTheFlagsReadAsNotProvisional() {
        assertThat(withoutField(
                                new CaseCardChanged("c1", "d", "m", "GREEN", "YELLOW", DUE, 9, AT, true),
                                "promisedDueProvisional")
                        .promisedDueProvisional())
                .isFalse();
        assertThat(withoutField(new ComplaintFiled("k1", "PORTAL", "CASE", "c1", "d", DUE, AT, true), "dueProvisional")
                        .dueProvisional())
                .isFalse();
        assertThat(withoutField(new RectificationOpened("r1", "CASE:c1", "d", DUE, AT, true), "dueProvisional")
                        .dueProvisional())
                .isFalse();
        ApplicationAccepted accepted = new ApplicationAccepted(
                "c1", "AP-c1", "MR-001", "d", AT, DUE.plusDays(14), DUE, "officer1", false, false, true);
        assertThat(withoutField(accepted, "promisedDueProvisional").promisedDueProvisional())
                .isFalse();
    }

    @Test
    void theFlagsAndTheNewEventRoundTrip() {
        DeadlineRecomputed moved = new DeadlineRecomputed(
                "k1",
                DeadlineRecomputed.COMPLAINT_ANSWER,
                "market-regulation",
                null,
                DUE,
                DUE.plusDays(1),
                false,
                "official calendar 2027 published (TEST)",
                2027,
                AT);

        assertThat(roundTrip(moved)).isEqualTo(moved);
        assertThat(EventTypes.typeOf(moved)).isEqualTo("onewindow.supervision.DeadlineRecomputed.v1");
        assertThat(moved.aggregateId()).isEqualTo("k1");
        assertThat(roundTrip(new CaseCardChanged("c1", "d", "m", null, "GREEN", DUE, 0, AT, true))
                        .promisedDueProvisional())
                .isTrue();
        assertThat(new ComplaintFiled("k1", "PORTAL", "CASE", "c1", "d", DUE, AT).dueProvisional())
                .isFalse();
    }

    @Test
    void aSubmissionWrittenBeforeLinkedFilingsReadsAsACaseOnItsOwnAndTheNumberRoundTrips() {
        ApplicationSubmitted linked = new ApplicationSubmitted(
                "c1",
                "AP-1",
                "RE-TRANSFER-REG",
                1,
                "natural-resources",
                Channel.WINDOW,
                "PERSON",
                "440113********1235",
                null,
                "officer5",
                AT,
                null,
                "panyu-district-center",
                4,
                "1",
                true,
                "ticket-1",
                "LB-20261228-000001");
        assertThat(roundTrip(linked).linkedNumber()).isEqualTo("LB-20261228-000001");

        String json = codec.write(EventEnvelope.wrap("/onewindow/test", linked, AT));
        String old = json.replaceAll(",\\s*\"linkedNumber\"\\s*:\\s*\"LB-20261228-000001\"", "");
        assertThat(old).doesNotContain("linkedNumber");
        ApplicationSubmitted read = codec.read(old, ApplicationSubmitted.class).data();
        assertThat(read.linkedNumber()).isNull();
        assertThat(read.ticketId()).isEqualTo("ticket-1");
    }
}
