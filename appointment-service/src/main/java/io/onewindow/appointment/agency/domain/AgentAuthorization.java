package io.onewindow.appointment.agency.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule of acting for someone else: an agent may book for a principal only when enrolled
 * under a registered intermediary with the ID number of their token, neither the agent nor the
 * intermediary suspended, and holding a live mandate of that principal (a person) that names every
 * matter asked (or names none). The first check that fails is the reason of the refusal.
 */
public final class AgentAuthorization {

    private AgentAuthorization() {}

    /**
     * The outcome: either the mandate and intermediary the agent acts under, or the refusal reason
     * ({@code AgentBookingRefused}) with its problem code.
     */
    public record Decision(String mandateId, String intermediaryCode, String reason, String problemCode) {

        public boolean allowed() {
            return reason == null;
        }

        static Decision allow(String mandateId, String intermediaryCode) {
            return new Decision(Objects.requireNonNull(mandateId), intermediaryCode, null, null);
        }

        static Decision refuse(String intermediaryCode, String reason, String problemCode) {
            return new Decision(null, intermediaryCode, reason, problemCode);
        }
    }

    /**
     * Decides whether the agent may act.
     *
     * @param intermediary the intermediary the account is enrolled under, if any
     * @param agentUsername the agent's account
     * @param agentPseudonym pseudonym of the ID number in the agent's token, {@code null} for none
     * @param principalPseudonym pseudonym of the principal's ID number
     * @param matters every matter asked
     * @param mandates the mandates given to this agent (any principal, any state)
     * @param now the moment of the request
     */
    public static Decision decide(
            Optional<Intermediary> intermediary,
            String agentUsername,
            String agentPseudonym,
            String principalPseudonym,
            Collection<String> matters,
            List<Mandate> mandates,
            Instant now) {
        if (intermediary.isEmpty() || agentPseudonym == null) {
            return Decision.refuse(
                    intermediary.map(Intermediary::creditCode).orElse(null), "NOT_ENROLLED", "agency.not-enrolled");
        }
        Intermediary registered = intermediary.get();
        Optional<EnrolledAgent> agent =
                registered.agent(agentUsername).filter(a -> a.idPseudonym().equals(agentPseudonym));
        if (agent.isEmpty()) {
            return Decision.refuse(registered.creditCode(), "NOT_ENROLLED", "agency.not-enrolled");
        }
        if (registered.suspended() || agent.get().suspended()) {
            return Decision.refuse(registered.creditCode(), "SUSPENDED", "agency.suspended");
        }
        List<Mandate> live = mandates.stream()
                .filter(m -> m.principalKind() == PrincipalKind.PERSON)
                .filter(m -> m.isBetween(principalPseudonym, agentPseudonym))
                .filter(m -> m.isLiveAt(now))
                .toList();
        if (live.isEmpty()) {
            return Decision.refuse(registered.creditCode(), "NO_MANDATE", "mandate.missing");
        }
        return live.stream()
                .filter(m -> m.coversMatters(matters))
                .min(Comparator.comparing(Mandate::grantedAt))
                .map(m -> Decision.allow(m.id(), registered.creditCode()))
                .orElseGet(
                        () -> Decision.refuse(registered.creditCode(), "MANDATE_OUT_OF_SCOPE", "mandate.out-of-scope"));
    }
}
