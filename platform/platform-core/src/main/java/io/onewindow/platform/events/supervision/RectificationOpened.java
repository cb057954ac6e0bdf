package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bad rating opened a rectification the department must follow up by a deadline.
 *
 * @param rectificationId the rectification (aggregate id)
 * @param ratingId the bad rating
 * @param department the responsible department
 * @param dueOn the last working day to follow up
 * @param openedAt when
 * @param dueProvisional whether {@code dueOn} rests on a provisional calendar year (临时推算): it is
 *     counted again when the official year is published ({@link DeadlineRecomputed}); {@code false}
 *     in events written before the field existed
 */
@EventType("onewindow.supervision.RectificationOpened.v1")
public record RectificationOpened(
        String rectificationId,
        String ratingId,
        String department,
        LocalDate dueOn,
        Instant openedAt,
        Boolean dueProvisional)
        implements DomainEvent {

    // A Boolean, not a boolean: an event written before the field existed lacks it, and a
    // missing primitive would make a strict JSON reader refuse the whole event.
    public RectificationOpened {
        dueProvisional = Boolean.TRUE.equals(dueProvisional);
    }

    /** A rectification whose deadline rests on official calendar years only. */
    public RectificationOpened(
            String rectificationId, String ratingId, String department, LocalDate dueOn, Instant openedAt) {
        this(rectificationId, ratingId, department, dueOn, openedAt, false);
    }

    @Override
    public String aggregateId() {
        return rectificationId;
    }
}
