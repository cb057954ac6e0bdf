package io.onewindow.approval.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock in the district's zone that tests move by hand: days pass in a line, not in minutes. */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    private MutableClock(Instant now) {
        this.now = now;
    }

    /** 10:00 in Shanghai on {@code day}. */
    public static MutableClock on(String day) {
        return new MutableClock(atTen(LocalDate.parse(day)));
    }

    public MutableClock setTo(String day) {
        now = atTen(LocalDate.parse(day));
        return this;
    }

    public MutableClock setTo(Instant instant) {
        now = instant;
        return this;
    }

    public MutableClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    private static Instant atTen(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
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
