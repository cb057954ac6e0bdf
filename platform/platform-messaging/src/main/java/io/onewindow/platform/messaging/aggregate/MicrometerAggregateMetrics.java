package io.onewindow.platform.messaging.aggregate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters {@code onewindow.aggregate.stale} and {@code onewindow.aggregate.conflicts}, tagged with
 * the collection: a rising stale count shows contention on one kind of aggregate before any
 * caller sees a conflict.
 */
final class MicrometerAggregateMetrics implements AggregateMetrics {

    private final MeterRegistry registry;

    MicrometerAggregateMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void staleRead(String collection) {
        Counter.builder("onewindow.aggregate.stale")
                .description("Aggregate writes that met a newer version and were retried")
                .tag("collection", collection)
                .register(registry)
                .increment();
    }

    @Override
    public void conflict(String collection) {
        Counter.builder("onewindow.aggregate.conflicts")
                .description("Aggregate changes given up after every attempt met a newer version")
                .tag("collection", collection)
                .register(registry)
                .increment();
    }
}
