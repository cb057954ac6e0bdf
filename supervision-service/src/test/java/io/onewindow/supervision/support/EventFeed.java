package io.onewindow.supervision.support;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Instant;
import java.util.List;
import org.springframework.kafka.core.KafkaTemplate;

/** Produces CloudEvents JSON, as the other services' outbox relays do, onto the real topics. */
public final class EventFeed {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    public EventFeed(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** Sends the envelope keyed by its subject; returns the JSON sent, to send it again as a duplicate. */
    public String send(String topic, EventEnvelope<? extends DomainEvent> envelope) {
        String json = codec.write(envelope);
        sendRaw(topic, envelope.subject(), json);
        return json;
    }

    public void sendRaw(String topic, String key, String json) {
        kafka.send(topic, key, json).join();
    }

    public void sendAll(String topic, List<EventEnvelope<DomainEvent>> envelopes) {
        envelopes.forEach(e -> send(topic, e));
    }

    public static EventEnvelope<DomainEvent> envelope(String source, DomainEvent event, Instant at) {
        return EventEnvelope.wrap(source, event, at);
    }

    /** A booking of the market-regulation matter {@code MR-001}. */
    public static Booked booked(String bookingId, String principalHash, String device, Instant slot) {
        return booked(bookingId, principalHash, device, slot, "market-regulation");
    }

    public static Booked booked(
            String bookingId, String principalHash, String device, Instant slot, String department) {
        return new Booked(
                bookingId,
                "CODE-" + bookingId,
                null,
                "sp-shiqiao",
                "MR-001",
                slot,
                principalHash,
                "440113********0000",
                null,
                null,
                BookingChannel.PORTAL,
                device,
                department);
    }

    public static MatterVersionPublished matterVersion(
            String matterCode, int version, List<MatterVersionPublished.Step> steps, int promised, Instant at) {
        return new MatterVersionPublished(
                matterCode,
                version,
                "Food business licence",
                "market-regulation",
                "01",
                "2",
                List.of("PERSON", "ENTERPRISE"),
                "Food Safety Law art. 35",
                20,
                promised,
                "0",
                "",
                false,
                true,
                null,
                steps,
                List.of(new MatterVersionPublished.Material("M-01", "application form", "ORIGINAL", true, "", null)),
                List.of("sp-shiqiao"),
                "catalogadmin1",
                at);
    }
}
