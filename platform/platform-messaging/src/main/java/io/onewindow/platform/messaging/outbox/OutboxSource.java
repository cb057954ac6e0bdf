package io.onewindow.platform.messaging.outbox;

import java.util.Objects;

/**
 * A MongoDB collection whose documents carry an {@code outbox} array for the relay to publish.
 * A service declares one bean per aggregate collection:
 *
 * <pre>{@code
 * @Bean
 * OutboxSource bookingsOutbox() {
 *     return OutboxSource.of("bookings", Topics.APPOINTMENT);
 * }
 * }</pre>
 *
 * @param collection the collection holding the aggregates
 * @param topic the topic for entries that name none (entries made by {@link EventRecorder}
 *     always name theirs)
 * @param versionField the aggregate's optimistic-lock field ({@code @Version}); when a document
 *     has it, the relay increments it with every removal of published entries, so a use case
 *     that saves the whole document from a stale read fails with an optimistic-locking error
 *     instead of writing the published entries back. {@code null} turns this off.
 */
public record OutboxSource(String collection, String topic, String versionField) {

    /** Spring Data's usual name for the {@code @Version} property. */
    public static final String DEFAULT_VERSION_FIELD = "version";

    public OutboxSource {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(topic, "topic");
        if (collection.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("An outbox source needs a collection and a topic");
        }
    }

    /** The collection's aggregates publish to {@code topic}; their version field is {@code version}. */
    public static OutboxSource of(String collection, String topic) {
        return new OutboxSource(collection, topic, DEFAULT_VERSION_FIELD);
    }

    /** The same source with another optimistic-lock field name, or {@code null} for none. */
    public OutboxSource withVersionField(String field) {
        return new OutboxSource(collection, topic, field);
    }
}
