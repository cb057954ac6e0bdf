package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 6 of issue 8: each role tries what it must not do, through the gateway with its real
 * token, and is refused with an RFC 9457 problem; what it may see is filtered to its own.
 */
class EachRoleIsRefusedWhatItMustNotDoIT {

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void aCitizenCannotReadOrChangeAnotherCitizensBooking() {
        String owner = gateway.tokenOf("citizen2");
        String other = gateway.tokenOf("citizen1");
        JsonNode booking = Appointments.bookEarliestOpen(
                gateway,
                "/api/appointments",
                owner,
                "hall-personal-public",
                "SS-CARD",
                day -> true,
                start -> Map.of(
                        "servicePointId", "hall-personal-public", "matterCode", "SS-CARD", "start", start.toString()),
                Map.of());
        String id = booking.path("id").asString();

        gateway.get("/api/appointments/" + id, owner).expect(200);
        gateway.get("/api/appointments/" + id, other).expectProblem(404);
        gateway.post("/api/appointments/" + id + "/cancel", other, null).expectProblem(404);
        assertThat(gateway.get("/api/appointments/mine", other).body()).doesNotContain(id);
        assertThat(gateway.get("/api/appointments/" + id, owner).text("status")).isEqualTo("BOOKED");
    }

    @Test
    void aCitizenCannotReadAnotherCitizensCase() {
        String owner = gateway.tokenOf("citizen1");
        String other = gateway.tokenOf("citizen2");
        byte[] pdf = "%PDF-1.7\n% premises\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String file = gateway.postMultipart("/api/approvals/files", owner, "premises.pdf", "application/pdf", pdf)
                .expect(201)
                .text("id");
        String caseId = gateway.post(
                        "/api/approvals/cases",
                        owner,
                        Map.of(
                                "matterCode",
                                "MR-GT-001",
                                "formData",
                                Map.of("名称", "张三小吃店"),
                                "materials",
                                List.of(Map.of("materialCode", "premises", "fileId", file))))
                .expect(201)
                .text("id");

        gateway.get("/api/approvals/cases/" + caseId, owner).expect(200);
        gateway.get("/api/approvals/cases/" + caseId, other).expectProblem(404);
        gateway.get("/api/approvals/cases/" + caseId + "/files/" + file, other).expectProblem(404);
        gateway.post("/api/approvals/cases/" + caseId + "/withdrawal", other, Map.of("reason", "not mine"))
                .expectProblem(404);
        assertThat(gateway.get("/api/approvals/cases", other).body()).doesNotContain(caseId);
        // and a citizen cannot act as the window
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", owner, null)
                .expectProblem(403);
    }

    @Test
    void aDepartmentAdminSeesOnlyItsOwnDepartmentsAlertsAndNoneAboutItself() {
        String deptAdmin = gateway.tokenOf("deptadmin1");
        String inspector = gateway.tokenOf("inspector1");
        String citizen = gateway.tokenOf("citizen1");
        String officer = gateway.tokenOf("officer1");

        // An alert in market-regulation: a second correction notice with new items (justified).
        String premises = upload(citizen, "premises.pdf");
        String caseId = gateway.post(
                        "/api/approvals/cases",
                        citizen,
                        Map.of(
                                "matterCode",
                                "MR-GT-001",
                                "formData",
                                Map.of("名称", "李四五金店"),
                                "materials",
                                List.of(Map.of("materialCode", "premises", "fileId", premises))))
                .expect(201)
                .text("id");
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/corrections",
                        officer,
                        Map.of("items", List.of(Map.of("materialCode", "id-card", "problem", "未提交身份证明"))))
                .expect(200);
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/resubmission",
                        citizen,
                        Map.of(
                                "materials",
                                List.of(Map.of("materialCode", "id-card", "fileId", upload(citizen, "id.pdf")))))
                .expect(200);
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/corrections",
                        officer,
                        Map.of(
                                "items",
                                List.of(Map.of("materialCode", "premises", "problem", "租赁合同已过期")),
                                "justification",
                                "复核时发现租赁合同已过期"))
                .expect(200);
        // An alert in tax: a partner report the platform refused.
        String number = "J6-ALERT-" + UUID.randomUUID().toString().substring(0, 8);
        String tax = gateway.partnerToken("partner-tax", "partner-tax-demo-secret");
        Instant at = Gateway.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        gateway.post(
                        "/api/approvals/partner/milestones",
                        tax,
                        Map.of(
                                "partnerCaseNumber",
                                number,
                                "matterCode",
                                "TX-DJ-001",
                                "milestone",
                                "DECIDED",
                                "occurredAt",
                                at.toString()))
                .expectProblem(409, "partner.out-of-order");
        await("the inspector sees both alerts")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String all = gateway.get("/api/supervision/inspections/alerts?size=100", inspector)
                            .expect(200)
                            .body();
                    return all.contains("\"caseId\":\"" + caseId + "\"") && all.contains("tax/" + number);
                });

        JsonNode alerts = gateway.get("/api/supervision/department/alerts?size=100", deptAdmin)
                .expect(200)
                .json();
        assertThat(alerts.toString()).contains(caseId).doesNotContain("tax/" + number);
        for (JsonNode alert : alerts) {
            assertThat(alert.path("department").asString()).isEqualTo("market-regulation");
            assertThat(alert.toString()).doesNotContain("deptadmin1");
        }
        // The inspectors' view of every department is not theirs.
        gateway.get("/api/supervision/inspections/alerts?department=tax", deptAdmin)
                .expectProblem(403);
        gateway.get("/api/supervision/inspections/statistics", deptAdmin).expectProblem(403);
    }

    private static String upload(String token, String name) {
        byte[] pdf = ("%PDF-1.7\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return gateway.postMultipart("/api/approvals/files", token, name, "application/pdf", pdf)
                .expect(201)
                .text("id");
    }

    @Test
    void aPartnerSystemReportsOnlyForItsOwnDepartment() {
        String tax = gateway.partnerToken("partner-tax", "partner-tax-demo-secret");
        String housing = gateway.partnerToken("partner-housing", "partner-housing-demo-secret");
        String number = "J6-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Gateway.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> housingReport = Map.of(
                "partnerCaseNumber",
                number,
                "matterCode",
                "HS-ZL-001",
                "milestone",
                "RECEIVED",
                "occurredAt",
                now.toString());

        // The tax bureau's token cannot report a housing matter: the department comes from the token.
        gateway.post("/api/approvals/partner/milestones", tax, housingReport)
                .expectProblem(409, "partner.unknown-matter");
        // The housing bureau can; its case stays invisible to the tax bureau.
        gateway.post("/api/approvals/partner/milestones", housing, housingReport)
                .expect(201);
        gateway.get("/api/approvals/partner/cases/" + number, housing).expect(200);
        gateway.get("/api/approvals/partner/cases/" + number, tax).expectProblem(404);
        // A partner system is not a citizen: it cannot book.
        gateway.post(
                        "/api/appointments",
                        tax,
                        Map.of(
                                "servicePointId",
                                "hall-personal-public",
                                "matterCode",
                                "SS-CARD",
                                "start",
                                Gateway.serviceToday().plusDays(1).atTime(9, 0).toString()))
                .expectProblem(403);
    }

    @Test
    void aCitizenIsRefusedOnAdministrationRoutes() {
        String citizen = gateway.tokenOf("citizen1");

        gateway.post("/api/supervision/admin/projections/rebuild", citizen, null)
                .expectProblem(403);
        gateway.get("/api/supervision/inspections/alerts", citizen).expectProblem(403);
        gateway.post(
                        "/api/appointments/bans/lift",
                        citizen,
                        Map.of("idNumber", "440113199003071235", "reason", "lift my own ban"))
                .expectProblem(403);
        gateway.post(
                        "/api/appointments/service-points/hall-personal-public/closures",
                        citizen,
                        Map.of("day", Gateway.serviceToday().plusDays(60).toString(), "reason", "closed by a citizen"))
                .expectProblem(403);
        gateway.get("/api/approvals/catalog/matters/MR-GT-001/versions", citizen)
                .expectProblem(403);
        gateway.post("/api/licenses/keys/rotation", citizen, null).expectProblem(403);
        // nothing changed: the hall still has its slots on working days
        assertThat(gateway.get("/api/appointments/public/service-points/hall-personal-public", null)
                        .expect(200)
                        .body())
                .doesNotContain("closed by a citizen");
    }
}
