package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.calendar.HolidayLaw;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 through the gateway: on Monday 2026-12-21 (approval and supervision run on a clock this
 * test moves) a case of MR-SP-001 (20 statutory, 10 promised working days) is accepted while 2027
 * has no official arrangement; its due dates fall in January 2027 and say they are provisional, in
 * approval's case view and on supervision's card. admin1 enters a made-up TEST arrangement of 2027
 * (the law's days off plus Monday 4 January), admin2 confirms it, and the due dates, the card and
 * the timeline follow: each moves by one day and stops being provisional, with the old and new date
 * and the reason on supervision's timeline.
 */
// Last: it publishes an official 2027 for the whole shared platform (junit-platform.properties).
@Order(Integer.MAX_VALUE)
class ProvisionalDeadlinesFollowTheOfficialYearIT {

    private static final LocalDate ACCEPTANCE_DAY = LocalDate.of(2026, 12, 21);

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @AfterAll
    static void platformTimeAgain() {
        platform.moveApprovalClock(Duration.ZERO);
        platform.moveSupervisionClock(Duration.ZERO);
    }

    @Test
    void aCaseDueProvisionallyInJanuaryFollowsTheOfficialYearOnceASecondAdminConfirmsIt() {
        Duration toAcceptanceDay = Duration.between(
                Gateway.now(),
                ACCEPTANCE_DAY
                        .atTime(LocalTime.of(10, 0))
                        .atZone(Gateway.SERVICE_ZONE)
                        .toInstant());
        platform.moveApprovalClock(toAcceptanceDay);
        // Both read their offset file on every clock read: the move is in force at once.
        platform.moveSupervisionClock(toAcceptanceDay);
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String inspector = gateway.tokenOf("inspector1");
        assertThat(gateway.get("/api/approvals/public/calendar/2027", null)
                        .expect(200)
                        .json()
                        .path("provisional")
                        .asBoolean())
                .as("2027 is provisional before the journey publishes it")
                .isTrue();

        String caseId = Filings.completeFoodLicense(gateway, company, "番禺区市桥街清河东路8号");
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200);

        JsonNode clock = gateway.get("/api/approvals/cases/" + caseId, company)
                .expect(200)
                .json()
                .path("clock");
        assertThat(clock.path("statutoryDueDate").asString()).isEqualTo("2027-01-19");
        assertThat(clock.path("promisedDueDate").asString()).isEqualTo("2027-01-05");
        assertThat(clock.path("statutoryDueDateProvisional").asBoolean()).isTrue();
        assertThat(clock.path("promisedDueDateProvisional").asBoolean()).isTrue();
        assertThat(clock.path("provisionalNote").asString()).startsWith("临时推算");
        JsonNode card = awaitCase(
                caseId,
                inspector,
                c -> "2027-01-05".equals(c.path("promisedDueDate").asString()));
        assertThat(card.path("promisedDueProvisional").asBoolean()).isTrue();
        assertThat(gateway.get("/api/approvals/public/calendar/due?from=2026-12-21&workingDays=20", null)
                        .expect(200)
                        .json()
                        .path("provisional")
                        .asBoolean())
                .isTrue();

        // admin1 enters the year; nothing changes until a second platform-admin confirms.
        String admin1 = gateway.tokenOf("admin1");
        String admin2 = gateway.tokenOf("admin2");
        JsonNode entered = gateway.post("/api/approvals/admin/calendar/years", admin1, testArrangementOf2027())
                .expect(201)
                .json();
        assertThat(entered.path("status").asString()).isEqualTo("PROPOSED");
        String proposal = entered.path("id").asString();
        gateway.post("/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation", admin1, null)
                .expectProblem(403);
        gateway.post("/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation", officer, null)
                .expectProblem(403);
        assertThat(gateway.get("/api/approvals/cases/" + caseId, company)
                        .expect(200)
                        .json()
                        .path("clock")
                        .path("promisedDueDate")
                        .asString())
                .isEqualTo("2027-01-05");

        JsonNode published = gateway.post(
                        "/api/approvals/admin/calendar/proposals/" + proposal + "/confirmation", admin2, null)
                .expect(200)
                .json();
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");

        // Anonymous public reads may come from the gateway's cache, which keeps an answer as long as
        // the service's max-age (the calendar's: 60 s by default), so the published year shows there
        // within that time, not necessarily on the next read.
        JsonNode year = await("the public calendar of 2027 as published")
                .atMost(Duration.ofSeconds(75))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> gateway.get("/api/approvals/public/calendar/2027", null)
                                .expect(200)
                                .json(),
                        published2027 -> !published2027.path("provisional").asBoolean());
        assertThat(year.path("provisional").asBoolean()).isFalse();
        assertThat(year.path("noticeNumber").asString()).isEqualTo("TEST-2027-SYSTEM-TESTS");
        JsonNode after = gateway.get("/api/approvals/cases/" + caseId, company)
                .expect(200)
                .json()
                .path("clock");
        assertThat(after.path("statutoryDueDate").asString()).isEqualTo("2027-01-20");
        assertThat(after.path("promisedDueDate").asString()).isEqualTo("2027-01-06");
        assertThat(after.path("statutoryDueDateProvisional").asBoolean()).isFalse();
        assertThat(after.path("promisedDueDateProvisional").asBoolean()).isFalse();

        // Supervision: the card takes the new dates, not provisional, and the timeline shows why.
        JsonNode followed = awaitCase(
                caseId,
                inspector,
                c -> "2027-01-06".equals(c.path("promisedDueDate").asString()));
        assertThat(followed.path("promisedDueProvisional").asBoolean()).isFalse();
        assertThat(followed.path("statutoryDueDate").asString()).isEqualTo("2027-01-20");
        JsonNode promisedMove = null;
        for (JsonNode change : followed.path("deadlineChanges")) {
            if ("promised".equals(change.path("deadline").asString())) {
                promisedMove = change;
            }
        }
        assertThat(promisedMove)
                .as("the promised deadline's move on the timeline")
                .isNotNull();
        assertThat(promisedMove.path("previous").asString()).isEqualTo("2027-01-05");
        assertThat(promisedMove.path("current").asString()).isEqualTo("2027-01-06");
        assertThat(promisedMove.path("reason").asString())
                .contains("official calendar 2027")
                .contains("TEST-2027-SYSTEM-TESTS");
        assertThat(followed.path("timeline").toString()).contains("CaseDeadlinesRecomputed");
    }

    /** The law's days off of 2027 plus Monday 4 January: made-up TEST data, not the State Council's notice. */
    private static Map<String, Object> testArrangementOf2027() {
        List<Map<String, String>> off = new ArrayList<>();
        for (LocalDate day : HolidayLaw.provisionalArrangement(Year.of(2027)).daysOff()) {
            off.add(Map.of("date", day.toString(), "holiday", "测试数据"));
        }
        off.add(Map.of("date", "2027-01-04", "holiday", "测试数据"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2027);
        body.put("notice", Map.of("number", "TEST-2027-SYSTEM-TESTS", "date", "2026-11-30"));
        body.put("daysOff", off);
        body.put("makeUpWorkingDays", List.of());
        return body;
    }

    private static JsonNode awaitCase(String caseId, String inspector, java.util.function.Predicate<JsonNode> test) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await("supervision's view of case " + caseId)
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.get("/api/supervision/inspections/cases/" + caseId, inspector);
                    seen.set(answer.status() == 200 ? answer.json() : null);
                    return seen.get() != null && test.test(seen.get());
                });
        return seen.get();
    }
}
