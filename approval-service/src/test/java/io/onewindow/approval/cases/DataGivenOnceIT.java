package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.FakeELicenseService;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Data given once: an enterprise filing for itself is named, addressed and represented as its own
 * business license in e-license says, instead of typing it again.
 */
class DataGivenOnceIT extends ApprovalIntegrationTest {

    static final String ENTERPRISE1 = "91440113MA5D000166";
    static final String BUSINESS_LICENSE = "11100000000013338W001";

    @AfterEach
    void emptyWallet() {
        E_LICENSE.wallet("[]");
    }

    @Test
    void anEnterpriseFilingForItselfIsNamedAsItsBusinessLicenseSays() throws Exception {
        String code = freshCode("DGO");
        published(Matters.foodLicense(code));
        E_LICENSE.wallet(
                "[" + FakeELicenseService.walletLicense(BUSINESS_LICENSE, "广州番禺示例科技有限公司", ENTERPRISE1, "VALID") + "]");

        file(code, null, "{\"经营项目\":\"预包装食品销售\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.type").value("ENTERPRISE"))
                .andExpect(jsonPath("$.applicant.name").value("广州番禺示例科技有限公司"))
                .andExpect(jsonPath("$.formData.住所").value("广州市番禺区市桥街示例路1号"))
                .andExpect(jsonPath("$.formData.法定代表人").value("示例"))
                .andExpect(jsonPath("$.formData.经营项目").value("预包装食品销售"));
        // The same name typed is fine; a form that gives its own address keeps it.
        file(code, "广州番禺示例科技有限公司", "{\"住所\":\"广州市番禺区市桥街新址2号\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.formData.住所").value("广州市番禺区市桥街新址2号"));
        assertThat(E_LICENSE.walletReads())
                .last()
                .isEqualTo(E_LICENSE.walletReads().get(0));
    }

    @Test
    void aNameOtherThanTheLicensesIsRefusedAndNothingIsWritten() throws Exception {
        String code = freshCode("DGX");
        published(Matters.foodLicense(code));
        E_LICENSE.wallet(
                "[" + FakeELicenseService.walletLicense(BUSINESS_LICENSE, "广州番禺示例科技有限公司", ENTERPRISE1, "VALID") + "]");

        file(code, "另一家公司", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.enterprise-name-differs"));
        assertThat(mongo.count(Query.query(Criteria.where("data.matter.code").is(code)), "cases"))
                .isZero();
    }

    @Test
    void withoutABusinessLicenseInTheWalletTheNameIsTypedAsBefore() throws Exception {
        String code = freshCode("DGN");
        published(Matters.foodLicense(code));
        E_LICENSE.wallet(
                "[" + FakeELicenseService.walletLicense(BUSINESS_LICENSE, "已注销公司", ENTERPRISE1, "REVOKED") + "]");

        file(code, null, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.enterprise-name-required"));
        file(code, "广州番禺示例科技有限公司", "{}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.name").value("广州番禺示例科技有限公司"))
                .andExpect(jsonPath("$.formData.住所").doesNotExist());
    }

    private ResultActions file(String code, String enterpriseName, String formData) throws Exception {
        Applications applications = new Applications(mvc);
        String layout = applications.upload(Callers.enterprise1(), "layout.pdf");
        String rules = applications.upload(Callers.enterprise1(), "rules.pdf");
        return mvc.perform(post("/api/approvals/cases")
                .with(Callers.enterprise1())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"matterCode":"%s",%s"formData":%s,
                         "materials":[{"materialCode":"business-license","licenseIdentifier":"%s"},
                          {"materialCode":"layout","fileId":"%s"},{"materialCode":"safety-rules","fileId":"%s"}]}""".formatted(
                                code,
                                enterpriseName == null ? "" : "\"enterpriseName\":\"" + enterpriseName + "\",",
                                formData,
                                Applications.BUSINESS_LICENSE_ID,
                                layout,
                                rules)));
    }
}
