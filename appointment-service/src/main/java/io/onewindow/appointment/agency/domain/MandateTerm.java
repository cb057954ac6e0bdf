package io.onewindow.appointment.agency.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a mandate (授权委托) may be used, as a paper form says it: from its first day to its last
 * day, both whole days in the district's zone. The rule of a sane term: the last day not before
 * the first, the first not before today (a mandate does not act backwards, and so never ends in
 * the past), and at most {@code maxLength} long (the last day before {@code first + maxLength}).
 *
 * @param validFrom the first instant: the start of the first day
 * @param validUntil the last instant: the last millisecond of the last day
 */
public record MandateTerm(Instant validFrom, Instant validUntil) {

    public MandateTerm {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a term ends after it starts");
        }
    }

    /**
     * The term from {@code first} to {@code last}, both inclusive.
     *
     * @throws InvalidValueException {@code mandate.term-reversed}, {@code mandate.term-in-past},
     *     {@code mandate.term-too-long}
     */
    public static MandateTerm of(LocalDate first, LocalDate last, LocalDate today, ZoneId zone, Period maxLength) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException(
                    "mandate.term-reversed", "validUntil", "the last day of the mandate is before its first day");
        }
        if (first.isBefore(today)) {
            throw new InvalidValueException(
                    "mandate.term-in-past", "validFrom", "a mandate starts today or later, never in the past");
        }
        if (!last.isBefore(first.plus(maxLength))) {
            throw new InvalidValueException(
                    "mandate.term-too-long", "validUntil", "a mandate lasts at most " + maxLength);
        }
        return new MandateTerm(
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
    }

    /** Whether {@code now} lies within the term, both ends included. */
    public boolean contains(Instant now) {
        return !now.isBefore(validFrom) && !now.isAfter(validUntil);
    }
}
