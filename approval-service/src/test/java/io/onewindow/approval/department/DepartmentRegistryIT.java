package io.onewindow.approval.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.ApprovalTopic;
import io.onewindow.approval.support.Tags;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.test.KeycloakTestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The department registry through the API with real Keycloak tokens: only platform admins register,
 * change and retire; every change is on the topic with the full state; bad input and other roles
 * are refused with a problem and nothing written; the public reads need no token.
 */
class DepartmentRegistryIT extends ApprovalIntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    DemoDepartments demoDepartments;

    private long departmentsBefore;

    private static RequestPostProcessor token(String user) {
        String token =
                TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static String freshDepartment() {
        return "it-dept-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @BeforeEach
    void countDepartments() {
        departmentsBefore =
                mongo.getCollection(ApprovalServiceApplication.DEPARTMENTS).countDocuments();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String json)
            throws Exception {
        return mvc.perform(
                request.with(caller).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions register(RequestPostProcessor caller, String json) throws Exception {
        return send(post("/api/approvals/departments"), caller, json);
    }

    private Document stored(String code) {
        Document d = mongo.findById(code, Document.class, ApprovalServiceApplication.DEPARTMENTS);
        if (d != null) {
            // What the outbox relay writes meanwhile (the events, its claim) is not the department.
            d.remove("version");
            d.remove("outbox");
            d.remove("outboxClaim");
        }
        return d;
    }

    @Test
    void aPlatformAdminRegistersChangesAndRetiresADepartmentAndEveryChangeIsOnTheTopic() throws Exception {
        String code = freshDepartment();

        register(token("admin1"), """
                {"code":"%s","name":"番禺区测试局","partnerClientId":"partner-%s"}""".formatted(code, code))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.name").value("番禺区测试局"))
                .andExpect(jsonPath("$.partnerClientId").value("partner-" + code))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.changedBy").value("admin1"));
        register(token("admin2"), """
                {"code":"%s","name":"另一个测试局"}""".formatted(code))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department.exists"));

        send(
                        put("/api/approvals/departments/" + code).header("If-Match", Tags.ofDepartment(mvc, code)),
                        token("admin2"),
                        """
                {"name":"番禺区测试管理局"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("番禺区测试管理局"))
                .andExpect(jsonPath("$.partnerClientId").doesNotExist())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/approvals/public/departments/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("番禺区测试管理局"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.partnerDocking").value(false));

        mvc.perform(post("/api/approvals/departments/" + code + "/retirement").with(token("admin1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(3));
        Document retired = stored(code);
        mvc.perform(post("/api/approvals/departments/" + code + "/retirement").with(token("admin1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department.retired"));
        send(
                        put("/api/approvals/departments/" + code).header("If-Match", Tags.ofDepartment(mvc, code)),
                        token("admin1"),
                        """
                {"name":"复活的测试局"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department.retired"));
        assertThat(stored(code)).as("refusals write nothing").isEqualTo(retired);
        mvc.perform(get("/api/approvals/public/departments/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        List<EventEnvelope<JsonNode>> events = ApprovalTopic.eventsFor(code, 3);
        assertThat(events)
                .extracting(EventEnvelope::type)
                .containsOnly("onewindow.approval.DepartmentRecorded.v1")
                .hasSize(3);
        assertThat(events).extracting(e -> e.data().get("version").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).data().get("partnerClientId").asString()).isEqualTo("partner-" + code);
        assertThat(events.get(1).data().get("name").asString()).isEqualTo("番禺区测试管理局");
        assertThat(events.get(1).data().get("partnerClientId").isNull()).isTrue();
        assertThat(events.get(1).data().get("recordedBy").asString()).isEqualTo("admin2");
        assertThat(events.get(2).data().get("active").asBoolean()).isFalse();
    }

    @Test
    void aDepartmentIsChangedOnlyWithItsCurrentETagAndOtherRolesNeverLearnIt() throws Exception {
        String code = freshDepartment();
        register(token("admin1"), """
                {"code":"%s","name":"番禺区测试局"}""".formatted(code)).andExpect(status().isCreated());
        String first = Tags.ofDepartment(mvc, code);
        for (String user : List.of("deptadmin1", "catalogadmin1", "citizen1")) {
            mvc.perform(get("/api/approvals/departments/" + code).with(token(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(header().doesNotExist("ETag"));
            send(put("/api/approvals/departments/" + code).header("If-Match", first), token(user), """
                    {"name":"被改名的局"}""")
                    .andExpect(status().isForbidden());
        }
        Document before = stored(code);
        send(put("/api/approvals/departments/" + code), token("admin1"), """
                {"name":"无条件改名"}""").andExpect(status().is(428));
        send(put("/api/approvals/departments/" + code).header("If-Match", "\"stale\""), token("admin1"), """
                {"name":"过时改名"}""")
                .andExpect(status().isPreconditionFailed());
        assertThat(stored(code)).as("refused preconditions write nothing").isEqualTo(before);

        String second = send(put("/api/approvals/departments/" + code).header("If-Match", first), token("admin2"), """
                {"name":"番禺区测试管理局"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(second).isNotEqualTo(first).isEqualTo(Tags.ofDepartment(mvc, code));
        send(put("/api/approvals/departments/" + code).header("If-Match", first), token("admin1"), """
                {"name":"后到的改名"}""")
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/approvals/departments/" + code).with(token("admin1")))
                .andExpect(jsonPath("$.name").value("番禺区测试管理局"));
    }

    @Test
    void everyOtherRoleIsRefusedAndNothingIsWritten() throws Exception {
        String code = freshDepartment();
        for (String user : List.of("citizen1", "officer1", "approver1", "deptadmin1", "catalogadmin1", "inspector1")) {
            register(token(user), """
                    {"code":"%s","name":"番禺区测试局"}""".formatted(code)).andExpect(status().isForbidden());
            send(put("/api/approvals/departments/market-regulation"), token(user), """
                    {"name":"被改名的局"}""")
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/approvals/departments/market-regulation/retirement")
                            .with(token(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/approvals/departments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"番禺区测试局\"}".formatted(code)))
                .andExpect(status().isUnauthorized());
        String taxPartner =
                KeycloakTestServer.shared().clientCredentialsToken("partner-tax", "partner-tax-demo-secret");
        mvc.perform(post("/api/approvals/departments/tax/retirement")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + taxPartner))
                .andExpect(status().isForbidden());

        assertThat(stored(code)).isNull();
        mvc.perform(get("/api/approvals/public/departments/market-regulation"))
                .andExpect(jsonPath("$.name").value("番禺区市场监督管理局"))
                .andExpect(jsonPath("$.active").value(true));
        assertThat(mongo.getCollection(ApprovalServiceApplication.DEPARTMENTS).countDocuments())
                .isEqualTo(departmentsBefore);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String code = freshDepartment();
        RequestPostProcessor admin = token("admin1");

        register(admin, "{\"code\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-body"));
        register(admin, "{\"code\":{\"$gt\":\"\"},\"name\":\"番禺区测试局\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("wrong-type"))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        register(admin, "{\"code\":\"%s\",\"name\":[\"番禺区测试局\"]}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("wrong-type"));
        register(admin, "{\"code\":\"%s\",\"name\":\"番禺区测试局\",\"active\":false}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        register(admin, "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(code, "局".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        register(admin, "{\"code\":\"%s\",\"name\":\"局\"}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        register(admin, "{\"code\":\"%s\",\"name\":\"$gt\"}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        register(admin, "{\"code\":\"%s\",\"name\":\"番禺区\\n测试局\"}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        for (String badCode : List.of("$gt", "Tax", "1tax", "t", "tax_office", "a" + "b".repeat(64), "税务")) {
            register(admin, "{\"code\":\"%s\",\"name\":\"番禺区测试局\"}".formatted(badCode))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("code"));
        }
        register(admin, "{\"code\":\"%s\",\"name\":\"番禺区测试局\",\"partnerClientId\":\"$where\"}".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partnerClientId"));
        register(admin, "{\"code\":\"%s\",\"name\":\"番禺区测试局\",\"partnerClientId\":\"partner-tax\"}".formatted(code))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department.partner-client-taken"));
        send(put("/api/approvals/departments/$gt"), admin, "{\"name\":\"番禺区测试局\"}")
                .andExpect(status().isBadRequest());
        send(put("/api/approvals/departments/" + code), admin, "{\"name\":\"番禺区测试局\"}")
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/approvals/departments/" + code + "/retirement").with(admin))
                .andExpect(status().isNotFound());

        assertThat(stored(code)).isNull();
        assertThat(mongo.getCollection(ApprovalServiceApplication.DEPARTMENTS).countDocuments())
                .isEqualTo(departmentsBefore);
    }

    @Test
    void theDemoDepartmentsAreRegisteredOnceAndReadPubliclyWithAnETag() throws Exception {
        demoDepartments.run(null);
        demoDepartments.run(null);

        String etag = mvc.perform(get("/api/approvals/public/departments"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, public"))
                .andExpect(jsonPath("$[?(@.code == 'tax')].name").value("国家税务总局广州市番禺区税务局"))
                .andExpect(jsonPath("$[?(@.code == 'tax')].partnerDocking").value(true))
                .andExpect(
                        jsonPath("$[?(@.code == 'discipline-inspection')].name").value("番禺区纪委监委派驻纪检监察组"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/approvals/public/departments").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        for (String code : DemoDepartments.departments().keySet()) {
            Document d = mongo.findById(code, Document.class, ApprovalServiceApplication.DEPARTMENTS);
            assertThat(d).as(code).isNotNull();
            assertThat(d.get("department", Document.class)
                            .get("version", Number.class)
                            .longValue())
                    .as("seeded once: " + code)
                    .isEqualTo(1L);
        }
        assertThat(mongo.findById("housing", Document.class, ApprovalServiceApplication.DEPARTMENTS)
                        .getString("partnerClientId"))
                .isEqualTo("partner-housing");
        mvc.perform(get("/api/approvals/public/departments/no-such-department"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
        mvc.perform(get("/api/approvals/public/departments/$gt")).andExpect(status().isBadRequest());
    }
}
