package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 2 of issue 8. enterprise1 applies online for a food operation license (MR-SP-001,
 * market-regulation), gets ONE correction notice listing every missing material, answers it with
 * its e-license in place of the paper business license, and the case runs through acceptance,
 * an expert-review suspension, the catalog's steps and approval. e-license-service issues the
 * license from the approval event; it verifies VALID (by identifier and by its signed QR
 * payload), and once the department revokes it, REVOKED.
 */
class CompanyGetsAFoodLicenseOnlineIT {

    private static final String FOOD_LICENSE_TYPE = "11100000000013338W002";
    private static final String ENTERPRISE1_CREDIT_CODE = "91440113MA5D000166";

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void oneCorrectionNoticeThenAnELicenseInsteadOfPaperThenALicenseThatVerifiesUntilRevoked() {
        String company = gateway.tokenOf("enterprise1");
        String officer = gateway.tokenOf("officer1");
        String approver = gateway.tokenOf("approver1");

        // The company holds its business license as an e-license (demo data of e-license-service).
        String businessLicense = Filings.businessLicense(gateway, company);

        // It applies with only the layout drawing: the business license and the safety rules are missing.
        String layout = upload(company, "layout.pdf");
        JsonNode submitted = gateway.post(
                        "/api/approvals/cases",
                        company,
                        Filings.foodLicense(
                                "番禺区市桥街光明北路1号", List.of(Map.of("materialCode", "layout", "fileId", layout))))
                .expect(201)
                .json();
        String caseId = submitted.path("id").asString();
        assertThat(submitted.path("state").asString()).isEqualTo("PRE_REVIEW");
        assertThat(submitted.path("channel").asString()).isEqualTo("ONLINE");

        // The window officer gives ONE notice listing everything missing at once.
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/corrections",
                        officer,
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("materialCode", "business-license", "problem", "未提交营业执照"),
                                        Map.of("materialCode", "safety-rules", "problem", "未提交食品安全管理制度"))))
                .expect(200);
        JsonNode noticed = gateway.get("/api/approvals/cases/" + caseId, company)
                .expect(200)
                .json();
        assertThat(noticed.path("state").asString()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(noticed.path("corrections")).hasSize(1);
        assertThat(noticed.path("corrections").get(0).toString())
                .contains("business-license")
                .contains("safety-rules");

        // The company answers with its e-license instead of a paper copy, and the safety rules.
        String safetyRules = upload(company, "safety-rules.pdf");
        JsonNode resubmitted = gateway.post(
                        "/api/approvals/cases/" + caseId + "/resubmission",
                        company,
                        Map.of(
                                "materials",
                                List.of(
                                        Map.of(
                                                "materialCode",
                                                "business-license",
                                                "licenseIdentifier",
                                                businessLicense),
                                        Map.of("materialCode", "safety-rules", "fileId", safetyRules))))
                .expect(200)
                .json();
        assertThat(resubmitted.path("state").asString())
                .as(resubmitted.toString())
                .isEqualTo("PRE_REVIEW");
        JsonNode licenseMaterial = material(resubmitted, "business-license");
        assertThat(licenseMaterial.path("licenseIdentifier").asString()).isEqualTo(businessLicense);
        assertThat(licenseMaterial.path("licenseCheck").asString()).isEqualTo("VALID");
        assertThat(licenseMaterial.path("licenseBelongsToApplicant").asBoolean())
                .isTrue();

        // Accepted: the statutory clock starts.
        JsonNode accepted = gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200)
                .json();
        assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("clock").path("statutoryDueDate").isMissingNode())
                .isFalse();

        // Suspended for an expert review (art. 45) and resumed.
        JsonNode suspended = gateway.post(
                        "/api/approvals/cases/" + caseId + "/suspensions",
                        approver,
                        Map.of("procedure", "EXPERT_REVIEW", "reason", "专家评审厨房布局", "expectedWorkingDays", 3))
                .expect(200)
                .json();
        assertThat(suspended.path("clock").path("suspended").asBoolean()).isTrue();
        JsonNode resumed = gateway.post("/api/approvals/cases/" + caseId + "/resumption", approver, null)
                .expect(200)
                .json();
        assertThat(resumed.path("clock").path("suspended").asBoolean()).isFalse();
        assertThat(resumed.path("clock").path("pauses")).hasSize(1);

        // The catalog's steps, then the approval.
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/steps",
                        approver,
                        Map.of("stepCode", "review", "opinion", "材料齐全"))
                .expect(200);
        gateway.post(
                        "/api/approvals/cases/" + caseId + "/steps",
                        approver,
                        Map.of("stepCode", "decide", "opinion", "准予许可"))
                .expect(200);
        JsonNode approved = gateway.post("/api/approvals/cases/" + caseId + "/approval", approver, Map.of())
                .expect(200)
                .json();
        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        String caseNumber = approved.path("caseNumber").asString();

        // e-license-service issues the license from the approval event (Kafka).
        AtomicReference<JsonNode> issued = new AtomicReference<>();
        await("the license of case " + caseNumber + " in enterprise1's wallet")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode license : gateway.get("/api/licenses/mine", company)
                            .expect(200)
                            .json()) {
                        if (caseNumber.equals(license.path("caseNumber").asString())) {
                            issued.set(license);
                            return true;
                        }
                    }
                    return false;
                });
        JsonNode license = issued.get();
        assertThat(license.path("typeCode").asString()).isEqualTo(FOOD_LICENSE_TYPE);
        assertThat(license.path("holderCode").asString()).isEqualTo(ENTERPRISE1_CREDIT_CODE);
        assertThat(license.path("status").asString()).isEqualTo("VALID");
        assertThat(license.path("origin").asString()).isEqualTo("APPROVAL");
        assertThat(license.path("faceData").path("经营者名称").asString()).isEqualTo("广州番禺示例科技有限公司");
        String licenseId = license.path("id").asString();
        String identifier = license.path("identifier").asString();

        // The decision is delivered (办结); the inspector sees the whole case in supervision.
        gateway.post("/api/approvals/cases/" + caseId + "/completion", officer, null)
                .expect(200);
        String inspector = gateway.tokenOf("inspector1");
        AtomicReference<JsonNode> watched = new AtomicReference<>();
        await("supervision's timeline of case " + caseNumber)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Answer answer = gateway.get("/api/supervision/inspections/cases/" + caseId, inspector);
                    watched.set(answer.status() == 200 ? answer.json() : null);
                    return watched.get() != null
                            && "COMPLETED".equals(watched.get().path("state").asString())
                            && watched.get().path("licenseIds").toString().contains(licenseId);
                });
        JsonNode timeline = watched.get();
        assertThat(timeline.path("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(timeline.path("department").asString()).isEqualTo("market-regulation");
        assertThat(timeline.path("correctionNotices").asInt()).isEqualTo(1);
        List<String> types = new java.util.ArrayList<>();
        timeline.path("timeline").forEach(entry -> types.add(entry.path("type").asString()));
        assertThat(types)
                .containsSubsequence(
                        "ApplicationSubmitted",
                        "CorrectionRequested",
                        "ApplicationResubmitted",
                        "ApplicationAccepted",
                        "ClockSuspended",
                        "ClockResumed",
                        "StepCompleted",
                        "StepCompleted",
                        "ApplicationApproved",
                        "ApplicationCompleted")
                .contains("LicenseIssued");
        assertThat(timeline.path("alertIds").toString()).doesNotContain("correction.repeated");

        // Anyone verifies it: by identifier, and by the signed QR payload the holder shows.
        assertThat(verify(Map.of("identifier", identifier)).path("result").asString())
                .isEqualTo("VALID");
        JsonNode qrCode = gateway.get("/api/licenses/" + licenseId + "/qr", company)
                .expect(200)
                .json();
        String qr = qrCode.path("payload").asString();
        String qrUrl = qrCode.path("url").asString();
        assertThat(qr).startsWith("OWL2|" + identifier + "|");
        // the gateway's short address of the verification page (e-license's default base URL)
        assertThat(qrUrl).startsWith("http://127.0.0.1:8080/verify?p=");
        // Offline: the published keys, fetched once, prove the QR's signature; a changed byte does not verify.
        OfflineLicenseVerifier offline = new OfflineLicenseVerifier(
                gateway.get("/api/licenses/public/keys", null).expect(200).json());
        assertThat(offline.statusOf(qr)).isEqualTo("VALID");
        assertThat(offline.statusOf(qrUrl)).isEqualTo("VALID");
        assertThat(offline.statusOf(qr.replace("|VALID|", "|REVOKED|"))).isEqualTo("INVALID");
        JsonNode byQr = verify(Map.of("payload", qr));
        assertThat(byQr.path("result").asString()).isEqualTo("VALID");
        assertThat(byQr.path("qrStatus").asString()).isEqualTo("VALID");
        // A company's name is public business-license data: shown in full, not masked.
        assertThat(byQr.path("holderName").asString()).isNotBlank().doesNotContain("*");
        // The address a phone camera opens, through the gateway without a token (the test's gateway
        // listens on another port than the default base URL's), and the service's own address that
        // codes printed before /verify hold.
        String query = qrUrl.substring(qrUrl.indexOf("?p="));
        for (String path : List.of("/verify", "/api/licenses/public/verify")) {
            assertThat(gateway.get(path + query, null).expect(200).text("result"))
                    .as(path)
                    .isEqualTo("VALID");
        }
        String printedEarlier = qrUrl.replace("/verify?", "/api/licenses/public/verify?");
        assertThat(offline.statusOf(printedEarlier)).isEqualTo("VALID");
        assertThat(verify(Map.of("payload", printedEarlier)).path("result").asString())
                .isEqualTo("VALID");

        // The issuing department revokes it; verification says REVOKED at once, also for the old QR.
        gateway.post("/api/licenses/" + licenseId + "/revocation", approver, Map.of("reason", "以欺骗手段取得许可"))
                .expect(200);
        assertThat(verify(Map.of("identifier", identifier)).path("result").asString())
                .isEqualTo("REVOKED");
        JsonNode oldQr = verify(Map.of("payload", qr));
        assertThat(oldQr.path("result").asString()).isEqualTo("REVOKED");
        assertThat(oldQr.path("qrStatus").asString()).isEqualTo("VALID");
        assertThat(gateway.get("/api/licenses/public/verify?identifier=" + identifier, null)
                        .expect(200)
                        .text("result"))
                .isEqualTo("REVOKED");
    }

    private static JsonNode verify(Map<String, String> request) {
        return gateway.post("/api/licenses/public/verify", null, request)
                .expect(200)
                .json();
    }

    private static String upload(String token, String name) {
        return Filings.upload(gateway, token, name);
    }

    private static JsonNode material(JsonNode aCase, String code) {
        for (JsonNode material : aCase.path("materials")) {
            if (code.equals(material.path("materialCode").asString())) {
                return material;
            }
        }
        throw new AssertionError("no material " + code + " in " + aCase);
    }
}
