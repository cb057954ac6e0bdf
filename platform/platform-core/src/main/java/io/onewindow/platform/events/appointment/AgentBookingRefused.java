package io.onewindow.platform.events.appointment;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An agent's booking for someone else was refused before anything was held: recorded so that
 * supervision sees agents who try to book without proof.
 *
 * @param refusalId the recorded refusal (aggregate id)
 * @param agentUsername the agent's account
 * @param agentPseudonym pseudonym of the agent's resident ID number, {@code null} when the token
 *     carried none
 * @param intermediaryCode the agent's intermediary, {@code null} when not enrolled
 * @param principalPseudonym pseudonym of the person named as principal
 * @param servicePointId where
 * @param matterCode the matter asked for
 * @param department the matter's department, when known
 * @param reason {@code NOT_ENROLLED}, {@code SUSPENDED}, {@code NO_MANDATE},
 *     {@code MANDATE_OUT_OF_SCOPE}, {@code AGENT_LIMIT} or {@code INTERMEDIARY_LIMIT}
 * @param refusedAt when
 */
@EventType("onewindow.appointment.AgentBookingRefused.v1")
public record AgentBookingRefused(
        String refusalId,
        String agentUsername,
        String agentPseudonym,
        String intermediaryCode,
        String principalPseudonym,
        String servicePointId,
        String matterCode,
        String department,
        String reason,
        Instant refusedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return refusalId;
    }
}
