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
 */
@EventType("onewindow.supervision.RectificationOpened.v1")
public record RectificationOpened(
        String rectificationId, String ratingId, String department, LocalDate dueOn, Instant openedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return rectificationId;
    }
}
