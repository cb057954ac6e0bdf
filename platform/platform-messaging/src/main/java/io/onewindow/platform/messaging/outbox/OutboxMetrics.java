package io.onewindow.platform.messaging.outbox;

/**
 * What the relay reports; Micrometer-backed when Micrometer is present, a no-op otherwise, so
 * the relay itself never touches Micrometer types.
 */
interface OutboxMetrics {

    OutboxMetrics NONE = new OutboxMetrics() {
        @Override
        public void published(OutboxSource source, int events) {}

        @Override
        public void failed(OutboxSource source, int events) {}

        @Override
        public void pending(OutboxSource source, long documents) {}
    };

    /** {@code events} were acknowledged by the broker and removed from their outboxes. */
    void published(OutboxSource source, int events);

    /** {@code events} could not be published this round and stay in their outboxes. */
    void failed(OutboxSource source, int events);

    /** {@code documents} of the source currently hold unpublished events. */
    void pending(OutboxSource source, long documents);
}
