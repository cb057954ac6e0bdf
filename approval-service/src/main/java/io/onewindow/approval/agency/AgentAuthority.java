package io.onewindow.approval.agency;

import io.onewindow.approval.agency.domain.AgentFilingRefusal;
import io.onewindow.approval.agency.domain.Enrolment;
import io.onewindow.approval.agency.domain.MandateRule;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Whether an agent may act for a principal on a matter now, asked by the case use cases before an
 * agent files, withdraws or answers a correction notice for someone else. The answer comes from
 * approval's copy of the agency register ({@link AgencyRegister}), judged by {@link MandateRule}. A
 * refusal is recorded and published ({@code AgentFilingRefused}) before it is answered with 403.
 */
@UseCase
public class AgentAuthority {

    /** What the agent tried. */
    public enum Action {
        FILE,
        WITHDRAW,
        RESUBMIT
    }

    /**
     * The request to judge.
     *
     * @param principalPseudonym the principal ({@code IdentityPseudonyms#ofApplicant})
     * @param matterCode the matter
     * @param department the matter's department
     * @param action what the agent tries
     * @param caseId the case acted on, {@code null} for a new filing
     */
    public record Request(
            String principalPseudonym, String matterCode, String department, Action action, String caseId) {}

    private final AgencyRegisterStore register;
    private final AgentFilingRefusalStore refusals;
    private final IdentityPseudonyms pseudonyms;
    private final Clock clock;

    AgentAuthority(
            AgencyRegisterStore register,
            AgentFilingRefusalStore refusals,
            IdentityPseudonyms pseudonyms,
            Clock clock) {
        this.register = register;
        this.refusals = refusals;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** The decision for {@code agent} (username and ID-number pseudonym from the token), without recording it. */
    public MandateRule.Decision decide(Caller agent, String principalPseudonym, String matterCode) {
        String agentPseudonym = agentPseudonym(agent);
        List<Enrolment> enrolments = register.enrolmentsOf(agent.username());
        return MandateRule.decide(
                agent.username(),
                agentPseudonym,
                principalPseudonym,
                matterCode,
                enrolments,
                register.barsOf(
                        enrolments.stream().map(Enrolment::intermediaryCode).toList()),
                register.mandatesOf(principalPseudonym, agent.username()),
                clock.instant());
    }

    /**
     * Lets the request through, or records the refusal and refuses it.
     *
     * @return the id of the mandate the agent acts under
     * @throws AccessRefusedException {@code agency.not-enrolled}, {@code agency.suspended},
     *     {@code mandate.missing} or {@code mandate.out-of-scope}
     */
    public String requireMandate(Caller agent, Request request) {
        MandateRule.Decision decision = decide(agent, request.principalPseudonym(), request.matterCode());
        if (decision.allowed()) {
            return decision.mandateId();
        }
        MandateRule.Refusal refusal = decision.refusal();
        refusals.add(AgentFilingRefusal.record(
                UUID.randomUUID().toString(),
                agent.username(),
                agentPseudonym(agent),
                request.principalPseudonym(),
                request.matterCode(),
                request.department(),
                request.action().name(),
                request.caseId(),
                refusal,
                clock.instant()));
        throw new AccessRefusedException(refusal.problemCode(), refusal.message());
    }

    private String agentPseudonym(Caller agent) {
        return agent.idNumber() == null ? null : pseudonyms.ofIdNumber(agent.idNumber());
    }
}
