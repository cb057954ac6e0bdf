package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Real-name levels through the gateway (issue 18): citizen3 registered herself (self-declared), so
 * she books but may neither file nor open a license wallet; at the hall officer1, posted at a
 * window there, checks her ID card and confirms her; her next token files.
 */
class ACitizenConfirmedAtAWindowMayFileIT {

    private static final String CITIZEN3_ID_NUMBER = "440113199206180028";

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
        RunningPlatform.shared().keycloak().setRealNameLevel("citizen3", "self-declared");
    }

    @AfterAll
    static void citizen3SelfDeclaredAgain() {
        RunningPlatform.shared().keycloak().setRealNameLevel("citizen3", "self-declared");
    }

    private static Map<String, Object> soleTraderFiling(String fileId) {
        return Map.of(
                "matterCode",
                "MR-GT-001",
                "formData",
                Map.of("名称", "周秀兰便利店"),
                "materials",
                List.of(Map.of("materialCode", "premises", "fileId", fileId)));
    }

    @Test
    void aSelfDeclaredCitizenIsRefusedFilingAndTheWalletUntilAnOfficerConfirmsHerAtAWindow() {
        String selfDeclared = RunningPlatform.shared().keycloak().passwordToken("citizen3", "demo");
        byte[] pdf = "%PDF-1.7\n% premises\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String premises = gateway.postMultipart(
                        "/api/approvals/files", selfDeclared, "premises.pdf", "application/pdf", pdf)
                .expect(201)
                .text("id");

        JsonNode refused = gateway.post("/api/approvals/cases", selfDeclared, soleTraderFiling(premises))
                .expectProblem(403, "real-name-level-insufficient")
                .json();
        assertThat(refused.path("requiredLevel").asString()).isEqualTo("window-confirmed");
        assertThat(refused.path("heldLevel").asString()).isEqualTo("self-declared");
        gateway.get("/api/licenses/mine", selfDeclared).expectProblem(403, "real-name-level-insufficient");

        // officer1 at one of his windows checks her card and confirms her
        String officer = gateway.tokenOf("officer1");
        JsonNode post = gateway.get("/api/appointments/admin/staff/officer1", gateway.tokenOf("admin1"))
                .expect(200)
                .json()
                .path("posts")
                .path(0);
        JsonNode confirmed = gateway.post(
                        "/api/appointments/identity-confirmations",
                        officer,
                        Map.of(
                                "idNumber",
                                CITIZEN3_ID_NUMBER,
                                "servicePointId",
                                post.path("servicePointId").asString(),
                                "window",
                                post.path("window").asString()))
                .expect(201)
                .json();
        assertThat(confirmed.path("realNameLevel").asString()).isEqualTo("window-confirmed");

        // the token she holds is still self-declared; her next one files and opens her wallet
        gateway.post("/api/approvals/cases", selfDeclared, soleTraderFiling(premises))
                .expectProblem(403, "real-name-level-insufficient");
        String confirmedToken = RunningPlatform.shared().keycloak().passwordToken("citizen3", "demo");
        gateway.post("/api/approvals/cases", confirmedToken, soleTraderFiling(premises))
                .expect(201);
        gateway.get("/api/licenses/mine", confirmedToken).expect(200);
    }
}
