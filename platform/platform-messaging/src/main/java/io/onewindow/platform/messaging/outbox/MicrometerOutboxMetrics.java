package io.onewindow.platform.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox meters: {@code onewindow.outbox.published} and {@code onewindow.outbox.failed}
 * (counters of events) and {@code onewindow.outbox.pending} (gauge of documents holding
 * unpublished events), each tagged with {@code collection} and {@code topic}. A pending gauge
 * that keeps growing, or failures without publications, means events are delayed.
 */
final class MicrometerOutboxMetrics implements OutboxMetrics {

    private final MeterRegistry registry;
    private final Map<OutboxSource, Counter> published = new ConcurrentHashMap<>();
    private final Map<OutboxSource, Counter> failed = new ConcurrentHashMap<>();
    private final Map<OutboxSource, AtomicLong> pending = new ConcurrentHashMap<>();

    MicrometerOutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void published(OutboxSource source, int events) {
        published
                .computeIfAbsent(source, s -> counter("onewindow.outbox.published", "Events published and removed", s))
                .increment(events);
    }

    @Override
    public void failed(OutboxSource source, int events) {
        failed.computeIfAbsent(source, s -> counter("onewindow.outbox.failed", "Event publications that failed", s))
                .increment(events);
    }

    @Override
    public void pending(OutboxSource source, long documents) {
        pending.computeIfAbsent(source, s -> {
                    AtomicLong value = new AtomicLong();
                    Gauge.builder("onewindow.outbox.pending", value, AtomicLong::get)
                            .description("Documents holding events not yet published")
                            .tag("collection", s.collection())
                            .tag("topic", s.topic())
                            .register(registry);
                    return value;
                })
                .set(documents);
    }

    private Counter counter(String name, String description, OutboxSource source) {
        return Counter.builder(name)
                .description(description)
                .baseUnit("events")
                .tag("collection", source.collection())
                .tag("topic", source.topic())
                .register(registry);
    }
}
