package io.onewindow.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A company rates its own decided case (好差评). Supervision decides ownership from the
 * {@code ApplicationSubmitted} event: the submitter's username and the masked applicant code.
 */
class CompanyRatesItsOwnCaseIT {

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void aCompanyRatesItsOwnCaseDecidedOnTheSpot() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String inspector = gateway.tokenOf("inspector1");
        String businessLicense = Filings.businessLicense(gateway, company);
        String caseId = gateway.post(
                        "/api/approvals/cases",
                        company,
                        Map.of(
                                "matterCode",
                                "MR-BA-001",
                                "enterpriseName",
                                Filings.COMPANY_NAME,
                                "materials",
                                List.of(Map.of(
                                        "materialCode", "business-license", "licenseIdentifier", businessLicense))))
                .expect(201)
                .text("id");
        gateway.post("/api/approvals/cases/" + caseId + "/on-the-spot-decision", officer, Map.of())
                .expect(200);
        await("supervision knows the decision of case " + caseId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.get("/api/supervision/inspections/cases/" + caseId, inspector);
                    return answer.status() == 200
                            && List.of("DECIDED", "COMPLETED").contains(answer.text("state"));
                });

        Map<String, Object> rating = Map.of("targetType", "CASE", "targetId", caseId, "level", 2, "channel", "PC");
        gateway.post("/api/supervision/ratings", company, rating).expect(201);
        gateway.post("/api/supervision/ratings", company, rating).expectProblem(409);
    }
}
