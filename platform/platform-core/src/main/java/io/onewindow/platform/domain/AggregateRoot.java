package io.onewindow.platform.domain;

import io.onewindow.platform.events.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one event buffer every aggregate shares: a transition records the events it causes with
 * {@link #record(DomainEvent)}; the aggregate store takes them with {@link #pullEvents()} and
 * writes them into the aggregate's outbox in the same document write as its state.
 *
 * <p>The buffer is {@code transient}: it is never persisted (the Java modifier is honoured by the
 * MongoDB mapping) and is created on first use, because the mapping may build an aggregate
 * without calling a constructor.
 */
public abstract class AggregateRoot {

    private transient List<DomainEvent> recorded;

    /** Records an event this aggregate caused; it is published only if the aggregate is saved. */
    protected final void record(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (recorded == null) {
            recorded = new ArrayList<>();
        }
        recorded.add(event);
    }

    /** The events recorded since the last call, in order; the buffer is empty afterwards. */
    public final List<DomainEvent> pullEvents() {
        if (recorded == null || recorded.isEmpty()) {
            return List.of();
        }
        List<DomainEvent> pulled = List.copyOf(recorded);
        recorded.clear();
        return pulled;
    }

    /** The events recorded and not yet pulled (for tests and for use cases that inspect them). */
    public final List<DomainEvent> pendingEvents() {
        return recorded == null ? List.of() : List.copyOf(recorded);
    }
}
