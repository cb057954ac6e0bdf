package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.AgencyRegisterFeed;
import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.IdentityProperties;
import io.onewindow.platform.test.Callers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Who sees and does what: per role and per owner. Another applicant's case is "not found", never its data. */
class CaseAccessIT extends ApprovalIntegrationTest {

    @Autowired
    IdentityProperties identity;

    private Applications applications;
    private String matter;
    private String citizen1Case;

    @BeforeEach
    void citizen1HasACase() throws Exception {
        applications = new Applications(mvc);
        clock.setTo("2026-03-02");
        matter = published(Matters.foodLicense(freshCode("IT-ACC"))).code();
        citizen1Case = applications.completeFoodLicense(Callers.citizen1(), matter);
    }

    @Test
    void anotherCitizenGetsNotFoundForTheCaseAndCannotActOnIt() throws Exception {
        mvc.perform(get("/api/approvals/cases/" + citizen1Case).with(Callers.citizen2()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.applicant").doesNotExist());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/withdrawal")
                        .with(Callers.citizen2())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/approvals/cases").with(Callers.citizen2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')]", citizen1Case).isEmpty());
    }

    @Test
    void applicantSeesOwnCaseMaskedAndInListAndTheReadIsLogged() throws Exception {
        mvc.perform(get("/api/approvals/cases/" + citizen1Case).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.maskedCode").value("440113********1235"));
        mvc.perform(get("/api/approvals/cases").with(Callers.citizen1()))
                .andExpect(jsonPath("$[?(@.id == '%s')]", citizen1Case).isNotEmpty());
        mvc.perform(get("/api/approvals/cases/" + citizen1Case + "/reads").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reader").value("citizen1"));
    }

    @Test
    void staffOfAnotherDepartmentGetNotFoundAndInspectorsReadAll() throws Exception {
        mvc.perform(get("/api/approvals/cases/" + citizen1Case)
                        .with(Callers.staff("officer9", Roles.WINDOW_OFFICER, "health")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/acceptance")
                        .with(Callers.staff("officer9", Roles.WINDOW_OFFICER, "health")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/approvals/cases/" + citizen1Case).with(Callers.inspector1()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/approvals/cases/" + citizen1Case).with(Callers.officer1()))
                .andExpect(status().isOk());
    }

    @Test
    void eachActionBelongsToItsRole() throws Exception {
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/acceptance").with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/acceptance").with(Callers.inspector1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/acceptance").with(Callers.approver1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/acceptance").with(Callers.officer1()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/approval")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/cases/" + citizen1Case + "/steps")
                        .with(Callers.approver1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stepCode\":\"director-signature\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("step.not-in-catalog"));
        mvc.perform(get("/api/approvals/cases/" + citizen1Case + "/audit/verification")
                        .with(Callers.citizen1()))
                .andExpect(status().isForbidden());
    }

    @Test
    void agentFilesForAPrincipalWhoSeesTheCaseTooButOthersDoNot() throws Exception {
        // Agents file only under a mandate (issue 14): citizen2 gives agent1 one through the register.
        AgencyRegisterFeed register = new AgencyRegisterFeed(mongo, new IdentityPseudonyms(identity.pseudonymKey()));
        String intermediary = AgencyRegisterFeed.freshIntermediary();
        register.enrolAgent1(intermediary);
        register.grantToAgent1(
                intermediary,
                "440113200002290028",
                List.of(matter),
                clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(90)));
        String layout = applications.upload(Callers.agent1(), "layout.pdf");
        String caseId = applications.submit(Callers.agent1(), """
                {"matterCode":"%s","principal":{"name":"李四","idNumber":"440113200002290028"},
                 "materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, layout));

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.agent1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("agent1"))
                .andExpect(jsonPath("$.applicant.maskedCode").value("440113********0028"));
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen2()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                .andExpect(status().isNotFound());

        // Supervision learns who the applicant is by pseudonym, under the platform's shared key.
        JsonNode submitted = ApprovalTopic.eventsFor(caseId, 1).get(0).data();
        assertThat(submitted.get("applicantPseudonym").asString())
                .isEqualTo(new IdentityPseudonyms(identity.pseudonymKey()).ofIdNumber("440113200002290028"));
        assertThat(submitted.get("agent").asString()).isEqualTo("agent1");
        assertThat(submitted.toString()).doesNotContain("440113200002290028");
    }

    @Test
    void windowOfficerFilesOnlyForOwnDepartment() throws Exception {
        String healthOfficerFile =
                applications.upload(Callers.staff("officer9", Roles.WINDOW_OFFICER, "health"), "a.pdf");
        long before = mongo.getCollection("cases").countDocuments();

        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.staff("officer9", Roles.WINDOW_OFFICER, "health"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","principal":{"name":"李四","idNumber":"440113200002290028"},
                                 "materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, healthOfficerFile)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("application.other-department"));
        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(before);
    }

    @Test
    void citizenCannotUseAnotherUploadersFile() throws Exception {
        String citizen2File = applications.upload(Callers.citizen2(), "theirs.pdf");
        long before = mongo.getCollection("cases").countDocuments();

        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, citizen2File)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.unknown-file"));
        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(before);
    }
}
