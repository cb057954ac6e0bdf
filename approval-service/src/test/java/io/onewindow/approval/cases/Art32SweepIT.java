package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.test.Callers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The Art. 32 sweep on a fixed clock: five working days without notice mean accepted on receipt. */
class Art32SweepIT extends ApprovalIntegrationTest {

    @Autowired
    CaseSweeps sweeps;

    @Test
    void sweepAcceptsApplicationsLeftWithoutNoticeAsOfReceiptAndLeavesNoticedOnesAlone() throws Exception {
        Applications applications = new Applications(mvc);
        String matter = published(Matters.foodLicense(freshCode("IT-A32"))).code();
        clock.setTo("2026-02-13");
        String forgotten = applications.completeFoodLicense(Callers.citizen1(), matter);
        String noticed = applications.completeFoodLicense(Callers.citizen2(), matter);
        mvc.perform(post("/api/approvals/cases/" + noticed + "/corrections")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"materialCode\":\"layout\",\"problem\":\"图纸不清晰\"}]}"))
                .andExpect(status().isOk());

        clock.setTo("2026-02-27");
        sweeps.acceptOverdueApplications();
        mvc.perform(get("/api/approvals/cases/" + forgotten).with(Callers.officer1()))
                .andExpect(jsonPath("$.state").value("PRE_REVIEW"));

        clock.setTo("2026-02-28");
        sweeps.acceptOverdueApplications();

        mvc.perform(get("/api/approvals/cases/" + forgotten).with(Callers.officer1()))
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedAutomatically").value(true))
                .andExpect(jsonPath("$.acceptedAt").value("2026-02-13T10:00:00+08:00"))
                .andExpect(jsonPath("$.clock.statutoryDueDate").value("2026-03-19"));
        mvc.perform(get("/api/approvals/cases/" + noticed).with(Callers.officer1()))
                .andExpect(jsonPath("$.state").value("CORRECTION_REQUIRED"));
        List<EventEnvelope<JsonNode>> events = ApprovalTopic.eventsFor(forgotten, 3);
        JsonNode accepted = events.get(2).data();
        assertThat(events.get(2).type()).isEqualTo("onewindow.approval.ApplicationAccepted.v1");
        assertThat(accepted.get("automatic").asBoolean()).isTrue();
        assertThat(accepted.get("by").asString()).isEqualTo("system");

        int again = sweeps.acceptOverdueApplications();
        assertThat(again).isZero();
    }
}
