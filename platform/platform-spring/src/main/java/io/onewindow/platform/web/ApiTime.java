package io.onewindow.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one time convention of the API: an instant is written as RFC 3339 with the offset of the
 * service's zone ({@code onewindow.service.time-zone}, e.g. {@code 2026-12-07T09:00:00+08:00};
 * fractional seconds only when not zero), and read from RFC 3339 with any offset ({@code +08:00},
 * {@code Z}, {@code -05:00}); a value without an offset is the district's local time, as clients
 * written before the convention send it. Calendar dates stay plain dates ({@code 2026-12-07}).
 *
 * <p>Jackson ({@link ApiTimeJackson}) and query parameters ({@link WebAutoConfiguration}) both go
 * through it, so a value the API returns can always be sent back.
 */
public final class ApiTime {

    /** The form written: date, time with seconds, fraction only when not zero, the offset. */
    public static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** RFC 3339 ({@code T}/{@code Z} in either case), the offset optional. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A {@code +} left unencoded in a query string arrives as a space: {@code 09:00:00 08:00}. */
    private static final Pattern PLUS_AS_SPACE = Pattern.compile(" (\\d{2}:?\\d{2})$");

    private final ZoneId zone;

    public ApiTime(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The zone instants are written in, and offset-less values are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** The instant as the API writes it, e.g. {@code 2026-12-07T09:00:00+08:00}. */
    public String format(Instant instant) {
        return WRITTEN.format(instant.atZone(zone));
    }

    /** The instant at the offset of the service's zone. */
    public OffsetDateTime offset(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /** A district-local date-time at the offset its zone has then. */
    public OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    /** The district-local date-time of a value read with any offset (the slot a start names). */
    public LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime();
    }

    /**
     * Reads an instant: RFC 3339 with any offset, or a local date-time of the district.
     *
     * @throws DateTimeParseException when the text is neither
     */
    public OffsetDateTime parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new DateTimeParseException("an empty time", text, 0);
        }
        value = PLUS_AS_SPACE.matcher(value).replaceFirst("+$1");
        TemporalAccessor parsed = READ.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) {
            return offset;
        }
        return ((LocalDateTime) parsed).atZone(zone).toOffsetDateTime();
    }

    /** An example instant for documents: 9 o'clock on 2026-12-07 in the service's zone. */
    public String example() {
        return WRITTEN.format(ZonedDateTime.of(LocalDate.of(2026, 12, 7), LocalTime.of(9, 0), zone));
    }
}
