package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Service points as read at most {@code maxAge} ago, for the booking path: a point changes
 * rarely (an admin's new hours or closed day) and is read by every booking. This instance forgets
 * a point as soon as it writes it; another instance's write is seen within {@code maxAge}, and
 * until then the slot fences ({@code slot/SlotFences}) keep every slot the write removed from
 * being taken. The points kept are shared by the requests, which only read them. Unknown ids are
 * not remembered (a point created later is found at once). A max age
 * of zero reads every time.
 */
final class RecentServicePoints {

    private record Entry(ServicePoint point, long readAtNanos) {}

    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    // Counts this instance's writes, so that a read that began before a write is not kept after it.
    private final AtomicLong writes = new AtomicLong();

    RecentServicePoints(Duration maxAge, LongSupplier nanoTime) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("the service points' max age must not be negative");
        }
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The point, from memory when read within the max age, else read by {@code read} and kept. */
    Optional<ServicePoint> get(String id, Function<String, Optional<ServicePoint>> read) {
        if (maxAgeNanos == 0) {
            return read.apply(id);
        }
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.readAtNanos() < maxAgeNanos) {
            return Optional.of(entry.point());
        }
        long writesBefore = writes.get();
        Optional<ServicePoint> point = read.apply(id);
        if (point.isPresent() && writes.get() == writesBefore) {
            entries.put(id, new Entry(point.get(), now));
        } else {
            entries.remove(id);
        }
        return point;
    }

    /** Forgets the point (this instance wrote it). */
    void forget(String id) {
        writes.incrementAndGet();
        entries.remove(id);
    }
}
