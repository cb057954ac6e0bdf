package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentRefusalRuleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    // 2026-03-02 09:00 in the district.
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private final AgentRefusalRule rule = new AgentRefusalRule(true, Duration.ofHours(24), 3);

    static Refusal refusal(String id, String kind, String agent, String department, Instant at) {
        return new Refusal(id, "evt-" + id, kind, agent, department, "MR-GT-001", "NO_MANDATE", at);
    }

    @Test
    void threeRefusalsWithinTheWindowRaiseOneAlertTwoDoNot() {
        List<Refusal> two = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "market-regulation", T0),
                refusal("r2", Refusal.AGENT_FILING, "agent1", "market-regulation", T0.plusSeconds(60)));
        assertThat(rule.repeated("agent1", two, ZONE)).isEmpty();

        List<Refusal> three = new ArrayList<>(two);
        three.add(refusal("r3", Refusal.AGENT_FILING, "agent1", "market-regulation", T0.plusSeconds(120)));
        List<AlertCandidate> found = rule.repeated("agent1", three, ZONE);
        assertThat(found).singleElement().satisfies(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(10);
            assertThat(alert.ruleCode()).isEqualTo(AgentRefusalRule.REPEATED);
            assertThat(alert.alertId()).isEqualTo("agency.repeated-refusals:AGENT:agent1~2026-03-02");
            assertThat(alert.department()).isEqualTo("market-regulation");
            assertThat(alert.evidence()).containsExactly("evt-r1", "evt-r2", "evt-r3");
            assertThat(alert.details()).containsEntry(AgentRefusalRule.REFUSAL_IDS, List.of("r1", "r2", "r3"));
            assertThat(alert.raisedAt()).isEqualTo(T0.plusSeconds(120));
            assertThat(alert.summary()).contains("1 bookings, 2 filings");
        });
    }

    @Test
    void theWindowIsOpenAtItsStartAndClosedAtItsEnd() {
        Duration window = Duration.ofHours(24);
        List<Refusal> exactlyAWindowApart = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "d", T0),
                refusal("r2", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusSeconds(3600)),
                refusal("r3", Refusal.AGENT_BOOKING, "agent1", "d", T0.plus(window)));
        assertThat(rule.repeated("agent1", exactlyAWindowApart, ZONE)).isEmpty();

        List<Refusal> justInside = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusMillis(1)),
                refusal("r2", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusSeconds(3600)),
                refusal("r3", Refusal.AGENT_BOOKING, "agent1", "d", T0.plus(window)));
        assertThat(rule.repeated("agent1", justInside, ZONE)).hasSize(1);
    }

    @Test
    void otherAgentsAndOtherKindsDoNotCount() {
        List<Refusal> mixed = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "d", T0),
                refusal("r2", Refusal.AGENT_FILING, "agent2", "d", T0.plusSeconds(1)),
                refusal("r3", Refusal.LICENSE_READ, "agent1", "d", T0.plusSeconds(2)),
                refusal("r4", Refusal.AGENT_FILING, "agent1", "d", T0.plusSeconds(3)));
        assertThat(rule.repeated("agent1", mixed, ZONE)).isEmpty();
    }

    @Test
    void refusalsAcrossDepartmentsAreForInspectorsOnly() {
        List<Refusal> spread = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "market-regulation", T0),
                refusal("r2", Refusal.AGENT_FILING, "agent1", "health", T0.plusSeconds(1)),
                refusal("r3", Refusal.AGENT_FILING, "agent1", "market-regulation", T0.plusSeconds(2)));
        assertThat(rule.repeated("agent1", spread, ZONE).get(0).department()).isNull();
        List<Refusal> unknown = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", null, T0),
                refusal("r2", Refusal.AGENT_FILING, "agent1", null, T0.plusSeconds(1)),
                refusal("r3", Refusal.AGENT_FILING, "agent1", null, T0.plusSeconds(2)));
        assertThat(rule.repeated("agent1", unknown, ZONE).get(0).department()).isNull();
    }

    @Test
    void theSameRefusalsInAnyOrderGiveTheSameAlert() {
        List<Refusal> inOrder = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "d", T0),
                refusal("r2", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusSeconds(10)),
                refusal("r3", Refusal.AGENT_FILING, "agent1", "d", T0.plusSeconds(20)),
                refusal("r4", Refusal.AGENT_FILING, "agent1", "d", T0.plusSeconds(30)));
        List<Refusal> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);
        assertThat(rule.repeated("agent1", shuffled, ZONE)).isEqualTo(rule.repeated("agent1", inOrder, ZONE));
        assertThat(rule.repeated("agent1", inOrder, ZONE).get(0).evidence())
                .containsExactly("evt-r1", "evt-r2", "evt-r3");
    }

    @Test
    void aBurstOnAnotherDayIsAnotherAlert() {
        List<Refusal> twoDays = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            twoDays.add(refusal("a" + i, Refusal.AGENT_FILING, "agent1", "d", T0.plusSeconds(i)));
            twoDays.add(refusal(
                    "b" + i,
                    Refusal.AGENT_FILING,
                    "agent1",
                    "d",
                    T0.plus(Duration.ofDays(3)).plusSeconds(i)));
        }
        assertThat(rule.repeated("agent1", twoDays, ZONE))
                .extracting(AlertCandidate::subjectId)
                .containsExactly("agent1~2026-03-02", "agent1~2026-03-05");
    }

    @Test
    void disabledFindsNothing() {
        List<Refusal> three = List.of(
                refusal("r1", Refusal.AGENT_BOOKING, "agent1", "d", T0),
                refusal("r2", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusSeconds(1)),
                refusal("r3", Refusal.AGENT_BOOKING, "agent1", "d", T0.plusSeconds(2)));
        assertThat(new AgentRefusalRule(false, Duration.ofHours(24), 3).repeated("agent1", three, ZONE))
                .isEmpty();
    }
}
