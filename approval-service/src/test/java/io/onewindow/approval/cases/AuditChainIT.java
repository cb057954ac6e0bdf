package io.onewindow.approval.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Someone with database access edits the stored history; the verification endpoint finds where. */
class AuditChainIT extends ApprovalIntegrationTest {

    @Test
    void verificationReportsTheFirstLinkChangedInTheDatabase() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-AUD"))).code();
        clock.setTo("2026-03-02");
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        mvc.perform(post("/api/approvals/cases/" + caseId + "/acceptance").with(Callers.officer1()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/approvals/cases/" + caseId + "/audit/verification")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.links").value(3));

        // Back-dating who accepted the case: link 3 is the acceptance.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(caseId)),
                new Update().set("data.audit.2.actor", "approver1"),
                "cases");

        mvc.perform(get("/api/approvals/cases/" + caseId + "/audit/verification")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenLink").value(3))
                .andExpect(jsonPath("$.problem").value("its content does not match its hash"));
    }

    @Test
    void removingALinkIsFoundToo() throws Exception {
        String matter = published(Matters.foodLicense(freshCode("IT-AUD"))).code();
        clock.setTo("2026-03-02");
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        mvc.perform(post("/api/approvals/cases/" + caseId + "/acceptance").with(Callers.officer1()))
                .andExpect(status().isOk());

        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(caseId)),
                new Update().pop("data.audit", Update.Position.FIRST),
                "cases");

        mvc.perform(get("/api/approvals/cases/" + caseId + "/audit/verification")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenLink").value(1));
    }
}
