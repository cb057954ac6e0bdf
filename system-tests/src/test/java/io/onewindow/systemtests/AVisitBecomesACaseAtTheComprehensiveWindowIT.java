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
 * The one window of issue 15 (前台综合受理、后台分类审批、统一窗口出件), through the gateway on the demo data.
 * citizen1 walks into the district centre for a real-estate transfer registration. officer5, the centre's
 * comprehensive-window staff (district-admin-service), gives him a ticket, receives the visit as a case at
 * comprehensive window 1 and accepts it for real-estate registration; that department's approver
 * (approver2) decides in the back office; officer5 hands the result out at window 3 (which also delivers)
 * after checking citizen1's ID card. The ticket shows its case, the case shows where it was received and
 * delivered, supervision counts the reception at the district tier, and e-license-service has delivered
 * the sealed written notices to citizen1.
 */
class AVisitBecomesACaseAtTheComprehensiveWindowIT {

    private static final String CENTER = "panyu-district-center";
    private static final String MATTER = "RE-TRANSFER-REG";
    private static final String CITIZEN1_ID = "440113199003071235";
    private static final String CITIZEN2_ID = "440113200002290028";

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void receivedAtTheFrontDecidedByTheDepartmentHandedOutAtOneWindow() {
        String front = gateway.tokenOf("officer5");
        String approver = gateway.tokenOf("approver2");
        String citizen = gateway.tokenOf("citizen1");
        String inspector = gateway.tokenOf("inspector1");

        // A walk-in ticket at the comprehensive counter, for another department's matter.
        JsonNode ticket = gateway.post(
                        "/api/appointments/tickets",
                        front,
                        Map.of(
                                "servicePointId",
                                CENTER,
                                "matterCode",
                                MATTER,
                                "idNumber",
                                CITIZEN1_ID,
                                "priority",
                                false))
                .expect(201)
                .json();
        String ticketId = ticket.path("id").asString();

        // The visit becomes a case at window 1, once approval has heard of the ticket.
        List<Map<String, String>> materials = new ArrayList<>();
        for (String material : List.of("id-card", "title-certificate", "transfer-contract", "tax-certificate")) {
            materials.add(
                    Map.of("materialCode", material, "fileId", Filings.upload(gateway, front, material + ".pdf")));
        }
        Map<String, Object> application = Map.of(
                "matterCode",
                MATTER,
                "principal",
                Map.of("name", "陈志强", "idNumber", CITIZEN1_ID),
                "materials",
                materials,
                "visit",
                Map.of("ticketId", ticketId, "window", "1"));
        AtomicReference<Gateway.Answer> reception = new AtomicReference<>();
        await("approval knows ticket " + ticket.path("number").asString())
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.post("/api/approvals/cases", front, application);
                    reception.set(answer);
                    return !"counter.unknown-ticket".equals(answer.text("code"));
                });
        JsonNode received = reception.get().expect(201).json();
        String caseId = received.path("id").asString();
        assertThat(received.path("department").asString()).isEqualTo("real-estate-registration");
        assertThat(received.path("channel").asString()).isEqualTo("WINDOW");
        assertThat(received.path("visit").path("servicePointId").asString()).isEqualTo(CENTER);
        assertThat(received.path("visit").path("tier").asInt()).isEqualTo(4);
        assertThat(received.path("visit").path("comprehensive").asBoolean()).isTrue();
        gateway.post("/api/approvals/cases", front, application).expectProblem(409, "counter.visit-already-filed");

        // The front accepts for the department; the department's approver decides in the back office.
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", front, null)
                .expect(200);
        gateway.post("/api/approvals/cases/" + caseId + "/steps", front, Map.of("stepCode", "review"))
                .expectProblem(403);
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/steps",
                        approver,
                        Map.of("stepCode", "review", "opinion", "权属清楚"))
                .expect(200);
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/steps",
                        approver,
                        Map.of("stepCode", "register", "opinion", "登簿"))
                .expect(200);
        gateway.post("/api/approvals/cases/" + caseId + "/approval", approver, Map.of())
                .expect(200);

        // Handed out at one window, to the applicant only.
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/completion",
                        front,
                        Map.of(
                                "collection",
                                Map.of("servicePointId", CENTER, "window", "3", "collectorIdNumber", CITIZEN2_ID)))
                .expectProblem(409, "counter.collector-mismatch");
        JsonNode completed = gateway.post(
                        "/api/approvals/cases/" + caseId + "/completion",
                        front,
                        Map.of(
                                "collection",
                                Map.of("servicePointId", CENTER, "window", "3", "collectorIdNumber", CITIZEN1_ID)))
                .expect(200)
                .json();
        assertThat(completed.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.path("delivery").path("window").asString()).isEqualTo("3");

        // citizen1 sees his case with where it was received and delivered.
        JsonNode mine = gateway.get("/api/approvals/cases/" + caseId, citizen)
                .expect(200)
                .json();
        assertThat(mine.path("visit").path("window").asString()).isEqualTo("1");
        assertThat(mine.path("delivery").path("collectorMasked").asString()).isEqualTo("440113********1235");

        // The ticket shows its case.
        await("the ticket shows case " + received.path("caseNumber").asString())
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> received.path("caseNumber")
                        .asString()
                        .equals(gateway.get("/api/appointments/tickets/" + ticketId, front)
                                .expect(200)
                                .text("caseNumber")));

        // Supervision counts the reception at the district centre, at a comprehensive window.
        await("supervision counts the reception at " + CENTER)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode report = gateway.get("/api/supervision/inspections/statistics", inspector)
                            .expect(200)
                            .json();
                    for (JsonNode row : report.path("receptions")) {
                        if (CENTER.equals(row.path("servicePointId").asString())
                                && row.path("tier").asInt() == 4
                                && row.path("atComprehensiveWindows").asLong() >= 1
                                && row.path("completed").asLong() >= 1) {
                            return true;
                        }
                    }
                    return false;
                });

        // The written notices reached citizen1, sealed by the department, and verify.
        AtomicReference<JsonNode> notices = new AtomicReference<>();
        await("the acceptance and approval notices of case " + caseId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode list = gateway.get("/api/licenses/notices?caseId=" + caseId, citizen)
                            .expect(200)
                            .json();
                    notices.set(list);
                    return list.toString().contains("ACCEPTANCE")
                            && list.toString().contains("APPROVAL");
                });
        for (JsonNode notice : notices.get()) {
            assertThat(notice.path("department").asString()).isEqualTo("real-estate-registration");
            assertThat(gateway.get(
                                    "/api/licenses/public/notices/"
                                            + notice.path("id").asString() + "/verification",
                                    null)
                            .expect(200)
                            .text("result"))
                    .isEqualTo("VALID");
        }
        gateway.get("/api/licenses/notices?caseId=" + caseId, gateway.tokenOf("citizen2"))
                .expectProblem(403);
    }
}
