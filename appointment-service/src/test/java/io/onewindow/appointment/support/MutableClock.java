package io.onewindow.appointment.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, in the service's zone (Asia/Shanghai). */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MutableClock(LocalDateTime localNow) {
        this.now = localNow.atZone(SHANGHAI).toInstant();
    }

    public void set(LocalDateTime localNow) {
        now = localNow.atZone(SHANGHAI).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
