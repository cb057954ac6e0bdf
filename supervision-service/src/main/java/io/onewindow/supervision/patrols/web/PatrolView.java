package io.onewindow.supervision.patrols.web;

import io.onewindow.supervision.patrols.Patrols;
import io.onewindow.supervision.patrols.domain.Patrol;
import java.time.Instant;

/**
 * A patrol observation as its volunteer and the inspectors read it. The volunteer's username is shown to
 * inspectors only ({@code volunteer} is {@code null} in the volunteer's own list: he knows).
 *
 * @param alertId rule 21's alert about it, or {@code null} when its category raises none
 * @param photo whether a photo is attached ({@code photoSha256}, {@code photoContentType} describe it)
 */
record PatrolView(
        String id,
        String servicePointId,
        String window,
        String category,
        String categoryLabel,
        String department,
        String description,
        Instant observedAt,
        Instant recordedAt,
        String volunteer,
        boolean photo,
        String photoContentType,
        String photoSha256,
        String alertId) {

    static PatrolView forVolunteer(Patrols.Recorded recorded) {
        return of(recorded, false);
    }

    static PatrolView forInspector(Patrols.Recorded recorded) {
        return of(recorded, true);
    }

    private static PatrolView of(Patrols.Recorded recorded, boolean inspector) {
        Patrol p = recorded.patrol();
        return new PatrolView(
                p.id(),
                p.servicePointId(),
                p.window(),
                p.category().name(),
                p.category().label(),
                p.department(),
                p.description(),
                p.observedAt(),
                p.recordedAt(),
                inspector ? p.volunteer() : null,
                p.photoId() != null,
                p.photoContentType(),
                p.photoSha256(),
                recorded.alertId());
    }
}
