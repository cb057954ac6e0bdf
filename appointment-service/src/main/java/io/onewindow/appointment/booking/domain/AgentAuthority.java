package io.onewindow.appointment.booking.domain;

import java.util.Objects;

/**
 * What an agent acts under, once the {@link AgentGate} has checked it.
 *
 * @param mandateId the live mandate of the principal that covers the matters
 * @param intermediaryCode the credit code of the agent's registered intermediary
 * @param agentUsername the agent's account
 */
public record AgentAuthority(String mandateId, String intermediaryCode, String agentUsername) {

    public AgentAuthority {
        Objects.requireNonNull(mandateId, "mandateId");
        Objects.requireNonNull(intermediaryCode, "intermediaryCode");
        Objects.requireNonNull(agentUsername, "agentUsername");
    }
}
