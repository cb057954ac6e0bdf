package io.onewindow.supervision.bans.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A booking ban (no-shows) as supervision keeps it: whom it bars (by the hash and masked ID number the
 * events carry), why, until when, and whether a platform admin lifted it early and why. Lifting a ban
 * early is a favour supervision reviews: rule 16 raises a warning for the inspectors.
 *
 * @param id the ban
 * @param principalIdHash the barred person's ID hash (as on booking events)
 * @param principalIdMasked the masked ID number
 * @param reason {@code NO_SHOWS}
 * @param noShows the no-shows that led to it
 * @param imposedAt when it was imposed (the event's time)
 * @param until the end of the ban
 * @param liftedAt when it was lifted early, or {@code null}
 * @param liftedBy the admin who lifted it, or {@code null}
 * @param liftReason the admin's reason, or {@code null}
 */
public record BookingBanRecord(
        String id,
        String principalIdHash,
        String principalIdMasked,
        String reason,
        int noShows,
        Instant imposedAt,
        Instant until,
        Instant liftedAt,
        String liftedBy,
        String liftReason) {

    public static final int RULE = 16;
    public static final String LIFTED_EARLY = "booking.ban-lifted-early";

    public BookingBanRecord {
        Objects.requireNonNull(id, "id");
    }

    /** Whether the ban bars the person at {@code now}. */
    public boolean activeAt(Instant now) {
        return liftedAt == null && until != null && now.isBefore(until) && imposedAt != null;
    }

    /**
     * Rule 16: a ban lifted before its end is reviewed by the inspectors — a warning naming the admin who
     * lifted it, with the lifting event as evidence; nothing for a ban lifted after it ended anyway.
     */
    public List<AlertCandidate> review(String liftEventId) {
        if (liftedAt == null || (until != null && !liftedAt.isBefore(until))) {
            return List.of();
        }
        return List.of(new AlertCandidate(
                RULE,
                LIFTED_EARLY,
                "BAN",
                id,
                null,
                Severity.WARNING,
                null,
                List.of(liftEventId),
                List.of(liftedBy),
                liftedAt,
                "booking ban of " + principalIdMasked + " (" + noShows + " no-shows, until " + until
                        + ") lifted early by " + liftedBy + (liftReason == null ? "" : ": " + liftReason)));
    }
}
