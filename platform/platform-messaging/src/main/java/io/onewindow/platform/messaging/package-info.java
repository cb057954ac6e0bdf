/**
 * Events that are never lost and never applied twice.
 *
 * <ul>
 *   <li>{@link io.onewindow.platform.messaging.codec} — CloudEvents structured JSON for {@code EventEnvelope}.
 *   <li>{@link io.onewindow.platform.messaging.outbox} — an outbox array inside each aggregate document, written
 *       with the state change in one single-document write, relayed to Kafka by {@code OutboxRelay}.
 *   <li>{@link io.onewindow.platform.messaging.consumer} — {@code IdempotentConsumer} for listeners, and a
 *       dead-letter error handler so a poison message never blocks its partition.
 * </ul>
 */
package io.onewindow.platform.messaging;
