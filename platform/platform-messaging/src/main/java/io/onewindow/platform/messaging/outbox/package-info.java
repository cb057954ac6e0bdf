/**
 * The transactional outbox inside each aggregate document, and the relay that publishes it.
 *
 * <p>A service declares an {@link io.onewindow.platform.messaging.outbox.OutboxSource} bean per
 * aggregate collection, adds entries made by {@link io.onewindow.platform.messaging.outbox.EventRecorder}
 * to the aggregate's {@code outbox} list before saving it, and may call
 * {@link io.onewindow.platform.messaging.outbox.OutboxRelay#wakeUp()} after the save.
 */
package io.onewindow.platform.messaging.outbox;
