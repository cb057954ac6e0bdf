package io.onewindow.platform.messaging.aggregate;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.List;

/**
 * How one kind of aggregate is stored: the MongoDB document class, and the two directions between
 * the aggregate and its document. The document carries the aggregate's state, an optimistic-lock
 * {@code version} field and an {@code outbox} array (declare an
 * {@link io.onewindow.platform.messaging.outbox.OutboxSource} for its collection).
 *
 * @param <A> the aggregate
 * @param <D> the document the aggregate is stored as
 */
public interface AggregateMapping<A extends AggregateRoot, D> {

    /** The mapped document class; its collection is the aggregate's. */
    Class<D> documentType();

    /** The document's {@code _id} for an aggregate. */
    String id(A aggregate);

    /** The document that stores {@code aggregate} at {@code version} with {@code outbox}. */
    D toDocument(A aggregate, long version, List<OutboxEntry> outbox);

    /** The aggregate a stored document holds. */
    A toAggregate(D document);

    /** The version a stored document was read at; {@code null} if it has none yet. */
    Long version(D document);

    /** The entries still waiting in a stored document's outbox (not yet published). */
    List<OutboxEntry> outbox(D document);

    /** The topic the aggregate's events go to. */
    String topic();

    /**
     * The problem code (409) when a change keeps meeting newer versions after every attempt;
     * {@code changed-concurrently} unless a service keeps an established code.
     */
    default String conflictCode() {
        return "changed-concurrently";
    }

    /** What the 404 problem calls a missing aggregate, e.g. {@code booking}. */
    String kind();
}
