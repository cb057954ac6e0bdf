package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.Callers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad requests get a 400 problem and write nothing. */
@ServiceIT
class BadInputIT {

    static final List<String> COLLECTIONS = List.of(
            "licenses",
            "license_uses",
            "license_grants",
            "signing_keys",
            "digitisation_requests",
            "license_type_changes");

    static final String DIGITISE = """
            {"typeCode":"11100000000013338W002","holderName":"番禺示例餐饮店","holderCode":"%s",
             "holderCodeType":"111","issuedOn":"2024-01-02","validFrom":"2024-01-02","faceData":{"经营场所":"番禺区"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    private long before;

    @BeforeEach
    void countDocuments() {
        before = total();
    }

    private long total() {
        return COLLECTIONS.stream().mapToLong(c -> mongo.count(new Query(), c)).sum();
    }

    private ResultActions digitise(String body) throws Exception {
        return mvc.perform(post("/api/licenses/digitisations")
                .with(Callers.deptadmin1())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void assertNothingWritten() {
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJson() throws Exception {
        digitise("{\"typeCode\": ").andExpect(status().isBadRequest());
        assertNothingWritten();
    }

    @Test
    void refusesUnknownFieldsAndWrongTypes() throws Exception {
        digitise(DIGITISE.formatted("440113199003071235").replace("}}", "},\"status\":\"VALID\"}"))
                .andExpect(status().isBadRequest());
        digitise(DIGITISE.formatted("440113199003071235")
                        .replace("\"2024-01-02\",\"faceData\"", "20240102,\"faceData\""))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"identifier\":42}"))
                .andExpect(status().isBadRequest());
        assertNothingWritten();
    }

    @Test
    void refusesAnInvalidIdCheckDigit() throws Exception {
        digitise(DIGITISE.formatted("440113199003071230")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/licenses/checks")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"identifier\":\"1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D\","
                                        + "\"holderCode\":\"440113199003071230\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("holder-code.invalid"));
        assertNothingWritten();
    }

    @Test
    void refusesFaceFieldsTheTypeDoesNotDefine() throws Exception {
        digitise(DIGITISE.formatted("440113199003071235").replace("经营场所", "经营场地"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("license.face-field-unknown"));
        assertNothingWritten();
    }

    @Test
    void refusesLicenseTypesFromOthersThanCatalogAdminsAndWithBadCodes() throws Exception {
        String type = """
                {"name":"测试证","definingBody":"测试","department":"market-regulation","issuerName":"测试",
                 "issuerCode":"%s","validityYears":1,"faceFields":["a"]}""";
        long types = mongo.count(new Query(), "license_types");
        long changes = mongo.count(new Query(), "license_type_changes");
        mvc.perform(put("/api/licenses/types/11100000000013338W099")
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type.formatted("11440113MB2C000057")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/licenses/types/11100000000013338W099")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type.formatted("11440113MB2C000058")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/licenses/types/11100000000013338X099")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type.formatted("11440113MB2C000057")))
                .andExpect(status().isBadRequest());
        assertThat(mongo.count(new Query(), "license_types")).isEqualTo(types);
        assertThat(mongo.count(new Query(), "license_type_changes")).isEqualTo(changes);
    }

    @Test
    void refusesOperatorsInText() throws Exception {
        digitise(DIGITISE.formatted("440113199003071235").replace("番禺示例餐饮店", "$ne"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/licenses/reads")
                        .with(Callers.partner("tax"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"identifier\":{\"$ne\":null},\"purpose\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/licenses/public/verify").param("identifier[$ne]", "x"))
                .andExpect(status().isBadRequest());
        assertNothingWritten();
    }

    @Test
    void refusesOversizeBodies() throws Exception {
        String huge = "x".repeat(1_100_000);
        mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payload\":\"" + huge + "\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payload\":\"" + "x".repeat(2000) + "\"}"))
                .andExpect(status().isBadRequest());
        assertNothingWritten();
    }

    @Test
    void refusesBothOrNeitherVerificationInput() throws Exception {
        mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/licenses/public/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"identifier\":\"a\",\"payload\":\"b\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersUnknownIdsAsNotFoundAndWritesNothing() throws Exception {
        mvc.perform(post("/api/licenses/lic-nope/revocation")
                        .with(Callers.approver1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/licenses/lic-nope").with(Callers.citizen1())).andExpect(status().isNotFound());
        mvc.perform(post("/api/licenses/lic-nope/grants")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"tax\",\"purpose\":\"x\",\"validUntil\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isNotFound());
        assertNothingWritten();
    }

    @Test
    void refusesDigitisingAnotherDepartmentsTypeOrByACitizen() throws Exception {
        mvc.perform(post("/api/licenses/digitisations")
                        .with(Callers.staff("met1", "dept-admin", "meteorology"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DIGITISE.formatted("440113199003071235")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/licenses/digitisations")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DIGITISE.formatted("440113199003071235")))
                .andExpect(status().isForbidden());
        assertNothingWritten();
    }
}
