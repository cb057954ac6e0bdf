package io.onewindow.appointment.slot;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * This instance's memory of slots seen without a place (a take refused, an availability read showing
 * none), so that during a release surge a request for a full slot is refused without a store round
 * trip. It can only make a refusal come sooner, never a booking: a place is still taken by the
 * store's conditional update alone. A mark is trusted for {@code memory}; after that the slot is
 * asked again (by {@code _id}) before it is refused. A place given back on this instance, or a read
 * that sees a place, forgets the mark at once; a place given back on another instance is seen by the
 * next availability read here, or once the mark is older than {@code memory}. A memory of zero
 * remembers nothing.
 */
final class FullSlots {

    /** What the memory says of a slot. */
    enum Seen {
        /** Not seen full, or seen with a place since: ask the store by taking a place. */
        UNKNOWN,
        /** Seen full within the memory: refuse without asking the store. */
        FULL,
        /** Seen full longer ago than the memory: ask the store whether it still is. */
        STALE
    }

    private final long memoryNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Long> seenFullAt = new ConcurrentHashMap<>();

    FullSlots(Duration memory, LongSupplier nanoTime) {
        if (memory.isNegative()) {
            throw new IllegalArgumentException("the full slots' memory must not be negative");
        }
        this.memoryNanos = memory.toNanos();
        this.nanoTime = nanoTime;
    }

    Seen seen(String slotId) {
        Long at = seenFullAt.get(slotId);
        if (at == null) {
            return Seen.UNKNOWN;
        }
        return nanoTime.getAsLong() - at < memoryNanos ? Seen.FULL : Seen.STALE;
    }

    /** The store answered that the slot has no place left. */
    void full(String slotId) {
        if (memoryNanos > 0) {
            seenFullAt.put(slotId, nanoTime.getAsLong());
        }
    }

    /** A place of the slot was given back, or the store showed one: forget the mark. */
    void open(String slotId) {
        seenFullAt.remove(slotId);
    }
}
