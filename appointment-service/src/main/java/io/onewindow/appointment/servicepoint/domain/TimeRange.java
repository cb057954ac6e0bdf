package io.onewindow.appointment.servicepoint.domain;

import java.time.LocalTime;
import java.util.Objects;

/** An opening period within one day, e.g. 09:00–12:00. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an opening period must end after it starts: " + start + "-" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }
}
