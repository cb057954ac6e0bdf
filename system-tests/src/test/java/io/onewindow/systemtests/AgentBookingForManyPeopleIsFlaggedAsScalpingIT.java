package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 5 of issue 8, with the mandates of issue 14. An agent (agent1) of a registered
 * intermediary books passport appointments for four different people from one tablet, each of
 * whom gave a mandate at a window: every booking is in the principal's name and records the agent,
 * and supervision raises the scalping alerts (many principals for one agent, and for one device)
 * that the discipline inspector sees. The inspector opens the bookings behind the alert (masked
 * identities only) and cancels one as scalped. A fifth person who gave no mandate cannot be booked.
 */
class AgentBookingForManyPeopleIsFlaggedAsScalpingIT {

    private static final String HALL = "hall-entry-exit";
    private static final String MATTER = "EE-PASSPORT";
    private static final int PRINCIPALS = 4;

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void oneAgentAndOneDeviceBookingForFourPeopleRaiseScalpingAlerts() {
        String agent = gateway.tokenOf("agent1");
        String inspector = gateway.tokenOf("inspector1");

        Agency.enrolAgent1(gateway);
        List<String> bookingIds = new ArrayList<>();
        for (int i = 0; i < PRINCIPALS; i++) {
            String principal = Appointments.residentId("44011319850101" + (201 + i));
            Agency.mandateAtWindow(gateway, principal, "委托人" + i, List.of(MATTER));
            int n = i;
            JsonNode booking = Appointments.bookEarliestOpen(
                    gateway,
                    "/api/appointments",
                    agent,
                    HALL,
                    MATTER,
                    day -> true,
                    start -> Map.of(
                            "servicePointId", HALL,
                            "matterCode", MATTER,
                            "start", start.toString(),
                            "principalIdNumber", principal),
                    Map.of("X-Device-Id", "agent1-tablet", "Idempotency-Key", "journey5-" + n));
            assertThat(booking.path("bookedByAgent").asString()).isEqualTo("agent1");
            assertThat(booking.path("principalIdMasked").asString())
                    .isEqualTo(principal.substring(0, 6) + "********" + principal.substring(14));
            bookingIds.add(booking.path("id").asString());
        }
        assertThat(gateway.get("/api/appointments/mine", agent).expect(200).json())
                .hasSize(PRINCIPALS);

        AtomicReference<JsonNode> byAgent = new AtomicReference<>();
        AtomicReference<JsonNode> byDevice = new AtomicReference<>();
        await("the scalping alerts about agent1 and its tablet")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode a : gateway.get("/api/supervision/inspections/alerts?rule=8&size=100", inspector)
                            .expect(200)
                            .json()) {
                        String rule = a.path("ruleCode").asString();
                        if ("booking.many-principals-agent".equals(rule)) {
                            byAgent.set(a);
                        } else if ("booking.many-principals-device".equals(rule)) {
                            byDevice.set(a);
                        }
                    }
                    return byAgent.get() != null && byDevice.get() != null;
                });
        assertThat(byAgent.get().path("subjectType").asString()).isEqualTo("AGENT");
        assertThat(byAgent.get().path("summary").asString()).contains(PRINCIPALS + " different people");
        assertThat(byAgent.get().path("evidence").size()).isGreaterThanOrEqualTo(PRINCIPALS);
        assertThat(byDevice.get().path("subjectType").asString()).isEqualTo("DEVICE");
        assertThat(byDevice.get().path("status").asString()).isEqualTo("OPEN");

        JsonNode behind = gateway.get(
                        "/api/appointments/agency/inspection/bookings?ids=" + String.join(",", bookingIds), inspector)
                .expect(200)
                .json();
        assertThat(behind).hasSize(PRINCIPALS);
        assertThat(behind.toString()).doesNotContain(Appointments.residentId("44011319850101201"));
        gateway.get("/api/appointments/agency/inspection/bookings?ids=" + bookingIds.get(0), agent)
                .expectProblem(403);
        gateway.post(
                        "/api/appointments/agency/inspection/bookings/" + bookingIds.get(0) + "/cancel",
                        inspector,
                        Map.of("reason", "four principals from one tablet within minutes"))
                .expect(200);
        assertThat(gateway.get("/api/appointments/" + bookingIds.get(0), agent).text("status"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void anAgentCannotBookForSomeoneWhoGaveNoMandate() {
        Agency.enrolAgent1(gateway);
        String agent = gateway.tokenOf("agent1");
        String stranger = Appointments.residentId("44011319850101299");
        int before =
                gateway.get("/api/appointments/mine", agent).expect(200).json().size();

        String start = Appointments.openSlots(gateway, HALL, MATTER).get(0).toString();
        gateway.post(
                        "/api/appointments",
                        agent,
                        Map.of(
                                "servicePointId", HALL,
                                "matterCode", MATTER,
                                "start", start,
                                "principalIdNumber", stranger),
                        Map.of("X-Device-Id", "agent1-tablet"))
                .expectProblem(403, "mandate.missing");

        assertThat(gateway.get("/api/appointments/mine", agent)
                        .expect(200)
                        .json()
                        .size())
                .isEqualTo(before);
    }
}
