package io.onewindow.platform.messaging.outbox;

import java.util.Map;

/**
 * Kafka headers to carry with the events recorded now, typically the W3C {@code traceparent}
 * of the current request so the trace continues in the consumers. Declare one bean of this
 * type (e.g. backed by Micrometer Tracing) and {@link EventRecorder} adds its headers to every
 * entry; without one, entries carry no extra headers.
 */
@FunctionalInterface
public interface OutboxHeaders {

    /** No headers. */
    OutboxHeaders NONE = Map::of;

    /** The headers for events recorded in the current context; never {@code null}. */
    Map<String, String> current();
}
