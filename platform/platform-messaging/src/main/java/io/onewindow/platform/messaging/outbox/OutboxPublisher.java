package io.onewindow.platform.messaging.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one outbox event to the broker. Kept apart from the relay so the relay's claim, remove
 * and retry logic can be tested without a broker.
 */
interface OutboxPublisher {

    /**
     * Starts sending {@code event}. The future completes normally only once the broker has
     * acknowledged it with every in-sync replica ({@code acks=all}); it may already be failed on
     * return when the broker is unreachable.
     */
    CompletableFuture<?> publish(PendingEvent event);
}
