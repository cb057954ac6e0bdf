package io.onewindow.platform.messaging.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event waiting in an aggregate's {@code outbox} array until the relay has published it.
 *
 * <p>An aggregate's MongoDB document carries {@code List<OutboxEntry> outbox}; the use case
 * appends entries (made by {@link EventRecorder}) and saves the aggregate, so the state change
 * and its events are one single-document write: both happen or neither does. Plain Java, so a
 * persistence model may hold it without pulling Spring, MongoDB or Kafka types in.
 *
 * @param eventId the CloudEvents {@code id}; the relay removes published entries by it and
 *     consumers deduplicate by it
 * @param topic the Kafka topic to publish to
 * @param key the Kafka record key: the aggregate id, so one aggregate's events stay in order
 * @param type the versioned event type, kept beside the payload for logs and queries
 * @param payload the whole CloudEvent as structured JSON, exactly the Kafka record value
 * @param createdAt when the event was recorded
 * @param headers extra Kafka headers, e.g. {@code traceparent}; never {@code null}
 */
public record OutboxEntry(
        String eventId,
        String topic,
        String key,
        String type,
        String payload,
        Instant createdAt,
        Map<String, String> headers) {

    /** The name of the array field in aggregate documents that holds the entries. */
    public static final String FIELD = "outbox";

    public OutboxEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
