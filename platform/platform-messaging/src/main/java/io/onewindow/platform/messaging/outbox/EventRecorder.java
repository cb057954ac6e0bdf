package io.onewindow.platform.messaging.outbox;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.messaging.codec.EventCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Turns domain events into {@link OutboxEntry outbox entries} for one producing service: wraps
 * each event in a CloudEvents envelope (fresh id, {@code source} {@code /onewindow/<service>},
 * type from {@code @EventType}, subject = aggregate id, time from the {@link Clock}) and keys it
 * by aggregate id.
 *
 * <p>Services do not call it themselves: the {@link io.onewindow.platform.messaging.aggregate.AggregateStore}
 * records the events an aggregate collected when it saves the aggregate, in the same document write.
 *
 * <p>Auto-configured with {@code source = /onewindow/${spring.application.name}}.
 */
public final class EventRecorder {

    private final String source;
    private final Clock clock;
    private final EventCodec codec;
    private final OutboxHeaders headers;

    /**
     * @param source CloudEvents source, {@code /onewindow/<service-name>}
     * @param clock the time events are stamped with
     * @param codec writes the envelope JSON
     * @param headers extra Kafka headers for the current context (trace)
     */
    public EventRecorder(String source, Clock clock, EventCodec codec, OutboxHeaders headers) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.headers = headers == null ? OutboxHeaders.NONE : headers;
        if (!source.startsWith("/onewindow/")) {
            throw new IllegalArgumentException("Event source must be /onewindow/<service-name>, got " + source);
        }
    }

    /** The source for a service name: {@code /onewindow/<serviceName>}. */
    public static String sourceOf(String serviceName) {
        if (serviceName == null || serviceName.isBlank()) {
            throw new IllegalArgumentException("A service name is needed for the event source");
        }
        return "/onewindow/" + serviceName;
    }

    /** An outbox entry on {@code topic} for one event, stamped now. */
    public OutboxEntry record(String topic, DomainEvent event) {
        return entry(topic, event, now());
    }

    /** Outbox entries on {@code topic} for events, in their order, all stamped with the same time. */
    public List<OutboxEntry> record(String topic, Collection<? extends DomainEvent> events) {
        Instant now = now();
        return events.stream().map(event -> entry(topic, event, now)).toList();
    }

    /** The CloudEvents source this recorder stamps. */
    public String source() {
        return source;
    }

    private OutboxEntry entry(String topic, DomainEvent event, Instant time) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
        if (event.aggregateId() == null || event.aggregateId().isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " has no aggregate id");
        }
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(source, event, time);
        return new OutboxEntry(
                envelope.id(),
                topic,
                envelope.subject(),
                envelope.type(),
                codec.write(envelope),
                time,
                headers.current());
    }

    // MongoDB keeps milliseconds; stamping at that precision keeps the entry's createdAt equal
    // to the payload's time after a round trip through the database.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
