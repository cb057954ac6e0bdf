package io.onewindow.platform.messaging.aggregate;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes the {@link AggregateStore aggregate stores} of a service, all with the same recorder,
 * relay, retry policy and metrics. Auto-configured; a service's store adapter asks it for one store
 * per aggregate kind:
 *
 * <pre>{@code
 * BookingStore(AggregateStores stores, MongoTemplate mongo) {
 *     this.bookings = stores.of(new BookingMapping());
 * }
 * }</pre>
 */
public final class AggregateStores {

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final Consumer<String> wakeRelay;
    private final AggregateSettings settings;
    private final AggregateMetrics metrics;

    /** Stores whose writes run {@code wakeRelay}, whatever collection they wrote. */
    public AggregateStores(
            MongoTemplate mongo,
            EventRecorder recorder,
            Runnable wakeRelay,
            AggregateSettings settings,
            AggregateMetrics metrics) {
        this(mongo, recorder, wakeRelay == null ? null : collection -> wakeRelay.run(), settings, metrics);
    }

    /**
     * Stores whose writes that recorded events pass the collection they wrote to {@code wakeRelay},
     * so the relay's next round claims from that collection only.
     */
    public AggregateStores(
            MongoTemplate mongo,
            EventRecorder recorder,
            Consumer<String> wakeRelay,
            AggregateSettings settings,
            AggregateMetrics metrics) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.wakeRelay = wakeRelay;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** The store for one kind of aggregate. */
    public <A extends AggregateRoot, D> AggregateStore<A, D> of(AggregateMapping<A, D> mapping) {
        return new AggregateStore<>(mongo, mapping, recorder, wakeRelay, settings, metrics);
    }

    /** The retry policy the stores share. */
    public AggregateSettings settings() {
        return settings == null ? AggregateSettings.DEFAULTS : settings;
    }
}
