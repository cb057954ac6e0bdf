/**
 * Consuming events at most once in effect: {@link io.onewindow.platform.messaging.consumer.IdempotentConsumer}
 * remembers processed event ids, and the auto-configured dead-letter error handler moves poison
 * messages to {@code <topic>.DLT} after bounded retries so they never block their partition.
 */
package io.onewindow.platform.messaging.consumer;
