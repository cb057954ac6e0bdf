package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A case or visit was rated (好差评), by the person served or by default after the rating period.
 *
 * @param ratingId the rating (aggregate id)
 * @param targetType {@code CASE} or {@code VISIT}
 * @param targetId the case id or booking id
 * @param department the department rated, or {@code null}
 * @param level 1 非常满意 … 5 非常不满意; 4 and 5 are bad reviews
 * @param channel the rating channel ({@code PC}, {@code MOBILE}, …, {@code DEFAULT} when defaulted)
 * @param defaulted whether no one rated and the default level was given
 * @param givenAt when
 */
@EventType("onewindow.supervision.RatingGiven.v1")
public record RatingGiven(
        String ratingId,
        String targetType,
        String targetId,
        String department,
        int level,
        String channel,
        boolean defaulted,
        Instant givenAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ratingId;
    }
}
