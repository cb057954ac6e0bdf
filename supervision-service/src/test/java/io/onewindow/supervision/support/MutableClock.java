package io.onewindow.supervision.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand; keeps the zone it is asked for, like the system clock does. */
public final class MutableClock extends Clock {

    private final Instant[] now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new Instant[] {start}, ZoneOffset.UTC);
    }

    private MutableClock(Instant[] now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        synchronized (now) {
            now[0] = instant;
        }
    }

    public void advance(Duration duration) {
        synchronized (now) {
            now[0] = now[0].plus(duration);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        synchronized (now) {
            return now[0];
        }
    }
}
