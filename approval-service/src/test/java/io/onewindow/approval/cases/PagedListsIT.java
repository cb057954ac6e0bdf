package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.PagedListChecks;
import io.onewindow.platform.web.ApiDocsProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The one list convention on approval-service's lists: paged in the store, counted, linked, refused when too big. */
class PagedListsIT extends ApprovalIntegrationTest {

    @Autowired
    ApiDocsProperties docs;

    @Test
    void whoReadACaseIsPagedNewestFirstWithTotalAndLinksAtTheGateway() throws Exception {
        clock.setTo("2026-03-02");
        String matter = published(Matters.foodLicense(freshCode("IT-PAGE"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/approvals/cases/" + caseId).with(Callers.citizen1()))
                    .andExpect(status().isOk());
        }

        List<JsonNode> reads = PagedListChecks.walk(
                mvc, "/api/approvals/cases/" + caseId + "/reads", Callers.citizen1(), docs.publicBaseUrl(), 5);

        List<Instant> at = reads.stream()
                .map(read -> java.time.OffsetDateTime.parse(read.path("at").asString())
                        .toInstant())
                .toList();
        assertThat(at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anotherCitizenCannotPageThroughACasesReads() throws Exception {
        clock.setTo("2026-03-02");
        String matter = published(Matters.foodLicense(freshCode("IT-PAGE"))).code();
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        mvc.perform(get("/api/approvals/cases/" + caseId + "/reads?size=2").with(Callers.citizen2()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCaseListTakesTheLargestPageAndSaysHowManyThereAre() throws Exception {
        mvc.perform(get("/api/approvals/cases?size=100").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"first\"")));
        mvc.perform(get("/api/approvals/cases?size=101").with(Callers.inspector1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theDocumentSaysHowEveryPagedListIsPaged() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/approvals/cases'].get.parameters[?(@.name == 'size')].schema.maximum")
                                .value(100))
                .andExpect(jsonPath("$.paths['/api/approvals/cases'].get.responses['200'].headers['X-Total-Count']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/approvals/cases/{caseId}/reads'].get.responses['200'].headers.Link")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/approvals/public/departments'].get.parameters")
                        .doesNotExist());
    }
}
