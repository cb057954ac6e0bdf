package io.onewindow.approval.agency.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an agent may act for a principal on a matter now (代办须有授权): the agent is enrolled
 * under a registered intermediary (matched by account and ID-number pseudonym), neither the agent
 * nor the intermediary is barred, and a mandate of that principal to that agent, given under an
 * intermediary the agent may act for, is not revoked, is within [validFrom, validUntil] and covers
 * the matter (an empty matter list covers every matter). The first unmet condition is the answer.
 */
public final class MandateRule {

    private MandateRule() {}

    /** Why an agent may not act, in the order the conditions are checked. */
    public enum Refusal {
        NOT_ENROLLED("agency.not-enrolled", "the agent is not enrolled under a registered intermediary"),
        SUSPENDED("agency.suspended", "the agent or their intermediary is barred from acting for others"),
        NO_MANDATE("mandate.missing", "no live mandate of this principal for this agent"),
        MANDATE_OUT_OF_SCOPE("mandate.out-of-scope", "the principal's mandate does not cover this matter");

        private final String problemCode;
        private final String message;

        Refusal(String problemCode, String message) {
            this.problemCode = problemCode;
            this.message = message;
        }

        /** The problem code the refusal is answered with. */
        public String problemCode() {
            return problemCode;
        }

        public String message() {
            return message;
        }
    }

    /**
     * The answer: the mandate that allows it, or the refusal.
     *
     * @param mandateId the mandate used, when allowed
     * @param refusal why not, when refused
     */
    public record Decision(String mandateId, Refusal refusal) {

        public boolean allowed() {
            return refusal == null;
        }

        static Decision allowedBy(String mandateId) {
            return new Decision(mandateId, null);
        }

        static Decision refused(Refusal refusal) {
            return new Decision(null, refusal);
        }
    }

    /**
     * Decides for one request.
     *
     * @param agentUsername the caller's account
     * @param agentPseudonym pseudonym of the ID number in the caller's token, {@code null} when it has none
     * @param principalPseudonym the principal the agent names
     * @param matterCode the matter
     * @param enrolments the enrolments of the agent's account (others are ignored)
     * @param bars the current bars of the agent's intermediaries
     * @param mandates the mandates of the principal (others are ignored)
     * @param now the instant of the request
     */
    public static Decision decide(
            String agentUsername,
            String agentPseudonym,
            String principalPseudonym,
            String matterCode,
            Collection<Enrolment> enrolments,
            Collection<Bar> bars,
            Collection<Mandate> mandates,
            Instant now) {
        Objects.requireNonNull(now, "now");
        if (agentUsername == null || agentPseudonym == null) {
            return Decision.refused(Refusal.NOT_ENROLLED);
        }
        List<Enrolment> own = enrolments.stream()
                .filter(e -> agentUsername.equals(e.agentUsername()) && agentPseudonym.equals(e.agentPseudonym()))
                .toList();
        if (own.isEmpty()) {
            return Decision.refused(Refusal.NOT_ENROLLED);
        }
        Set<String> free = own.stream()
                .map(Enrolment::intermediaryCode)
                .filter(code -> bars.stream().noneMatch(bar -> bar.stops(code, agentUsername)))
                .collect(Collectors.toSet());
        if (free.isEmpty()) {
            return Decision.refused(Refusal.SUSPENDED);
        }
        Set<String> enrolledUnder =
                own.stream().map(Enrolment::intermediaryCode).collect(Collectors.toSet());
        List<Mandate> live = mandates.stream()
                .filter(m -> Objects.equals(principalPseudonym, m.principalPseudonym()))
                .filter(m -> agentPseudonym.equals(m.agentPseudonym()) && agentUsername.equals(m.agentUsername()))
                .filter(m -> enrolledUnder.contains(m.intermediaryCode()))
                .filter(m -> m.liveAt(now))
                .toList();
        if (live.isEmpty()) {
            return Decision.refused(Refusal.NO_MANDATE);
        }
        List<Mandate> usable =
                live.stream().filter(m -> free.contains(m.intermediaryCode())).toList();
        if (usable.isEmpty()) {
            // Every live mandate was given through an intermediary the agent may not act for now.
            return Decision.refused(Refusal.SUSPENDED);
        }
        return usable.stream()
                .filter(m -> m.covers(matterCode))
                .map(Mandate::mandateId)
                .sorted()
                .findFirst()
                .map(Decision::allowedBy)
                .orElseGet(() -> Decision.refused(Refusal.MANDATE_OUT_OF_SCOPE));
    }
}
