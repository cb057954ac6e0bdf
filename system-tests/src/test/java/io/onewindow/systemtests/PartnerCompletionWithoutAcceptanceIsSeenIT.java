package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 4 of issue 8. The tax bureau's own case software (client {@code partner-tax}) reports
 * the milestones of its cases in real time with its client-credentials token. A case it reports
 * as completed without ever reporting its acceptance is handled outside the system: the platform
 * refuses the report (the partner's case expects ACCEPTED next), records it, and supervision
 * raises an off-system alert that the discipline inspector sees with its evidence.
 */
class PartnerCompletionWithoutAcceptanceIsSeenIT {

    private static final String TAX_MATTER = "TX-DJ-001";

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void aPartnerCaseReportedInOrderIsMirroredWithItsClock() {
        String partner = gateway.partnerToken("partner-tax", "partner-tax-demo-secret");
        String number = "TAX-J4-OK-" + UUID.randomUUID().toString().substring(0, 8);
        Instant received = Gateway.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        java.time.LocalDate due = Gateway.serviceToday().plusDays(30);

        report(partner, number, "RECEIVED", received, null).expect(201);
        report(partner, number, "ACCEPTED", received.plusSeconds(60), due).expect(201);

        JsonNode mirror = gateway.get("/api/approvals/partner/cases/" + number, partner)
                .expect(200)
                .json();
        assertThat(mirror.path("department").asString()).isEqualTo("tax");
        assertThat(mirror.path("caseNumber").asString()).isEqualTo("PT-tax-" + number);
        assertThat(mirror.path("milestones")).hasSize(2);
        assertThat(mirror.path("dueDate").asString()).isEqualTo(due.toString());
    }

    @Test
    void aCompletionWithoutAcceptanceIsRefusedAndRaisesAnOffSystemAlertForTheInspector() {
        String partner = gateway.partnerToken("partner-tax", "partner-tax-demo-secret");
        String inspector = gateway.tokenOf("inspector1");
        String number = "TAX-J4-" + UUID.randomUUID().toString().substring(0, 8);
        Instant received = Gateway.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        report(partner, number, "RECEIVED", received, null).expect(201);
        report(partner, number, "COMPLETED", received.plusSeconds(120), null)
                .expectProblem(409, "partner.out-of-order");

        // The mirror keeps only what the platform accepted.
        JsonNode mirror = gateway.get("/api/approvals/partner/cases/" + number, partner)
                .expect(200)
                .json();
        assertThat(mirror.path("milestones")).hasSize(1);
        assertThat(mirror.path("milestones").get(0).path("milestone").asString())
                .isEqualTo("RECEIVED");

        // Supervision learns it from the PartnerReportRefused event and alerts the inspector.
        String subject = "tax/" + number;
        AtomicReference<JsonNode> alert = new AtomicReference<>();
        await("the off-system alert about partner case " + subject)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode a : gateway.get(
                                    "/api/supervision/inspections/alerts?rule=6&department=tax&size=100", inspector)
                            .expect(200)
                            .json()) {
                        if (subject.equals(a.path("subjectId").asString())) {
                            alert.set(a);
                            return true;
                        }
                    }
                    return false;
                });
        JsonNode raised = alert.get();
        assertThat(raised.path("ruleCode").asString()).isEqualTo("off-system.partner-report-refused");
        assertThat(raised.path("subjectType").asString()).isEqualTo("PARTNER_CASE");
        assertThat(raised.path("severity").asString()).isEqualTo("SERIOUS");
        assertThat(raised.path("status").asString()).isEqualTo("OPEN");
        assertThat(raised.path("summary").asString()).contains("COMPLETED").contains("partner.out-of-order");
        assertThat(raised.path("evidence")).hasSize(1);
    }

    static Gateway.Answer report(String token, String number, String milestone, Instant at, java.time.LocalDate due) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("partnerCaseNumber", number);
        body.put("matterCode", TAX_MATTER);
        body.put("milestone", milestone);
        body.put("occurredAt", at.toString());
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        return gateway.post("/api/approvals/partner/milestones", token, body);
    }
}
