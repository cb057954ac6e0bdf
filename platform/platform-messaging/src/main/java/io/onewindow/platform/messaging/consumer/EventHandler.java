package io.onewindow.platform.messaging.consumer;

import io.onewindow.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;

/**
 * Applies one received event. Used with {@link IdempotentConsumer}, which calls it at most once
 * per event id in the normal case; it should still be naturally idempotent (upsert by id,
 * conditional update) because a crash between its write and the processed-event marker
 * replays it. Throwing makes the container retry the record and, after the configured attempts,
 * move it to the dead-letter topic.
 */
@FunctionalInterface
public interface EventHandler {

    /** Applies the event; {@code data} is the JSON tree of the payload. */
    void handle(EventEnvelope<JsonNode> event);

    /**
     * Whether this handler cares about events of {@code type}. Events it does not handle are
     * skipped without parsing their data or writing a marker, so consumers can read a topic
     * carrying types they do not know (tolerant reader).
     */
    default boolean handles(String type) {
        return true;
    }
}
