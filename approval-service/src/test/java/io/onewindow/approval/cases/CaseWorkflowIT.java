package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.test.Callers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Submission → correction → acceptance → suspension → decision → completion against the real parts. */
class CaseWorkflowIT extends ApprovalIntegrationTest {

    static final String BUSINESS_LICENSE_ID =
            "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.2026000001.001.9";

    String upload(RequestPostProcessor who, String name) throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", name, "application/pdf", ("%PDF-1.7\n" + name).getBytes(StandardCharsets.US_ASCII));
        String body = mvc.perform(multipart("/api/approvals/files").file(file).with(who))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String submit(RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post("/api/approvals/cases")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String action(RequestPostProcessor who, String caseId, String action, String json, int expectedStatus)
            throws Exception {
        return mvc.perform(post("/api/approvals/cases/" + caseId + "/" + action)
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void applicationGoesFromSubmissionThroughCorrectionSuspensionAndDecisionToCompletion() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-SP"))).code();
        clock.setTo("2026-02-13");
        String layout = upload(Callers.citizen1(), "layout.pdf");

        String caseId = submit(Callers.citizen1(), """
                {"matterCode":"%s","formData":{"经营者名称":"张三小吃店"},
                 "materials":[{"materialCode":"business-license","licenseIdentifier":"%s"},
                              {"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, BUSINESS_LICENSE_ID, layout));

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PRE_REVIEW"))
                .andExpect(jsonPath("$.preReview").value("DEFECTS_FOUND"))
                .andExpect(jsonPath("$.applicant.maskedCode").value("440113********1235"))
                .andExpect(jsonPath("$.clock.art32Deadline").value("2026-02-27"));

        action(Callers.officer1(), caseId, "corrections", """
                {"items":[{"materialCode":"safety-rules","problem":"未提交食品安全管理制度"}]}""", 200);
        String rules = upload(Callers.citizen1(), "rules.pdf");
        String resubmitted = action(Callers.citizen1(), caseId, "resubmission", """
                {"materials":[{"materialCode":"safety-rules","fileId":"%s"}]}""".formatted(rules), 200);
        assertThat((String) JsonPath.read(resubmitted, "$.preReview")).isEqualTo("PASSED");

        String accepted = action(Callers.officer1(), caseId, "acceptance", "{}", 200);
        assertThat((String) JsonPath.read(accepted, "$.clock.statutoryDueDate")).isEqualTo("2026-03-19");
        assertThat((String) JsonPath.read(accepted, "$.clock.promisedDueDate")).isEqualTo("2026-03-05");

        clock.setTo("2026-03-02");
        action(Callers.approver1(), caseId, "suspensions", """
                {"procedure":"EXPERT_REVIEW","reason":"组织专家评审加工工艺","expectedWorkingDays":5}""", 200);
        action(Callers.approver1(), caseId, "steps", """
                {"stepCode":"review"}""", 409);
        clock.setTo("2026-03-06");
        String resumed = action(Callers.approver1(), caseId, "resumption", "{}", 200);
        assertThat((String) JsonPath.read(resumed, "$.clock.statutoryDueDate")).isEqualTo("2026-03-25");

        action(Callers.approver1(), caseId, "steps", """
                {"stepCode":"review","opinion":"符合条件"}""", 200);
        action(Callers.approver1(), caseId, "steps", """
                {"stepCode":"decide","opinion":"准予许可"}""", 200);
        action(Callers.approver1(), caseId, "approval", """
                {"faceData":{"validYears":"5"}}""", 200);
        String completed = action(Callers.officer1(), caseId, "completion", "{}", 200);
        assertThat((String) JsonPath.read(completed, "$.state")).isEqualTo("COMPLETED");

        assertThat(ApprovalTopic.typesFor(caseId, 11))
                .containsExactly(
                        "ApplicationSubmitted",
                        "CorrectionRequested",
                        "ApplicationResubmitted",
                        "PreReviewPassed",
                        "ApplicationAccepted",
                        "ClockSuspended",
                        "ClockResumed",
                        "StepCompleted",
                        "StepCompleted",
                        "ApplicationApproved",
                        "ApplicationCompleted");
        List<EventEnvelope<JsonNode>> events = ApprovalTopic.eventsFor(caseId, 11);
        EventEnvelope<JsonNode> approved = events.get(9);
        assertThat(approved.type()).isEqualTo("onewindow.approval.ApplicationApproved.v2");
        assertThat(approved.data().get("holderCodeType").asString()).isEqualTo("111");
        assertThat(approved.data().get("licenseTypeCode").asString()).isEqualTo(Matters.FOOD_LICENSE_TYPE);
        // The holder only masked and by the same pseudonym as at submission; name, code and face data
        // are for the e-license service's internal request (InternalApiIT), not for every reader.
        assertThat(approved.data().get("maskedHolderCode").asString()).isEqualTo("440113********1235");
        assertThat(approved.data().get("holderPseudonym").asString())
                .isEqualTo(events.get(0).data().get("applicantPseudonym").asString());
        assertThat(approved.data().has("holderCode")).isFalse();
        assertThat(approved.data().has("holderName")).isFalse();
        assertThat(approved.data().has("faceData")).isFalse();
        assertThat(approved.data().toString()).doesNotContain("440113199003071235", "张三小吃店");
        assertThat(E_LICENSE.authorizations()).contains("Bearer test-token-citizen1");

        mvc.perform(get("/api/approvals/cases/" + caseId + "/audit/verification")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.links").value(12));
    }

    @Test
    void aLicenseIdentifierWithAWrongCheckCharacterIsRefusedAndNoCaseIsFiled() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-CHK"))).code();
        clock.setTo("2026-03-02");
        String layout = upload(Callers.citizen1(), "layout.pdf");
        long before = mongo.getCollection(ApprovalServiceApplication.CASES).countDocuments();
        // The right shape, the check character of another identifier ("D" where "9" is due).
        String wrongCheck = BUSINESS_LICENSE_ID.substring(0, BUSINESS_LICENSE_ID.length() - 1) + "D";

        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","formData":{"经营者名称":"张三小吃店"},
                                 "materials":[{"materialCode":"business-license","licenseIdentifier":"%s"},
                                              {"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, wrongCheck, layout)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("materials[0].licenseIdentifier"))
                .andExpect(jsonPath("$.detail").value("请求中有 1 处取值不符合要求，详见 errors"))
                .andExpect(jsonPath("$.errors[0].message").value("须为校验位正确的电子证照标识（GB/T 36904）"));

        assertThat(mongo.getCollection(ApprovalServiceApplication.CASES).countDocuments())
                .isEqualTo(before);
    }

    @Test
    void caseWaitsInPreReviewWhileTheLicenseServiceIsDownAndMovesOnWhenItIsBack() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-DOWN"))).code();
        clock.setTo("2026-03-02");
        String layout = upload(Callers.enterprise1(), "layout.pdf");
        String rules = upload(Callers.enterprise1(), "rules.pdf");
        E_LICENSE.goDown();
        String caseId;
        try {
            caseId = submit(Callers.enterprise1(), """
                    {"matterCode":"%s","enterpriseName":"番禺示范食品有限公司",
                     "materials":[{"materialCode":"business-license","licenseIdentifier":"%s"},
                                  {"materialCode":"layout","fileId":"%s"},{"materialCode":"safety-rules","fileId":"%s"}]}""".formatted(matter, BUSINESS_LICENSE_ID, layout, rules));

            mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                    .andExpect(jsonPath("$.state").value("PRE_REVIEW"))
                    .andExpect(jsonPath("$.preReview").value("WAITING_FOR_LICENSE_CHECK"))
                    .andExpect(jsonPath("$.materials[0].licenseCheck").value("UNCHECKED"));
            String refused = action(Callers.officer1(), caseId, "acceptance", "{}", 409);
            assertThat(refused).contains("application.license-check-pending");
        } finally {
            E_LICENSE.comeBack();
        }

        String rechecked = action(Callers.officer1(), caseId, "license-checks", "{}", 200);

        assertThat((String) JsonPath.read(rechecked, "$.preReview")).isEqualTo("PASSED");
        action(Callers.officer1(), caseId, "acceptance", "{}", 200);
        assertThat(ApprovalTopic.typesFor(caseId, 3))
                .containsExactly("ApplicationSubmitted", "PreReviewPassed", "ApplicationAccepted");
    }

    @Test
    void caseStaysBoundToTheVersionItWasSubmittedUnderWhenANewVersionIsPublished() throws Exception {
        var v1 = Matters.foodLicense(freshCode("IT-VER"));
        published(v1);
        clock.setTo("2026-03-02");
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), v1.code());
        action(Callers.officer1(), caseId, "acceptance", "{}", 200);
        var v2 = new MatterDefinition(
                v1.code(),
                v1.name(),
                v1.department(),
                v1.matterType(),
                v1.subjects(),
                v1.legalBasis(),
                v1.conditions(),
                v1.materials(),
                List.of(
                        new ProcessStep("review", "审查", "approver", 3),
                        new ProcessStep("director-signature", "局长签批", "approver", 2),
                        new ProcessStep("decide", "决定", "approver", 2)),
                v1.statutoryLimitWorkingDays(),
                v1.promisedLimitWorkingDays(),
                v1.fee(),
                v1.feeBasis(),
                v1.caseType(),
                v1.windowMayDecide(),
                v1.fullyOnline(),
                v1.licenseTypeCode(),
                // A draft names only halls appointment-service has made known (the seed of v1 trusted its own).
                List.of("panyu-district-center"));
        servicePoints().demoHallsKnown();
        catalog.draft(
                v2,
                new Caller("u", "catalogadmin1", Set.of("catalog-admin"), "district-admin-service", null, null, "cli"));
        catalog.publish(
                v1.code(),
                2,
                catalog.versionsOf(v1.code()).get(0).contentHash(),
                new Caller("u2", "admin1", Set.of("platform-admin"), "district-admin-service", null, null, "cli"));

        action(Callers.approver1(), caseId, "steps", "{\"stepCode\":\"review\"}", 200);
        String refused = action(Callers.approver1(), caseId, "steps", "{\"stepCode\":\"director-signature\"}", 409);

        assertThat(refused).contains("step.not-in-catalog");
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.approver1()))
                .andExpect(jsonPath("$.matterVersion").value(1))
                .andExpect(jsonPath("$.nextStep").value("decide"));
        mvc.perform(get("/api/approvals/public/matters/" + v1.code()))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void windowOfficerDecidesAFilingOnTheSpot() throws Exception {
        String matter = published(Matters.onTheSpotFiling(freshCode("IT-BA"))).code();
        clock.setTo("2026-03-02");
        String layout = upload(Callers.officer1(), "layout.pdf");
        String caseId = submit(Callers.officer1(), """
                {"matterCode":"%s","principal":{"name":"李四","idNumber":"440113200002290028"},
                 "materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, layout));

        String decided = action(Callers.officer1(), caseId, "on-the-spot-decision", "{}", 200);

        assertThat((String) JsonPath.read(decided, "$.state")).isEqualTo("APPROVED");
        assertThat((String) JsonPath.read(decided, "$.channel")).isEqualTo("WINDOW");
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen2()))
                .andExpect(status().isOk());
        List<String> types = ApprovalTopic.typesFor(caseId, 5);
        assertThat(types)
                .containsExactly(
                        "ApplicationSubmitted",
                        "PreReviewPassed",
                        "ApplicationAccepted",
                        "StepCompleted",
                        "ApplicationApproved");
    }
}
