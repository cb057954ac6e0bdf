package io.onewindow.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day reached by counting working days, and whether the count rests on a provisional year
 * (one whose official holiday arrangement is not published yet): such a date is shown as
 * provisional (临时推算) and may move when the official arrangement is entered.
 *
 * @param date the day
 * @param provisional whether a day counted lies in a provisional year
 */
public record DueDate(LocalDate date, boolean provisional) {

    public DueDate {
        Objects.requireNonNull(date, "date");
    }

    /** A day counted on official years only. */
    public static DueDate official(LocalDate date) {
        return new DueDate(date, false);
    }
}
