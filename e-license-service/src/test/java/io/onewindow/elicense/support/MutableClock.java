package io.onewindow.elicense.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets to any instant and that keeps ticking from there in real time, so
 * platform parts that wait on the same clock (the outbox relay's retry back-off and claims)
 * still see time pass. Keeps the zone it is asked for, like the system clock.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new AtomicReference<>(Duration.between(Instant.now(), start)), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void set(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(offset, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
