/**
 * The transactional outbox inside each aggregate document, and the relay that publishes it.
 *
 * <p>A service declares an {@link io.onewindow.platform.messaging.outbox.OutboxSource} bean per
 * aggregate collection, adds entries made by {@link io.onewindow.platform.messaging.outbox.EventRecorder}
 * to the aggregate's {@code outbox} list before saving it, and may call
 * {@link io.onewindow.platform.messaging.outbox.OutboxRelay#wakeUp(String)} with the collection it
 * wrote after the save (the aggregate stores do), so the relay's next round claims from that
 * collection only; the relay's periodic round looks at every collection.
 */
package io.onewindow.platform.messaging.outbox;
