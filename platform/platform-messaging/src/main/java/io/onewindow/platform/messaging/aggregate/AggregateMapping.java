package io.onewindow.platform.messaging.aggregate;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.List;
import java.util.function.Function;

/**
 * How one kind of aggregate is stored: the MongoDB document class, and the two directions between
 * the aggregate and its document. The document carries the aggregate's state, an optimistic-lock
 * {@code version} field and an {@code outbox} array (declare an
 * {@link io.onewindow.platform.messaging.outbox.OutboxSource} for its collection).
 *
 * <p>A store usually describes its mapping in one expression with {@link #of(Class, Class, String, String)}:
 *
 * <pre>{@code
 * AggregateMapping.of(Booking.class, BookingDocument.class, "booking", Topics.APPOINTMENT)
 *         .id(Booking::id)
 *         .stored(BookingDocument::of, BookingDocument::toDomain)
 *         .versioned(BookingDocument::version, BookingDocument::outbox);
 * }</pre>
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

    /**
     * Starts a mapping of {@code aggregateType} stored as {@code documentType}; the aggregates are
     * called {@code kind} in problems and publish to {@code topic}.
     */
    static <A extends AggregateRoot, D> MappingBuilder.Identified<A, D> of(
            Class<A> aggregateType, Class<D> documentType, String kind, String topic) {
        return new MappingBuilder.Identified<>(documentType, kind, topic);
    }

    /** Makes the document that stores an aggregate at a version with an outbox. */
    @FunctionalInterface
    interface DocumentFactory<A, D> {
        D toDocument(A aggregate, long version, List<OutboxEntry> outbox);
    }

    /** The steps of {@link #of(Class, Class, String, String)}: id, both directions, version and outbox. */
    final class MappingBuilder {

        private MappingBuilder() {}

        /** Needs the aggregate's id. */
        public record Identified<A extends AggregateRoot, D>(Class<D> documentType, String kind, String topic) {

            public Stored<A, D> id(Function<A, String> id) {
                return new Stored<>(this, id);
            }
        }

        /** Needs both directions between aggregate and document. */
        public record Stored<A extends AggregateRoot, D>(Identified<A, D> start, Function<A, String> id) {

            public Versioned<A, D> stored(DocumentFactory<A, D> toDocument, Function<D, A> toAggregate) {
                return new Versioned<>(this, toDocument, toAggregate);
            }
        }

        /** Needs where a stored document keeps its version and outbox. */
        public record Versioned<A extends AggregateRoot, D>(
                Stored<A, D> stored, DocumentFactory<A, D> toDocument, Function<D, A> toAggregate) {

            public Described<A, D> versioned(Function<D, Long> version, Function<D, List<OutboxEntry>> outbox) {
                Identified<A, D> start = stored.start();
                return new Described<>(
                        start.documentType(),
                        start.kind(),
                        start.topic(),
                        stored.id(),
                        toDocument,
                        toAggregate,
                        version,
                        outbox,
                        "changed-concurrently");
            }
        }

        /** A complete mapping; {@link #conflictCode(String)} keeps an established problem code. */
        public record Described<A extends AggregateRoot, D>(
                Class<D> documentType,
                String kind,
                String topic,
                Function<A, String> idOf,
                DocumentFactory<A, D> documentOf,
                Function<D, A> aggregateOf,
                Function<D, Long> versionOf,
                Function<D, List<OutboxEntry>> outboxOf,
                String conflictCode)
                implements AggregateMapping<A, D> {

            /** The same mapping answering a conflict with {@code code}. */
            public Described<A, D> conflictCode(String code) {
                return new Described<>(
                        documentType, kind, topic, idOf, documentOf, aggregateOf, versionOf, outboxOf, code);
            }

            @Override
            public String id(A aggregate) {
                return idOf.apply(aggregate);
            }

            @Override
            public D toDocument(A aggregate, long version, List<OutboxEntry> outbox) {
                return documentOf.toDocument(aggregate, version, outbox);
            }

            @Override
            public A toAggregate(D document) {
                return aggregateOf.apply(document);
            }

            @Override
            public Long version(D document) {
                return versionOf.apply(document);
            }

            @Override
            public List<OutboxEntry> outbox(D document) {
                return outboxOf.apply(document);
            }
        }
    }
}
