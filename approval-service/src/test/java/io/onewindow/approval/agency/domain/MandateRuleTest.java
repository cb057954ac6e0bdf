package io.onewindow.approval.agency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.agency.domain.MandateRule.Refusal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mandate rule at its boundaries: enrolment, bars, revocation, validity, scope. */
class MandateRuleTest {

    private static final String AGENT = "agent1";
    private static final String AGENT_P = "pseudonym-of-agent1";
    private static final String PRINCIPAL = "pseudonym-of-principal";
    private static final String FIRM = "91440113MA5AGENCY1";
    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-31T15:59:59Z");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private static final Enrolment ENROLLED = new Enrolment(FIRM, AGENT, AGENT_P);

    private static Mandate mandate(List<String> matters) {
        return new Mandate("m-1", PRINCIPAL, AGENT_P, AGENT, FIRM, matters, FROM, UNTIL, null);
    }

    private static MandateRule.Decision decide(
            List<Enrolment> enrolments, List<Bar> bars, List<Mandate> mandates, String matter, Instant at) {
        return MandateRule.decide(AGENT, AGENT_P, PRINCIPAL, matter, enrolments, bars, mandates, at);
    }

    @Test
    void aLiveMandateForEveryMatterAllows() {
        MandateRule.Decision decision =
                decide(List.of(ENROLLED), List.of(), List.of(mandate(List.of())), "MR-GT-001", NOW);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.mandateId()).isEqualTo("m-1");
    }

    @Test
    void notEnrolledIsRefusedEvenWithAMandate() {
        assertThat(decide(List.of(), List.of(), List.of(mandate(List.of())), "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.NOT_ENROLLED);
    }

    @Test
    void anEnrolmentOfAnotherPersonUnderTheSameAccountNameDoesNotCount() {
        Enrolment other = new Enrolment(FIRM, AGENT, "pseudonym-of-someone-else");
        assertThat(decide(List.of(other), List.of(), List.of(mandate(List.of())), "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.NOT_ENROLLED);
    }

    @Test
    void aTokenWithoutIdNumberIsNotEnrolled() {
        assertThat(MandateRule.decide(AGENT, null, PRINCIPAL, "X", List.of(ENROLLED), List.of(), List.of(), NOW)
                        .refusal())
                .isEqualTo(Refusal.NOT_ENROLLED);
    }

    @Test
    void aBarredAgentOrIntermediaryIsSuspended() {
        List<Mandate> mandates = List.of(mandate(List.of()));
        assertThat(decide(List.of(ENROLLED), List.of(new Bar(FIRM, AGENT)), mandates, "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.SUSPENDED);
        assertThat(decide(List.of(ENROLLED), List.of(new Bar(FIRM, null)), mandates, "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.SUSPENDED);
        // Another agent's bar under the same intermediary does not touch agent1.
        assertThat(decide(List.of(ENROLLED), List.of(new Bar(FIRM, "agent2")), mandates, "X", NOW)
                        .allowed())
                .isTrue();
    }

    @Test
    void aMandateGivenThroughABarredIntermediaryIsSuspendedWhileAnotherEnrolmentIsFree() {
        Enrolment second = new Enrolment("91440113MA5AGENCY2", AGENT, AGENT_P);
        assertThat(decide(
                                List.of(ENROLLED, second),
                                List.of(new Bar(FIRM, null)),
                                List.of(mandate(List.of())),
                                "X",
                                NOW)
                        .refusal())
                .isEqualTo(Refusal.SUSPENDED);
    }

    @Test
    void noMandateOrAMandateOfAnotherPrincipalOrAgentIsMissing() {
        assertThat(decide(List.of(ENROLLED), List.of(), List.of(), "X", NOW).refusal())
                .isEqualTo(Refusal.NO_MANDATE);
        Mandate otherPrincipal = new Mandate("m-2", "someone-else", AGENT_P, AGENT, FIRM, List.of(), FROM, UNTIL, null);
        Mandate otherAgent = new Mandate("m-3", PRINCIPAL, "agent2-p", "agent2", FIRM, List.of(), FROM, UNTIL, null);
        Mandate otherFirm =
                new Mandate("m-4", PRINCIPAL, AGENT_P, AGENT, "91440113MA5NOTMINE", List.of(), FROM, UNTIL, null);
        assertThat(decide(List.of(ENROLLED), List.of(), List.of(otherPrincipal, otherAgent, otherFirm), "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.NO_MANDATE);
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        List<Mandate> mandates = List.of(mandate(List.of()));
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "X", FROM).allowed())
                .isTrue();
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "X", FROM.minusMillis(1))
                        .refusal())
                .isEqualTo(Refusal.NO_MANDATE);
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "X", UNTIL).allowed())
                .isTrue();
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "X", UNTIL.plusMillis(1))
                        .refusal())
                .isEqualTo(Refusal.NO_MANDATE);
    }

    @Test
    void aRevokedMandateCoversNothingFromItsRevocationOn() {
        Instant revokedAt = Instant.parse("2026-03-05T00:00:00Z");
        Mandate revoked = new Mandate("m-1", PRINCIPAL, AGENT_P, AGENT, FIRM, List.of(), FROM, UNTIL, revokedAt);
        assertThat(decide(List.of(ENROLLED), List.of(), List.of(revoked), "X", revokedAt.minusMillis(1))
                        .allowed())
                .isTrue();
        assertThat(decide(List.of(ENROLLED), List.of(), List.of(revoked), "X", revokedAt)
                        .refusal())
                .isEqualTo(Refusal.NO_MANDATE);
    }

    @Test
    void aRevocationSeenBeforeItsGrantLeavesNothingLive() {
        Mandate revocationOnly = new Mandate("m-1", PRINCIPAL, AGENT_P, null, null, List.of(), null, null, FROM);
        assertThat(decide(List.of(ENROLLED), List.of(), List.of(revocationOnly), "X", NOW)
                        .refusal())
                .isEqualTo(Refusal.NO_MANDATE);
    }

    @Test
    void aMandateNamingMattersCoversOnlyThose() {
        List<Mandate> mandates = List.of(mandate(List.of("MR-GT-001", "MR-SP-001")));
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "MR-SP-001", NOW)
                        .allowed())
                .isTrue();
        assertThat(decide(List.of(ENROLLED), List.of(), mandates, "MR-BA-001", NOW)
                        .refusal())
                .isEqualTo(Refusal.MANDATE_OUT_OF_SCOPE);
    }

    @Test
    void anyLiveCoveringMandateIsEnough() {
        Mandate narrow = mandate(List.of("MR-GT-001"));
        Mandate wide = new Mandate("m-9", PRINCIPAL, AGENT_P, AGENT, FIRM, List.of(), FROM, UNTIL, null);
        MandateRule.Decision decision = decide(List.of(ENROLLED), List.of(), List.of(narrow, wide), "MR-BA-001", NOW);
        assertThat(decision.mandateId()).isEqualTo("m-9");
    }

    @Test
    void refusalsCarryTheirProblemCodes() {
        assertThat(Refusal.NOT_ENROLLED.problemCode()).isEqualTo("agency.not-enrolled");
        assertThat(Refusal.SUSPENDED.problemCode()).isEqualTo("agency.suspended");
        assertThat(Refusal.NO_MANDATE.problemCode()).isEqualTo("mandate.missing");
        assertThat(Refusal.MANDATE_OUT_OF_SCOPE.problemCode()).isEqualTo("mandate.out-of-scope");
    }
}
