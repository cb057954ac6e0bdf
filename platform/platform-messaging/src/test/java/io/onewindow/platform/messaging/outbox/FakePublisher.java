package io.onewindow.platform.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A broker stand-in: records what was sent and acknowledges or fails as the test says. */
final class FakePublisher implements OutboxPublisher {

    enum Mode {
        ACKNOWLEDGE,
        /** The broker is unreachable: send fails after blocking, before returning. */
        UNREACHABLE,
        /** Accepted, but not acknowledged in time. */
        TIMEOUT
    }

    private final List<PendingEvent> attempts = new CopyOnWriteArrayList<>();
    private final List<PendingEvent> acknowledged = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ACKNOWLEDGE;
    private volatile Set<String> failing = Set.of();
    private volatile Consumer<PendingEvent> onSend = event -> {};

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** These event ids fail; others are acknowledged. */
    void failing(Set<String> eventIds) {
        this.failing = eventIds;
    }

    void onSend(Consumer<PendingEvent> action) {
        this.onSend = action;
    }

    List<PendingEvent> attempts() {
        return new ArrayList<>(attempts);
    }

    List<String> acknowledgedIds() {
        return acknowledged.stream().map(PendingEvent::eventId).toList();
    }

    @Override
    public CompletableFuture<?> publish(PendingEvent event) {
        attempts.add(event);
        onSend.accept(event);
        if (mode == Mode.UNREACHABLE) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        }
        if (mode == Mode.TIMEOUT || failing.contains(event.eventId())) {
            // Fails a little later, as a broker's answer does, not while publish() returns.
            return CompletableFuture.supplyAsync(
                    () -> {
                        throw new IllegalStateException("not acknowledged");
                    },
                    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }
        acknowledged.add(event);
        return CompletableFuture.completedFuture(event.eventId());
    }
}
