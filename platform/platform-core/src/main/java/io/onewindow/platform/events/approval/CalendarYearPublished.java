package io.onewindow.platform.events.approval;

import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.YearArrangement;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * A year's official holiday arrangement was entered by one platform-admin and confirmed by a
 * second (four eyes): from now on every service counts that year on it instead of the
 * provisional arrangement derived from the holiday law, and recomputes the open deadlines that
 * rested on the provisional one. Keyed by {@code calendar-<year>}.
 *
 * @param year the year arranged
 * @param noticeNumber the State Council notice's number, e.g. {@code 国办发明电〔2026〕7号}
 * @param noticeDate the day the notice was issued
 * @param entries every day off and make-up working day of the year, in date order
 * @param enteredBy username of the platform-admin who entered it
 * @param confirmedBy username of the second platform-admin who confirmed it
 * @param publishedAt when it was confirmed and took effect
 */
@EventType("onewindow.approval.CalendarYearPublished.v1")
public record CalendarYearPublished(
        int year,
        String noticeNumber,
        LocalDate noticeDate,
        List<CalendarDay> entries,
        String enteredBy,
        String confirmedBy,
        Instant publishedAt)
        implements DomainEvent {

    public CalendarYearPublished {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The aggregate id of a calendar year: {@code calendar-<year>}. */
    public static String aggregateIdOf(int year) {
        return "calendar-" + year;
    }

    @Override
    public String aggregateId() {
        return aggregateIdOf(year);
    }

    /**
     * The arrangement, checked whole.
     *
     * @throws IllegalArgumentException if the entries are not a consistent arrangement of the year
     */
    public YearArrangement arrangement() {
        return new YearArrangement(Year.of(year), entries);
    }
}
