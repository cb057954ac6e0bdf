package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.elicense.support.RealTokens;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.SharedInfrastructure;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Four eyes on license types, with real Keycloak tokens: the catalog admin proposes, only the
 * owning department's admin confirms (for a new type the department it names); the validity is
 * capped; other department admins and everybody else are refused and nothing changes.
 */
@ServiceIT
@ContextConfiguration(initializers = {SharedInfrastructure.class, KeycloakInitializer.class})
class LicenseTypeFourEyesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    /** No housing admin in the realm: the other department's admin is a test caller. */
    static final RequestPostProcessor HOUSING_ADMIN = Callers.staff("housingadmin1", "dept-admin", "housing");

    static String freshCode() {
        return "11100000000013338W" + ThreadLocalRandom.current().nextInt(100, 990);
    }

    static String type(String department, int years) {
        return """
                {"name":"测试许可证","definingBody":"国家市场监督管理总局","department":"%s",
                 "issuerName":"广州市番禺区市场监督管理局","issuerCode":"11440113MB2C000057","validityYears":%d,
                 "faceFields":["经营场所"]}""".formatted(department, years);
    }

    /** The type's current ETag as a catalog admin reads it, none for a type not in force yet. */
    private HttpHeaders ifMatch(String code) throws Exception {
        MockHttpServletResponse read = mvc.perform(
                        get("/api/licenses/types/" + code).with(Callers.admin1()))
                .andReturn()
                .getResponse();
        HttpHeaders headers = new HttpHeaders();
        if (read.getStatus() == 200) {
            headers.setIfMatch(read.getHeader(HttpHeaders.ETAG));
        }
        return headers;
    }

    private ResultActions propose(RequestPostProcessor caller, String code, String body) throws Exception {
        return mvc.perform(put("/api/licenses/types/" + code)
                .headers(ifMatch(code))
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String proposed(String code, String body) throws Exception {
        return JsonPath.read(
                propose(RealTokens.of("catalogadmin1"), code, body)
                        .andExpect(status().isAccepted())
                        .andExpect(jsonPath("$.status").value("PENDING"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private ResultActions confirm(RequestPostProcessor caller, String id) throws Exception {
        return mvc.perform(
                post("/api/licenses/types/changes/" + id + "/confirmation").with(caller));
    }

    private Document typeOf(String code) {
        return mongo.findById(code, Document.class, "license_types");
    }

    private List<Document> everyType() {
        return mongo.find(new Query(), Document.class, "license_types");
    }

    @Test
    void aNewTypeTakesEffectOnlyWithItsDepartmentsAdmin() throws Exception {
        String code = freshCode();
        String id = proposed(code, type("market-regulation", 3));
        assertThat(typeOf(code)).as("a proposal changes nothing").isNull();
        List<Document> before = everyType();

        for (RequestPostProcessor refused : List.of(
                RealTokens.of("catalogadmin1"),
                RealTokens.of("admin1"),
                RealTokens.of("officer1"),
                RealTokens.of("officer2"),
                RealTokens.of("approver1"),
                RealTokens.of("citizen1"))) {
            confirm(refused, id).andExpect(status().isForbidden());
        }
        confirm(HOUSING_ADMIN, id)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("license-type.change-other-department"));
        assertThat(everyType()).isEqualTo(before);
        mvc.perform(get("/api/licenses/types/changes").with(RealTokens.of("deptadmin1")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].confirmingDepartment")
                        .value("market-regulation"));
        mvc.perform(get("/api/licenses/types/changes").with(HOUSING_ADMIN))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());

        confirm(RealTokens.of("deptadmin1"), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validityYears").value(3));
        assertThat(typeOf(code).getString("department")).isEqualTo("market-regulation");
        confirm(RealTokens.of("deptadmin1"), id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("license-type.change-not-pending"));
    }

    @Test
    void aChangeNeedsTheOwningDepartmentNotTheOneItMovesTo() throws Exception {
        String code = freshCode();
        confirm(RealTokens.of("deptadmin1"), proposed(code, type("market-regulation", 3)))
                .andExpect(status().isOk());

        String move = proposed(code, type("housing", 10));
        assertThat(typeOf(code).getString("department")).isEqualTo("market-regulation");
        propose(RealTokens.of("catalogadmin1"), code, type("housing", 5))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("license-type.change-pending"));
        confirm(HOUSING_ADMIN, move)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("license-type.change-other-department"));
        confirm(RealTokens.of("catalogadmin1"), move).andExpect(status().isForbidden());
        assertThat(typeOf(code).getString("department")).isEqualTo("market-regulation");
        assertThat(typeOf(code).getInteger("validityYears")).isEqualTo(3);

        confirm(RealTokens.of("deptadmin1"), move).andExpect(status().isOk());
        mvc.perform(get("/api/licenses/public/types"))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].department").value("housing"));

        // Now housing owns it: market-regulation's admin no longer decides.
        String back = proposed(code, type("market-regulation", 10));
        confirm(RealTokens.of("deptadmin1"), back)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("license-type.change-other-department"));
        mvc.perform(post("/api/licenses/types/changes/" + back + "/rejection")
                        .with(HOUSING_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"住建部门继续签发\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(typeOf(code).getString("department")).isEqualTo("housing");
    }

    @Test
    void aChangeOfATypeInForceNamesItsETagAndAStaleOneNeverTakesEffect() throws Exception {
        String code = freshCode();
        // A new type needs no If-Match, and "*" (it must exist) fails.
        mvc.perform(put("/api/licenses/types/" + code)
                        .header("If-Match", "*")
                        .with(RealTokens.of("catalogadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type("market-regulation", 3)))
                .andExpect(status().isPreconditionFailed());
        confirm(RealTokens.of("deptadmin1"), proposed(code, type("market-regulation", 3)))
                .andExpect(status().isOk());
        String tag = ifMatch(code).getIfMatch().get(0);
        mvc.perform(get("/api/licenses/types/" + code).with(Callers.citizen1())).andExpect(status().isForbidden());
        long changes = mongo.count(new Query(), "license_type_changes");

        mvc.perform(put("/api/licenses/types/" + code)
                        .with(RealTokens.of("catalogadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type("market-regulation", 5)))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.code").value("precondition-required"));
        mvc.perform(put("/api/licenses/types/" + code)
                        .header("If-Match", "\"stale\"")
                        .with(RealTokens.of("catalogadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type("market-regulation", 5)))
                .andExpect(status().isPreconditionFailed());
        // A role that may not propose is refused first, whatever its If-Match.
        mvc.perform(put("/api/licenses/types/" + code)
                        .header("If-Match", tag)
                        .with(RealTokens.of("deptadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type("market-regulation", 5)))
                .andExpect(status().isForbidden());
        assertThat(mongo.count(new Query(), "license_type_changes")).isEqualTo(changes);

        String five = JsonPath.read(
                mvc.perform(put("/api/licenses/types/" + code)
                                .header("If-Match", tag)
                                .with(RealTokens.of("catalogadmin1"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(type("market-regulation", 5)))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        confirm(RealTokens.of("deptadmin1"), five).andExpect(status().isOk());
        assertThat(ifMatch(code).getIfMatch().get(0)).isNotEqualTo(tag);
        // The tag read before that change is stale now.
        mvc.perform(put("/api/licenses/types/" + code)
                        .header("If-Match", tag)
                        .with(RealTokens.of("catalogadmin1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(type("market-regulation", 8)))
                .andExpect(status().isPreconditionFailed());
        assertThat(typeOf(code).getInteger("validityYears")).isEqualTo(5);
    }

    @Test
    void refusesOverlongValidityProposalsByOthersAndBadInputWritingNothing() throws Exception {
        long changes = mongo.count(new Query(), "license_type_changes");
        List<Document> before = everyType();
        String food = "11100000000013338W002";
        propose(RealTokens.of("catalogadmin1"), food, type("market-regulation", 50))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("license-type.validity-too-long"));
        propose(RealTokens.of("catalogadmin1"), food, type("market-regulation", 31))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("license-type.validity-too-long"));
        propose(RealTokens.of("deptadmin1"), food, type("market-regulation", 5)).andExpect(status().isForbidden());
        propose(RealTokens.of("officer1"), food, type("market-regulation", 5)).andExpect(status().isForbidden());
        propose(RealTokens.of("catalogadmin1"), food, "{\"name\":").andExpect(status().isBadRequest());
        propose(
                        RealTokens.of("catalogadmin1"),
                        food,
                        type("market-regulation", 5).replace("5,", "\"five\","))
                .andExpect(status().isBadRequest());
        propose(
                        RealTokens.of("catalogadmin1"),
                        food,
                        type("market-regulation", 5).replace("\"测试许可证\"", "{\"$gt\":\"\"}"))
                .andExpect(status().isBadRequest());
        propose(
                        RealTokens.of("catalogadmin1"),
                        food,
                        type("market-regulation", 5).replace("测试许可证", "$where"))
                .andExpect(status().isBadRequest());
        propose(RealTokens.of("catalogadmin1"), food, type("$ne", 5)).andExpect(status().isBadRequest());
        confirm(RealTokens.of("deptadmin1"), "ltc-nope").andExpect(status().isNotFound());
        assertThat(mongo.count(new Query(), "license_type_changes")).isEqualTo(changes);
        assertThat(everyType()).isEqualTo(before);
    }
}
