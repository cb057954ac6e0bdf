package io.onewindow.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: what every OneWindow service writes
 * to its Kafka topic.
 *
 * @param specversion always {@code "1.0"}
 * @param id unique event id (a UUID); consumers use it to apply an event once
 * @param source the producing service, e.g. {@code /onewindow/approval-service}
 * @param type past-tense, versioned type, e.g. {@code onewindow.approval.ApplicationAccepted.v1}
 * @param subject the aggregate id; also the Kafka record key, so one aggregate stays in order
 * @param time when the change happened
 * @param datacontenttype always {@code application/json}
 * @param data the event record
 * @param <T> the event payload type
 */
public record EventEnvelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        if (specversion == null) {
            specversion = SPEC_VERSION;
        }
        if (datacontenttype == null) {
            datacontenttype = JSON;
        }
    }

    /** Wraps an event raised now by {@code source}, with a fresh id. */
    public static <T extends DomainEvent> EventEnvelope<T> wrap(String source, T event, Instant time) {
        return new EventEnvelope<>(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                EventTypes.typeOf(event),
                event.aggregateId(),
                time,
                JSON,
                event);
    }
}
