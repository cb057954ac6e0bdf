package io.onewindow.gateway.resilience;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A semaphore bulkhead for one service that waits without blocking: at most
 * {@code maxConcurrentCalls} calls are in flight; a call beyond that waits up to {@code maxWait}
 * for a permit (first come, first served) and is refused with {@link Full} after that.
 * (Resilience4j's semaphore bulkhead waits by blocking the calling thread, which on a Netty event
 * loop would stall every other request of that loop, so the gateway waits on a timer instead.)
 */
final class ConcurrencyLimit {

    /** The limit was reached and no permit came free within the wait. */
    static final class Full extends RuntimeException {
        Full(String name) {
            super("concurrency limit of " + name + " reached", null, false, false);
        }
    }

    /** One call's place; {@link #release()} may be called more than once. */
    final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                releaseOne();
            }
        }
    }

    private final class Waiter {
        private final MonoSink<Permit> sink;
        private Permit granted; // guarded by ConcurrencyLimit.this

        Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
        }
    }

    private final String name;
    private final int maxConcurrentCalls;
    private final Duration maxWait;
    private final Scheduler timer;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inFlight; // guarded by this

    ConcurrencyLimit(String name, int maxConcurrentCalls, Duration maxWait) {
        this(name, maxConcurrentCalls, maxWait, Schedulers.parallel());
    }

    ConcurrencyLimit(String name, int maxConcurrentCalls, Duration maxWait, Scheduler timer) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("max-concurrent-calls of " + name + " must be at least 1");
        }
        this.name = name;
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.maxWait = maxWait.isNegative() ? Duration.ZERO : maxWait;
        this.timer = timer;
    }

    /** A permit, at once or after waiting; {@link Full} when none came free within the wait. */
    Mono<Permit> acquire() {
        return Mono.<Permit>create(sink -> {
                    Waiter waiter;
                    synchronized (this) {
                        if (inFlight < maxConcurrentCalls) {
                            inFlight++;
                            sink.success(new Permit());
                            return;
                        }
                        if (maxWait.isZero()) {
                            sink.error(new Full(name));
                            return;
                        }
                        waiter = new Waiter(sink);
                        waiting.addLast(waiter);
                    }
                    var expiry = timer.schedule(
                            () -> expire(waiter), maxWait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
                    sink.onCancel(() -> {
                        expiry.dispose();
                        abandon(waiter);
                    });
                })
                // a permit handed over while the caller went away goes back at once
                .doOnDiscard(Permit.class, Permit::release);
    }

    /** Calls holding a permit right now. */
    synchronized int inFlight() {
        return inFlight;
    }

    /** Calls waiting for a permit right now. */
    synchronized int waiting() {
        return waiting.size();
    }

    private void expire(Waiter waiter) {
        synchronized (this) {
            if (!waiting.remove(waiter)) {
                return; // got a permit in time
            }
        }
        waiter.sink.error(new Full(name));
    }

    private void abandon(Waiter waiter) {
        Permit granted;
        synchronized (this) {
            if (waiting.remove(waiter)) {
                return;
            }
            granted = waiter.granted;
        }
        if (granted != null) {
            granted.release();
        }
    }

    private void releaseOne() {
        Waiter next;
        Permit handedOver;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                inFlight--;
                return;
            }
            handedOver = new Permit();
            next.granted = handedOver;
        }
        next.sink.success(handedOver);
    }
}
