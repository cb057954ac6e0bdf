package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An agent's filing for someone else was refused before a case was created: no live mandate of
 * that principal for that matter, or the agent (or their intermediary) is barred.
 *
 * @param refusalId the recorded refusal (aggregate id)
 * @param agentUsername the agent's account
 * @param agentPseudonym pseudonym of the agent's resident ID number, {@code null} when the token
 *     carried none
 * @param principalPseudonym pseudonym of the person or enterprise named as applicant
 * @param matterCode the matter
 * @param department the matter's department, when known
 * @param reason {@code NOT_ENROLLED}, {@code SUSPENDED}, {@code NO_MANDATE} or
 *     {@code MANDATE_OUT_OF_SCOPE}
 * @param refusedAt when
 */
@EventType("onewindow.approval.AgentFilingRefused.v1")
public record AgentFilingRefused(
        String refusalId,
        String agentUsername,
        String agentPseudonym,
        String principalPseudonym,
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
