package io.onewindow.appointment.booking.domain;

import java.util.List;
import java.util.Objects;

/**
 * An agent asking to book (or move, or cancel) for a principal.
 *
 * @param agentUsername the agent's account, from the token
 * @param agentPseudonym pseudonym of the agent's resident ID number from the token, {@code null}
 *     when the token carries none
 * @param principalPseudonym pseudonym of the principal's ID number (the booking's ID hash)
 * @param servicePointId where
 * @param matterCodes every matter asked (one, or each of a linked business)
 * @param department the (first) matter's department, when known
 */
public record AgentRequest(
        String agentUsername,
        String agentPseudonym,
        String principalPseudonym,
        String servicePointId,
        List<String> matterCodes,
        String department) {

    public AgentRequest {
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(principalPseudonym, "principalPseudonym");
        matterCodes = List.copyOf(matterCodes);
        if (matterCodes.isEmpty()) {
            throw new IllegalArgumentException("an agent request names at least one matter");
        }
    }
}
