package io.onewindow.platform.messaging.consumer;

import io.onewindow.platform.messaging.codec.EventHeaders;
import java.util.List;
import java.util.Set;

/**
 * The writes of an {@link EventHandler} deferred over one poll's events, for
 * {@link IdempotentConsumer#applyBatch}: between {@link #begin} and {@link #flush} the handler
 * applies events to aggregates held in memory (read once, changed by each event in order) and
 * {@code flush} writes each touched aggregate once. Whatever the batch holds lives on the
 * consumer's thread only; other threads (the sweep, HTTP) keep reading and writing the store.
 *
 * <p>The consumer calls, for each run of deferrable events: {@link #begin} with their headers
 * (to read the aggregates they touch in one query), then {@link #handling} and the handler for
 * each, then {@link #flush}. An event the batch does not {@linkplain #defers defer} is handled
 * after a flush, outside the batch, exactly as by {@link IdempotentConsumer#apply}. When the
 * handler throws, the consumer calls {@link #discard} and applies the events before the failing
 * one again in a new run.
 */
public interface EventBatch {

    /** Whether events of {@code type} may be applied in memory and written at {@link #flush}. */
    boolean defers(String type);

    /** Starts a run of deferred events, {@code coming} being the headers of the events it will get. */
    void begin(List<EventHeaders> coming);

    /** The handler is about to apply the event with this id (the batch tags what it changes with it). */
    void handling(String eventId);

    /**
     * Writes what the run changed, each touched aggregate once and conditionally on the version
     * read, and ends the run.
     *
     * @return the ids of the events whose changes were not written because another writer wrote an
     *     aggregate meanwhile; the consumer applies them again in order on fresh reads: in a new run
     *     (up to three runs in all), then one by one outside the batch (with the store's own retry
     *     policy), so they end as if applied one by one
     */
    Set<String> flush();

    /** Drops what the run changed without writing it, and ends the run. */
    void discard();
}
