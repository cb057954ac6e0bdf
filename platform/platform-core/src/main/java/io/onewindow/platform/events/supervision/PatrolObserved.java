package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A volunteer supervisor (义务监督员) recorded a patrol observation at a hall. The volunteer is a
 * citizen, not staff acting in a role: the event names them by the platform's keyed pseudonym only,
 * never by username or ID number. The description and the photo stay in the service; the photo is
 * named by its stored id and SHA-256.
 *
 * @param patrolId the observation (aggregate id)
 * @param servicePointId the hall
 * @param window the window's number, or {@code null}
 * @param category what was seen, e.g. {@code QUEUE_ORDER}, {@code SCALPING}
 * @param department the department of the window observed, or {@code null} when not known
 * @param observedAt when the volunteer saw it
 * @param volunteerPseudonym the volunteer's keyed pseudonym (HMAC of the ID number), or {@code null}
 * @param photoId the stored photo's id, or {@code null}
 * @param photoSha256 the photo's SHA-256 (hex), or {@code null}
 * @param recordedAt when it was recorded
 */
@EventType("onewindow.supervision.PatrolObserved.v1")
public record PatrolObserved(
        String patrolId,
        String servicePointId,
        String window,
        String category,
        String department,
        Instant observedAt,
        String volunteerPseudonym,
        String photoId,
        String photoSha256,
        Instant recordedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return patrolId;
    }
}
