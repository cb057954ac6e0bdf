package io.onewindow.notification.support;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Instant;
import org.springframework.kafka.core.KafkaTemplate;

/** Produces CloudEvents JSON, as the other services' outbox relays do, onto the real topics. */
public final class EventFeed {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    public EventFeed(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** Sends the event keyed by its aggregate id; returns the JSON sent, to send it again as a duplicate. */
    public String send(String topic, String source, DomainEvent event, Instant at) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(source, event, at);
        String json = codec.write(envelope);
        sendRaw(topic, envelope.subject(), json);
        return json;
    }

    public void sendRaw(String topic, String key, String json) {
        kafka.send(topic, key, json).join();
    }
}
