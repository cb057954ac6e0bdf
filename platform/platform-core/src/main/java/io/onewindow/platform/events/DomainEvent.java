package io.onewindow.platform.events;

/**
 * An event an aggregate records when its state changes: a past-tense record carrying ids,
 * not whole aggregates. Its wire type comes from {@link EventType}.
 */
public interface DomainEvent {

    /** The id of the aggregate that changed: CloudEvents {@code subject} and Kafka key. */
    String aggregateId();
}
