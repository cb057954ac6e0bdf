package io.onewindow.supervision.statistics.domain;

import io.onewindow.platform.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a period report covers, {@code from} to {@code to} inclusive, at most {@value #MAX_DAYS} days
 * (a leap year), so one report spans at most a year's figures.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period, in days counted inclusively. */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidValueException("report.period-reversed", "to", "to " + to + " is before from " + from);
        }
        if (days(from, to) > MAX_DAYS) {
            throw new InvalidValueException(
                    "report.period-too-long", "to", "a period spans at most " + MAX_DAYS + " days");
        }
    }

    /**
     * The period of two ISO dates ({@code YYYY-MM-DD}) as given in a request.
     *
     * @throws InvalidValueException naming {@code from} or {@code to} if one is missing or malformed, the
     *     period is reversed or longer than {@value #MAX_DAYS} days
     */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(date("from", from), date("to", to));
    }

    /** Whether {@code at} falls on one of the period's days in {@code zone}; never for {@code null}. */
    public boolean contains(Instant at, ZoneId zone) {
        if (at == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The number of days, both ends counted. */
    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("report.period-missing", field, field + " is required (YYYY-MM-DD)");
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidValueException("report.period-malformed", field, field + " is not a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidValueException("report.period-malformed", field, field + " is not a date YYYY-MM-DD");
        }
    }
}
