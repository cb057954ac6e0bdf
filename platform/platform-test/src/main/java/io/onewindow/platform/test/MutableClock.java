package io.onewindow.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock tests move by hand, in the district's zone unless told otherwise. It stands still
 * between moves, or, made {@link #ticking(Instant)}, runs on with real time from where it was set
 * (for code that waits on real time, like token expiry or the outbox relay's claims). Copies made
 * with {@link #withZone(ZoneId)} share the time, so a service that zones the clock still sees
 * every move.
 */
public final class MutableClock extends Clock {

    /** The district's zone, which the services' own clock uses. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final State state;
    private final ZoneId zone;

    /** A clock standing at {@code start}, in Shanghai. */
    public MutableClock(Instant start) {
        this(new State(start, false), SHANGHAI);
    }

    /** A clock standing at {@code localNow} in Shanghai. */
    public MutableClock(LocalDateTime localNow) {
        this(localNow.atZone(SHANGHAI).toInstant());
    }

    private MutableClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock standing at 10:00 in Shanghai on {@code day} (ISO date), inside opening hours. */
    public static MutableClock on(String day) {
        return new MutableClock(atTen(LocalDate.parse(day)));
    }

    /** A clock that runs on with real time from {@code start}. */
    public static MutableClock ticking(Instant start) {
        return new MutableClock(new State(start, true), SHANGHAI);
    }

    /** Moves the clock to {@code instant}. */
    public MutableClock set(Instant instant) {
        state.set(instant);
        return this;
    }

    /** Moves the clock to {@code localNow} in Shanghai. */
    public MutableClock set(LocalDateTime localNow) {
        return set(localNow.atZone(SHANGHAI).toInstant());
    }

    /** Moves the clock to 10:00 in Shanghai on {@code day} (ISO date). */
    public MutableClock setTo(String day) {
        return set(atTen(LocalDate.parse(day)));
    }

    /** Moves the clock to {@code instant}. */
    public MutableClock setTo(Instant instant) {
        return set(instant);
    }

    /** Moves the clock on by {@code duration}. */
    public MutableClock advance(Duration duration) {
        state.advance(duration);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(state, other);
    }

    @Override
    public Instant instant() {
        return state.now();
    }

    private static Instant atTen(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    }

    /** The time, shared by a clock and its zoned copies. */
    private static final class State {

        private final boolean ticking;
        // For a standing clock: the time. For a ticking one: the offset from real time, in nanos.
        private final AtomicReference<Instant> standing = new AtomicReference<>();
        private final AtomicReference<Duration> offset = new AtomicReference<>();

        State(Instant start, boolean ticking) {
            this.ticking = ticking;
            set(start);
        }

        void set(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            if (ticking) {
                offset.set(Duration.between(Instant.now(), instant));
            } else {
                standing.set(instant);
            }
        }

        void advance(Duration duration) {
            if (ticking) {
                offset.updateAndGet(current -> current.plus(duration));
            } else {
                standing.updateAndGet(current -> current.plus(duration));
            }
        }

        Instant now() {
            return ticking ? Instant.now().plus(offset.get()) : standing.get();
        }
    }
}
