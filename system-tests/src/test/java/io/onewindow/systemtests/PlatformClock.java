package io.onewindow.systemtests;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time the platform under test lives in, shared by the services and the tests.
 *
 * <p>Without the system property {@value #PROPERTY} it is the real clock. With it, e.g.
 * {@code -Donewindow.systemtests.clock=2026-12-05T09:30:00+08:00} (an ISO-8601 date-time with
 * offset, or a local date-time read in the service zone {@code Asia/Shanghai}), the platform
 * starts at that instant and runs on from there: {@link RunningPlatform} gives every service an
 * {@code onewindow.clock.offset-file} holding {@link #offset()}, and the tests take "now" and
 * "today" from here, so both sides agree whatever the wall clock says. The offset is fixed once
 * per test JVM, when it is first asked for (the platform's start).
 */
final class PlatformClock {

    /** The system property that moves the whole platform's clock. */
    static final String PROPERTY = "onewindow.systemtests.clock";

    /** The official calendar's time zone: "today" of the services. */
    static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformClock() {}

    /** How far the platform's clock runs ahead of the real one (negative: behind); zero without the property. */
    static Duration offset() {
        return Offset.VALUE;
    }

    /** Whether {@value #PROPERTY} moved the platform's clock. */
    static boolean moved() {
        return Offset.START != null;
    }

    /** The platform's clock, in the service zone. */
    static Clock clock() {
        return Clock.offset(Clock.system(SERVICE_ZONE), offset());
    }

    /** The platform's now. */
    static Instant now() {
        return clock().instant();
    }

    /** The platform's local date-time in the service zone (what slots are written in). */
    static LocalDateTime localNow() {
        return LocalDateTime.now(clock());
    }

    /** The services' today. */
    static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The instant named by {@value #PROPERTY}, or null when it is not set. */
    static Instant configuredStart() {
        String value = System.getProperty(PROPERTY, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(SERVICE_ZONE).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + "=" + value
                                + " is not an ISO-8601 date-time such as 2026-12-05T09:30:00+08:00",
                        e);
            }
        }
    }

    /** Computed once, on first use: the platform starts at the configured instant. */
    private static final class Offset {
        static final Instant START = configuredStart();
        static final Duration VALUE = START == null ? Duration.ZERO : Duration.between(Instant.now(), START);
    }
}
