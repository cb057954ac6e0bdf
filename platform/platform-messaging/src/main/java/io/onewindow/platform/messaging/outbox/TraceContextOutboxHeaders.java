package io.onewindow.platform.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries the trace of the request that caused an event ({@code traceparent}, and whatever
 * else the configured propagation writes) into the outbox entry, so the relay, which
 * publishes later on another thread, still hands consumers the original trace.
 */
public class TraceContextOutboxHeaders implements OutboxHeaders {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContextOutboxHeaders(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }
}
