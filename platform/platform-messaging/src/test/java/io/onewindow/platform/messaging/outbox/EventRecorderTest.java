package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDelivered;
import io.onewindow.platform.messaging.testing.ParcelEvents.ParcelDispatched;
import io.onewindow.platform.messaging.testing.ParcelEvents.Untyped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRecorderTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00.123456Z");

    private final EventCodec codec = new EventCodec();
    private final EventRecorder recorder = new EventRecorder(
            EventRecorder.sourceOf("appointment-service"),
            Clock.fixed(NOW, ZoneOffset.UTC),
            codec,
            () -> Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

    @Test
    void makesAnEntryKeyedByAggregateIdWithTypeFromTheAnnotation() {
        OutboxEntry entry = recorder.record(Topics.APPOINTMENT, new ParcelDispatched("parcel-7", 1));

        assertThat(entry.topic()).isEqualTo(Topics.APPOINTMENT);
        assertThat(entry.key()).isEqualTo("parcel-7");
        assertThat(entry.type()).isEqualTo("onewindow.test.ParcelDispatched.v1");
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2025-06-02T08:00:00.123Z"));
        assertThat(entry.headers())
                .containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void payloadIsTheCloudEventWithSourceSubjectAndTheEntrysId() {
        OutboxEntry entry = recorder.record(Topics.APPOINTMENT, new ParcelDispatched("parcel-7", 1));

        EventEnvelope<ParcelDispatched> event = codec.read(entry.payload(), ParcelDispatched.class);

        assertThat(event.id()).isEqualTo(entry.eventId());
        assertThat(event.source()).isEqualTo("/onewindow/appointment-service");
        assertThat(event.type()).isEqualTo(entry.type());
        assertThat(event.subject()).isEqualTo("parcel-7");
        assertThat(event.time()).isEqualTo(entry.createdAt());
        assertThat(event.data()).isEqualTo(new ParcelDispatched("parcel-7", 1));
    }

    @Test
    void recordsSeveralEventsInTheirOrderWithDistinctIds() {
        List<OutboxEntry> entries = recorder.record(
                Topics.APPOINTMENT,
                List.of(new ParcelDispatched("p", 1), new ParcelDispatched("p", 2), new ParcelDelivered("p")));

        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        "onewindow.test.ParcelDispatched.v1",
                        "onewindow.test.ParcelDispatched.v1",
                        "onewindow.test.ParcelDelivered.v1");
        assertThat(entries).extracting(OutboxEntry::eventId).doesNotHaveDuplicates();
    }

    @Test
    void refusesAnEventWithoutWireType() {
        assertThatThrownBy(() -> recorder.record(Topics.APPOINTMENT, new Untyped("p")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventType");
    }

    @Test
    void refusesAnEventWithoutAggregateId() {
        assertThatThrownBy(() -> recorder.record(Topics.APPOINTMENT, new ParcelDelivered(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASourceOutsideOneWindow() {
        assertThatThrownBy(() -> new EventRecorder("appointment-service", Clock.systemUTC(), codec, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventRecorder.sourceOf(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
