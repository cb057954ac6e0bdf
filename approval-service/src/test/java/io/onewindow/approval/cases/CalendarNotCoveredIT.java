package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Late December, before next year's holiday arrangement is in the calendar: a step whose working-day
 * limit reaches into that year is refused with a clean 503 problem (never a 500) and changes nothing.
 */
class CalendarNotCoveredIT extends ApprovalIntegrationTest {

    @Test
    void acceptingACaseWhoseLimitRunsIntoAnUncoveredYearIsRefusedAndChangesNothing() throws Exception {
        clock.setTo("2026-12-21");
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);

        mvc.perform(post("/api/approvals/cases/" + caseId + "/acceptance")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar-not-covered"))
                .andExpect(jsonPath("$.year").value(2027));

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(org.hamcrest.Matchers.not("ACCEPTED")));
    }

    @Test
    void receivingAnApplicationWhoseNoticePeriodRunsIntoAnUncoveredYearIsRefusedAndWritesNoCase() throws Exception {
        clock.setTo("2026-12-28");
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        Applications applications = new Applications(mvc);
        String layout = applications.upload(Callers.citizen1(), "layout.pdf");
        long before = mongo.getCollection("cases").countDocuments();

        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, layout)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar-not-covered"));

        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(before);
    }

    @Test
    void theArt32SweepLeavesACaseItCannotCountYetInPreReviewWithoutFailing(@Autowired CaseWorkflow workflow)
            throws Exception {
        clock.setTo("2026-12-10");
        String matter = published(Matters.foodLicense(freshCode("IT-CAL"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);

        // Past the five-day notice period; accepting as of receipt would count 20 days into 2027.
        clock.setTo("2026-12-21");
        workflow.acceptOverdueApplications();

        mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.officer1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PRE_REVIEW"));
    }
}
