package io.onewindow.approval.agency.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.approval.AgentFilingRefused;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent's request for a principal that was refused because the agent had no proof to act (not
 * enrolled, barred, no mandate, mandate out of scope): kept, and published as
 * {@link AgentFilingRefused}, so supervision sees agents who try to act without one. Written once,
 * never changed.
 */
public final class AgentFilingRefusal extends AggregateRoot {

    private String id;
    private String agentUsername;
    private String agentPseudonym;
    private String principalPseudonym;
    private String matterCode;
    private String department;
    private String action;
    private String caseId;
    private String reason;
    private Instant refusedAt;

    // For the persistence mapper; refusals are made by record(...).
    AgentFilingRefusal() {}

    /**
     * Records a refusal.
     *
     * @param id the refusal's id
     * @param agentUsername the agent's account
     * @param agentPseudonym pseudonym of the agent's ID number, {@code null} when the token carried none
     * @param principalPseudonym the principal named
     * @param matterCode the matter
     * @param department the matter's department
     * @param action what the agent tried: {@code FILE}, {@code WITHDRAW} or {@code RESUBMIT}
     * @param caseId the case acted on, {@code null} for a new filing
     * @param refusal why
     * @param at when
     */
    public static AgentFilingRefusal record(
            String id,
            String agentUsername,
            String agentPseudonym,
            String principalPseudonym,
            String matterCode,
            String department,
            String action,
            String caseId,
            MandateRule.Refusal refusal,
            Instant at) {
        AgentFilingRefusal r = new AgentFilingRefusal();
        r.id = Objects.requireNonNull(id, "id");
        r.agentUsername = agentUsername;
        r.agentPseudonym = agentPseudonym;
        r.principalPseudonym = principalPseudonym;
        r.matterCode = matterCode;
        r.department = department;
        r.action = action;
        r.caseId = caseId;
        r.reason = Objects.requireNonNull(refusal, "refusal").name();
        r.refusedAt = Objects.requireNonNull(at, "at");
        r.record(new AgentFilingRefused(
                r.id, agentUsername, agentPseudonym, principalPseudonym, matterCode, department, r.reason, at));
        return r;
    }

    public String id() {
        return id;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public String agentPseudonym() {
        return agentPseudonym;
    }

    public String principalPseudonym() {
        return principalPseudonym;
    }

    public String matterCode() {
        return matterCode;
    }

    public String department() {
        return department;
    }

    public String action() {
        return action;
    }

    public String caseId() {
        return caseId;
    }

    public String reason() {
        return reason;
    }

    public Instant refusedAt() {
        return refusedAt;
    }
}
