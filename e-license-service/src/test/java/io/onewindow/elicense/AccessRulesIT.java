package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.elicense.support.FakeApprovalService;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.Callers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may do what, role by role, against the demo licenses; refusals change nothing. */
@ServiceIT
class AccessRulesIT {

    static final String CITIZEN1_LICENSE = "lic-demo-citizen1-food";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    private Map<String, Long> counts() {
        return Map.of(
                "licenses", mongo.count(new Query(), "licenses"),
                "digitisation_requests", mongo.count(new Query(), "digitisation_requests"),
                "license_type_changes", mongo.count(new Query(), "license_type_changes"),
                "signing_keys", mongo.count(new Query(), "signing_keys"),
                "license_types", mongo.count(new Query(), "license_types"),
                "license_uses", mongo.count(new Query(), "license_uses"));
    }

    @Test
    void onlyDepartmentAdminsAndApproversChangeLicensesAndOnlyDeptAdminsRotateKeys() throws Exception {
        Map<String, Long> before = counts();
        for (RequestPostProcessor caller : List.of(
                Callers.citizen1(),
                Callers.officer1(),
                Callers.inspector1(),
                Callers.partner("tax"),
                Callers.agent1())) {
            mvc.perform(post("/api/licenses/" + CITIZEN1_LICENSE + "/revocation")
                            .with(caller)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\":\"x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/licenses/keys/rotation").with(caller)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/licenses/keys/rotation").with(Callers.approver1()))
                .andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
        assertThat(mongo.findById(CITIZEN1_LICENSE, org.bson.Document.class, "licenses")
                        .getString("status"))
                .isEqualTo("VALID");
    }

    @Test
    void onlyCatalogAndPlatformAdminsDefineTypes() throws Exception {
        Map<String, Long> before = counts();
        String type = """
                {"name":"测试证","definingBody":"测试","department":"market-regulation","issuerName":"测试",
                 "issuerCode":"11440113MB2C000057","validityYears":1,"faceFields":["a"]}""";
        for (RequestPostProcessor caller :
                List.of(Callers.citizen1(), Callers.officer1(), Callers.deptadmin1(), Callers.partner("tax"))) {
            mvc.perform(put("/api/licenses/types/11100000000013338W098")
                            .with(caller)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(type))
                    .andExpect(status().isForbidden());
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void partnersAndInspectorsCannotCheckOrDigitiseAndStaffHaveNoWallet() throws Exception {
        Map<String, Long> before = counts();
        for (RequestPostProcessor caller :
                List.of(Callers.partner("tax"), Callers.inspector1(), Callers.deptadmin1())) {
            mvc.perform(post("/api/licenses/checks")
                            .with(caller)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"identifier\":\"x\",\"holderCode\":\"440113199003071235\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/licenses/digitisations")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BadInputIT.DIGITISE.formatted("440113199003071235")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/licenses/mine").with(Callers.officer1())).andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anOfficerReadsLicenseDataOnlyForACase() throws Exception {
        String identifier = mongo.findById(CITIZEN1_LICENSE, org.bson.Document.class, "licenses")
                .getString("identifier");
        // approval-service knows PY-2026-7 as a market-regulation case citing the license.
        FakeApprovalService.shared().knowsCase("PY-2026-7", "market-regulation", "MR-FOOD-01", identifier);
        long uses = mongo.count(new Query(), "license_uses");
        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"identifier\":\"%s\",\"purpose\":\"curious\"}".formatted(identifier)))
                .andExpect(status().isForbidden());
        assertThat(mongo.count(new Query(), "license_uses")).isEqualTo(uses);
        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"identifier\":\"%s\",\"purpose\":\"food license check\",\"matterCode\":\"MR-FOOD-01\","
                                                .formatted(identifier)
                                        + "\"caseNumber\":\"PY-2026-7\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderCode").value("440113199003071235"));
        assertThat(mongo.count(new Query(), "license_uses")).isEqualTo(uses + 1);
    }
}
