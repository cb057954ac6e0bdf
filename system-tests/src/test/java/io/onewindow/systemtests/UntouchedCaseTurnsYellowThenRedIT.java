package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 3 of issue 8. A food-license case (MR-SP-001: 10 promised working days) is accepted and
 * then nobody touches it. supervision-service runs on a clock this test moves (its
 * {@code onewindow.clock.offset-file}, relative to the platform's clock); its sweep turns the case's card yellow on the promised due
 * day and red the day after, raising a warning and then a serious alert with the acceptance as
 * evidence. The inspector moves the overdue alert to resolved, and the public statistics count the
 * running case under red cards.
 */
class UntouchedCaseTurnsYellowThenRedIT {

    private static final String MATTER = Filings.FOOD_LICENSE;

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @AfterAll
    static void platformTimeAgain() {
        platform.moveSupervisionClock(Duration.ZERO);
    }

    @Test
    void theSweepTurnsAnUntouchedCaseYellowThenRedAndTheInspectorResolvesTheAlert() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String inspector = gateway.tokenOf("inspector1");
        String caseId = acceptedFoodLicenseCase(company, officer);

        JsonNode green = awaitCard(caseId, inspector, "GREEN");
        LocalDate promisedDue = LocalDate.parse(green.path("promisedDueDate").asString());
        String acceptance = eventIdOf(green, "ApplicationAccepted");
        long redBefore = redCards(gateway.get("/api/supervision/public/statistics", null)
                .expect(200)
                .json());

        // The promised due day: the whole limit used, not yet past it.
        platform.moveSupervisionClock(offsetTo(promisedDue));
        JsonNode yellow = awaitCard(caseId, inspector, "YELLOW");
        assertThat(yellow.path("workingDaysLeft").asInt()).isZero();
        JsonNode warning = awaitAlert(caseId, "deadline.near-promised", inspector);
        assertThat(warning.path("severity").asString()).isEqualTo("WARNING");
        assertThat(warning.path("department").asString()).isEqualTo("market-regulation");
        assertThat(warning.path("evidence")).extracting(JsonNode::asString).containsExactly(acceptance);

        // The day after: overdue.
        platform.moveSupervisionClock(offsetTo(promisedDue.plusDays(1)));
        JsonNode red = awaitCard(caseId, inspector, "RED");
        assertThat(red.path("state").asString()).isEqualTo("ACCEPTED");
        JsonNode overdue = awaitAlert(caseId, "deadline.overdue-promised", inspector);
        assertThat(overdue.path("severity").asString()).isEqualTo("SERIOUS");
        assertThat(overdue.path("status").asString()).isEqualTo("OPEN");
        assertThat(overdue.path("summary").asString()).contains(promisedDue.toString());
        assertThat(overdue.path("evidence")).extracting(JsonNode::asString).containsExactly(acceptance);
        // The card may turn red a moment before the sweep stores the alert: read the case again.
        assertThat(awaitCard(caseId, inspector, "RED").path("alertIds"))
                .extracting(JsonNode::asString)
                .contains(overdue.path("id").asString());

        // The public disclosure counts it among running cases with a red card, with no person in it.
        JsonNode statistics = gateway.get("/api/supervision/public/statistics", null)
                .expect(200)
                .json();
        assertThat(redCards(statistics)).isGreaterThan(redBefore);
        assertThat(statistics.toString()).doesNotContain("enterprise1").doesNotContain("91440113MA5D000166");

        // The inspector works the alert through to resolved, with notes kept in its history.
        String alertId = overdue.path("id").asString();
        for (String status : List.of("ACKNOWLEDGED", "INVESTIGATING", "RESOLVED")) {
            gateway.post(
                            "/api/supervision/inspections/alerts/" + alertId + "/status",
                            inspector,
                            Map.of("status", status, "note", "督办：" + status))
                    .expect(200);
        }
        JsonNode resolved = gateway.get("/api/supervision/inspections/alerts/" + alertId, inspector)
                .expect(200)
                .json();
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("history")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(resolved.path("history").toString()).contains("inspector1").contains("督办：RESOLVED");
        // A resolved alert is not raised again by the next sweeps while the case stays red.
        platform.moveSupervisionClock(offsetTo(promisedDue.plusDays(2)));
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(alertsAbout(caseId, "deadline.overdue-promised", inspector))
                .extracting(alert -> alert.path("id").asString())
                .containsExactly(alertId);
    }

    /** enterprise1 applies with every material (its e-license for the business license); officer1 accepts. */
    private static String acceptedFoodLicenseCase(String company, String officer) {
        String caseId = Filings.completeFoodLicense(gateway, company, "番禺区市桥街光明北路2号");
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200);
        return caseId;
    }

    /**
     * How far ahead of the platform's clock supervision must run to show noon of {@code day} in the
     * service zone ({@link RunningPlatform#moveSupervisionClock} adds it to the platform's offset).
     */
    private static Duration offsetTo(LocalDate day) {
        Instant noon = day.atTime(LocalTime.NOON).atZone(Gateway.SERVICE_ZONE).toInstant();
        return Duration.between(Gateway.now(), noon);
    }

    private static JsonNode awaitCard(String caseId, String inspector, String card) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await("card " + card + " on case " + caseId)
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.get("/api/supervision/inspections/cases/" + caseId, inspector);
                    seen.set(answer.status() == 200 ? answer.json() : null);
                    return seen.get() != null
                            && card.equals(seen.get().path("card").asString());
                });
        return seen.get();
    }

    private static JsonNode awaitAlert(String caseId, String ruleCode, String inspector) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await(ruleCode + " alert on case " + caseId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    List<JsonNode> found = alertsAbout(caseId, ruleCode, inspector);
                    seen.set(found.isEmpty() ? null : found.get(0));
                    return !found.isEmpty();
                });
        return seen.get();
    }

    private static List<JsonNode> alertsAbout(String caseId, String ruleCode, String inspector) {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode alert : gateway.get(
                        "/api/supervision/inspections/alerts?rule=1&department=market-regulation&size=100", inspector)
                .expect(200)
                .json()) {
            if (caseId.equals(alert.path("caseId").asString())
                    && ruleCode.equals(alert.path("ruleCode").asString())) {
                found.add(alert);
            }
        }
        return found;
    }

    private static String eventIdOf(JsonNode caseView, String type) {
        for (JsonNode entry : caseView.path("timeline")) {
            if (type.equals(entry.path("type").asString())) {
                return entry.path("eventId").asString();
            }
        }
        throw new AssertionError("no " + type + " in " + caseView);
    }

    private static long redCards(JsonNode statistics) {
        long red = 0;
        for (JsonNode row : statistics.path("cases")) {
            if ("market-regulation".equals(row.path("department").asString())
                    && MATTER.equals(row.path("matterCode").asString())) {
                red += row.path("redCards").asLong();
            }
        }
        return red;
    }
}
