package io.onewindow.appointment.agency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestCodes;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentEnrolled;
import io.onewindow.platform.events.appointment.IntermediaryRegistered;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The register, the mandate and the rule of acting for others, at their boundaries. */
class AgencyRulesTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z"); // 09:00 in Guangzhou
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String CODE = TestCodes.intermediary(1).value();
    static final String AGENT_ID = "agent-pseudonym";
    static final String PRINCIPAL = "principal-pseudonym";
    static final String OTHER_PRINCIPAL = "other-pseudonym";

    static Intermediary intermediary() {
        Intermediary i = Intermediary.register(TestCodes.intermediary(1), " 番禺代办服务有限公司 ", "admin1", NOW);
        i.enrol("agent1", AGENT_ID, "440113********2469", "admin1", NOW);
        return i;
    }

    static Mandate mandate(String principal, List<String> matters, LocalDate from, LocalDate until) {
        Intermediary i = intermediary();
        return Mandate.grant(
                new NewMandate(
                        "m-" + principal + matters,
                        principal,
                        PrincipalKind.PERSON,
                        "440113********1235",
                        null,
                        i.agent("agent1").orElseThrow(),
                        CODE,
                        matters,
                        MandateTerm.of(from, until, TODAY, ZoneId.of("Asia/Shanghai"), Period.ofYears(1)),
                        GrantedVia.ONLINE,
                        "citizen1"),
                NOW);
    }

    static AgentAuthorization.Decision decide(
            Intermediary i, List<String> matters, List<Mandate> mandates, Instant at) {
        return AgentAuthorization.decide(Optional.of(i), "agent1", AGENT_ID, PRINCIPAL, matters, mandates, at);
    }

    @Test
    void registersAndEnrolsWithTheirEvents() {
        Intermediary i = intermediary();
        assertThat(i.pullEvents())
                .containsExactly(
                        new IntermediaryRegistered(CODE, "番禺代办服务有限公司", "admin1", NOW),
                        new AgentEnrolled(CODE, "agent1", AGENT_ID, "admin1", NOW));
        assertThatThrownBy(() -> i.enrol("agent1", "another", "m", "admin1", NOW))
                .hasFieldOrPropertyWithValue("code", "agency.agent-enrolled");
        assertThatThrownBy(() -> i.enrol("agent9", AGENT_ID, "m", "admin1", NOW))
                .hasFieldOrPropertyWithValue("code", "agency.agent-enrolled");
    }

    @Test
    void anAgentActsOnlyWithTheEnrolledIdAndWhileNeitherItNorTheIntermediaryIsSuspended() {
        Intermediary i = intermediary();
        assertThat(i.actingAgent("agent1", AGENT_ID).username()).isEqualTo("agent1");
        assertThatThrownBy(() -> i.actingAgent("agent1", "someone-else"))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "agency.not-enrolled");
        i.suspend("agent1", "scalping", "inspector1", NOW);
        assertThatThrownBy(() -> i.actingAgent("agent1", AGENT_ID))
                .hasFieldOrPropertyWithValue("code", "agency.suspended");
        assertThatThrownBy(() -> i.suspend("agent1", "again", "inspector1", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "agency.already-suspended");
        i.reinstate("agent1", "cleared", "inspector1", NOW);
        assertThat(i.actingAgent("agent1", AGENT_ID)).isNotNull();
        i.suspend(null, "whole office", "inspector1", NOW);
        assertThatThrownBy(() -> i.actingAgent("agent1", AGENT_ID))
                .hasFieldOrPropertyWithValue("code", "agency.suspended");
        i.reinstate(null, "cleared", "inspector1", NOW);
        assertThatThrownBy(() -> i.reinstate(null, "again", "inspector1", NOW))
                .hasFieldOrPropertyWithValue("code", "agency.not-suspended");
        assertThatThrownBy(() -> i.suspend("nobody", "x", "inspector1", NOW)).isInstanceOf(NotFoundException.class);
        assertThat(i.pullEvents())
                .filteredOn(e -> e instanceof AgencySuspended || e instanceof AgencyReinstated)
                .containsExactly(
                        new AgencySuspended(CODE, "agent1", "scalping", "inspector1", NOW),
                        new AgencyReinstated(CODE, "agent1", "cleared", "inspector1", NOW),
                        new AgencySuspended(CODE, null, "whole office", "inspector1", NOW),
                        new AgencyReinstated(CODE, null, "cleared", "inspector1", NOW));
    }

    @Test
    void aMandateRecordsItsGrantWithSortedDistinctMattersAndIsRevokedOnce() {
        Mandate m = mandate(PRINCIPAL, List.of("MR-ENT-REG", "B", "MR-ENT-REG"), TODAY, TODAY.plusDays(30));
        MandateGranted granted = (MandateGranted) m.pullEvents().get(0);
        assertThat(granted.matterCodes()).containsExactly("B", "MR-ENT-REG");
        assertThat(granted.principalKind()).isEqualTo("PERSON");
        assertThat(granted.intermediaryCode()).isEqualTo(CODE);
        assertThat(granted.grantedVia()).isEqualTo("ONLINE");
        m.revoke("citizen1", NOW.plusSeconds(60));
        assertThat(m.pullEvents())
                .containsExactly(new MandateRevoked(m.id(), PRINCIPAL, AGENT_ID, "citizen1", NOW.plusSeconds(60)));
        assertThatThrownBy(() -> m.revoke("citizen1", NOW))
                .hasFieldOrPropertyWithValue("code", "mandate.already-revoked");
    }

    @Test
    void aPersonDoesNotMandateThemself() {
        assertThatThrownBy(() -> mandate(AGENT_ID, List.of(), TODAY, TODAY))
                .hasFieldOrPropertyWithValue("code", "mandate.self");
    }

    @Test
    void aLiveMandateOfThePrincipalForTheMatterAllowsAndNamesItself() {
        Mandate m = mandate(PRINCIPAL, List.of("MR-ENT-REG"), TODAY, TODAY.plusDays(1));
        AgentAuthorization.Decision d = decide(intermediary(), List.of("MR-ENT-REG"), List.of(m), NOW);
        assertThat(d.allowed()).isTrue();
        assertThat(d.mandateId()).isEqualTo(m.id());
        assertThat(d.intermediaryCode()).isEqualTo(CODE);
    }

    @Test
    void refusesWithTheReasonOfTheFirstMissingProof() {
        Intermediary i = intermediary();
        Mandate all = mandate(PRINCIPAL, List.of(), TODAY, TODAY.plusDays(1));
        assertThat(AgentAuthorization.decide(
                                Optional.empty(), "agent1", AGENT_ID, PRINCIPAL, List.of("M"), List.of(all), NOW)
                        .reason())
                .isEqualTo("NOT_ENROLLED");
        assertThat(AgentAuthorization.decide(Optional.of(i), "agent1", null, PRINCIPAL, List.of("M"), List.of(all), NOW)
                        .problemCode())
                .isEqualTo("agency.not-enrolled");
        assertThat(AgentAuthorization.decide(
                                Optional.of(i), "agent1", "stolen-account", PRINCIPAL, List.of("M"), List.of(all), NOW)
                        .reason())
                .isEqualTo("NOT_ENROLLED");
        Intermediary suspended = intermediary();
        suspended.suspend(null, "x", "inspector1", NOW);
        assertThat(decide(suspended, List.of("M"), List.of(all), NOW).problemCode())
                .isEqualTo("agency.suspended");
        assertThat(decide(i, List.of("M"), List.of(), NOW).problemCode()).isEqualTo("mandate.missing");
        Mandate ofAnother = mandate(OTHER_PRINCIPAL, List.of(), TODAY, TODAY.plusDays(1));
        assertThat(decide(i, List.of("M"), List.of(ofAnother), NOW).reason()).isEqualTo("NO_MANDATE");
        Mandate narrow = mandate(PRINCIPAL, List.of("MR-ENT-REG"), TODAY, TODAY.plusDays(1));
        assertThat(decide(i, List.of("MR-ENT-REG", "TAX-REG"), List.of(narrow), NOW)
                        .problemCode())
                .isEqualTo("mandate.out-of-scope");
        assertThat(decide(i, List.of("MR-ENT-REG", "TAX-REG"), List.of(narrow, all), NOW)
                        .mandateId())
                .isEqualTo(all.id());
    }

    @Test
    void aMandateCoversFromItsFirstInstantToItsLastAndNotOnceRevoked() {
        Intermediary i = intermediary();
        Mandate m = mandate(PRINCIPAL, List.of(), TODAY.plusDays(1), TODAY.plusDays(2));
        Instant first = m.term().validFrom();
        Instant last = m.term().validUntil();
        assertThat(decide(i, List.of("M"), List.of(m), first.minusMillis(1)).reason())
                .isEqualTo("NO_MANDATE");
        assertThat(decide(i, List.of("M"), List.of(m), first).allowed()).isTrue();
        assertThat(decide(i, List.of("M"), List.of(m), last).allowed()).isTrue();
        assertThat(decide(i, List.of("M"), List.of(m), last.plusMillis(1)).reason())
                .isEqualTo("NO_MANDATE");
        m.revoke("citizen1", first.plus(Duration.ofHours(1)));
        assertThat(decide(i, List.of("M"), List.of(m), first.plus(Duration.ofHours(2)))
                        .reason())
                .isEqualTo("NO_MANDATE");
    }

    @Test
    void anEnterpriseMandateDoesNotCoverABookingInAPersonsName() {
        Intermediary i = intermediary();
        Mandate enterprise = Mandate.grant(
                new NewMandate(
                        "m-ent",
                        PRINCIPAL,
                        PrincipalKind.ENTERPRISE,
                        "91440113******0166",
                        null,
                        i.agent("agent1").orElseThrow(),
                        CODE,
                        List.of(),
                        MandateTerm.of(TODAY, TODAY, TODAY, ZoneId.of("Asia/Shanghai"), Period.ofYears(1)),
                        GrantedVia.WINDOW,
                        "officer1"),
                NOW);
        assertThat(decide(i, List.of("M"), List.of(enterprise), NOW).reason()).isEqualTo("NO_MANDATE");
    }
}
