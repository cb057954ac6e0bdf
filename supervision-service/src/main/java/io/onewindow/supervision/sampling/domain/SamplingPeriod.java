package io.onewindow.supervision.sampling.domain;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One sampling period: consecutive periods of the configured length from the configured anchor day
 * (default: weeks from Monday 2024-01-01), so that no decided case falls into two periods.
 *
 * @param from first day (district time)
 * @param to the day after the last day
 * @param length the period's length
 */
public record SamplingPeriod(LocalDate from, LocalDate to, Period length) {

    // Enough for daily periods over a few decades.
    private static final int MAX_STEPS = 20_000;

    public SamplingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(length, "length");
    }

    /**
     * The period starting on {@code from}.
     *
     * @throws InvalidValueException ({@code sampling.period-start}, field {@code from}) when no period
     *     starts that day
     */
    public static SamplingPeriod startingOn(LocalDate from, Period length, LocalDate anchor) {
        checkLength(length);
        LocalDate start = anchor;
        for (int step = 1; step <= MAX_STEPS && !start.isAfter(from); step++) {
            if (start.equals(from)) {
                return new SamplingPeriod(from, from.plus(length), length);
            }
            start = anchor.plus(length.multipliedBy(step));
        }
        throw new InvalidValueException(
                "sampling.period-start",
                "from",
                "no sampling period starts on " + from + " (periods of " + length + " from " + anchor + ")");
    }

    /** The last period that ended on or before {@code today}, or {@code null} when none has. */
    public static SamplingPeriod lastEndedBy(LocalDate today, Period length, LocalDate anchor) {
        checkLength(length);
        SamplingPeriod last = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            LocalDate start = anchor.plus(length.multipliedBy(step));
            LocalDate end = anchor.plus(length.multipliedBy(step + 1));
            if (end.isAfter(today)) {
                break;
            }
            last = new SamplingPeriod(start, end, length);
        }
        return last;
    }

    private static void checkLength(Period length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a sampling period is at least one day: " + length);
        }
    }

    /**
     * Refuses a period that has not ended by {@code today}: its decided cases are not all known.
     *
     * @throws ConflictException {@code sampling.period-not-over}
     */
    public void requireEndedBy(LocalDate today) {
        if (to.isAfter(today)) {
            throw new ConflictException(
                    "sampling.period-not-over", "the period " + from + " to " + to.minusDays(1) + " is not over");
        }
    }

    /** The sampling's id: {@code sampling-<from>-<length>}, e.g. {@code sampling-2026-03-02-P7D}. */
    public String samplingId() {
        return "sampling-" + from + "-" + length;
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }
}
