package io.onewindow.approval.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A retired department's matters take no new applications: refused before a case number is taken. */
class RetiredDepartmentIT extends ApprovalIntegrationTest {

    @Autowired
    DepartmentRegistry departments;

    @Test
    void aMatterOfARetiredDepartmentIsRefusedAndNothingIsWritten() throws Exception {
        String department = "retiring-" + Long.toString(System.nanoTime(), 36);
        departments.seed(department, new DepartmentRegistry.Particulars("番禺区撤销测试局", null));
        String matter = published(
                        Matters.inDepartment(freshCode("RET"), Matters.onTheSpotFiling(freshCode("RET")), department))
                .code();
        Applications applications = new Applications(mvc);
        String before = applications.submit(Callers.citizen1(), filing(matter, applications));
        assertThat(before).isNotBlank();

        mvc.perform(post("/api/approvals/departments/" + department + "/retirement")
                        .with(Callers.admin1()))
                .andExpect(status().isOk());
        long cases = mongo.count(Query.query(Criteria.where("data.matter.code").is(matter)), "cases");

        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.citizen1())
                        .contentType("application/json")
                        .content(filing(matter, applications)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.department-retired"));
        assertThat(mongo.count(Query.query(Criteria.where("data.matter.code").is(matter)), "cases"))
                .isEqualTo(cases);
    }

    private String filing(String matter, Applications applications) throws Exception {
        String layout = applications.upload(Callers.citizen1(), "layout.pdf");
        return """
                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, layout);
    }
}
