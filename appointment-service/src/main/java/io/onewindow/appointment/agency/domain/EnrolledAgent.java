package io.onewindow.appointment.agency.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent account enrolled under an intermediary: the account and the agent's resident ID number
 * as its pseudonym and masked value (the number itself is never stored).
 *
 * @param username the agent's account (token {@code preferred_username})
 * @param idPseudonym pseudonym of the agent's resident ID number
 * @param idMasked the number masked, to show
 * @param enrolledBy the platform administrator
 * @param enrolledAt when
 * @param suspendedReason why an inspector suspended the agent, {@code null} while not suspended
 */
public record EnrolledAgent(
        String username,
        String idPseudonym,
        String idMasked,
        String enrolledBy,
        Instant enrolledAt,
        String suspendedReason) {

    public EnrolledAgent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(idPseudonym, "idPseudonym");
        Objects.requireNonNull(idMasked, "idMasked");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    EnrolledAgent withSuspension(String reason) {
        return new EnrolledAgent(username, idPseudonym, idMasked, enrolledBy, enrolledAt, reason);
    }
}
