package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceContextOutboxHeadersTest {

    private final Tracing tracing = Tracing.newBuilder()
            .currentTraceContext(ThreadLocalCurrentTraceContext.create())
            .propagationFactory(new W3CPropagation())
            .build();
    private final Tracer tracer = new BraveTracer(
            tracing.tracer(), new BraveCurrentTraceContext(tracing.currentTraceContext()), new BraveBaggageManager());
    private final TraceContextOutboxHeaders headers =
            new TraceContextOutboxHeaders(tracer, new BravePropagator(tracing));

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void carriesTheW3cTraceparentOfTheCurrentRequest() {
        Span span = tracer.nextSpan().name("book").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            Map<String, String> current = headers.current();

            assertThat(current).containsKey("traceparent");
            assertThat(current.get("traceparent"))
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                    .contains(span.context().traceId())
                    .contains(span.context().spanId());
        } finally {
            span.end();
        }
    }

    @Test
    void carriesNothingOutsideATrace() {
        assertThat(headers.current()).isEmpty();
    }
}
