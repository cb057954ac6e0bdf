package io.onewindow.approval.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.approval.support.ServicePointFeed;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The catalog names only what exists: a matter's department must be an active registered one and
 * each of its service points a known open hall, when drafted, revised and published; a refusal is
 * a 400 naming each offending field and writes nothing.
 */
class CatalogReferencesIT extends ApprovalIntegrationTest {

    private String closedHall;
    private long versionsBefore;

    @BeforeEach
    void hallsAreKnown() {
        servicePoints().demoHallsKnown();
        closedHall = ServicePointFeed.freshPoint();
        ServicePointFeed.send(ServicePointFeed.point(closedHall, 1, "CREATED", true));
        ServicePointFeed.send(ServicePointFeed.point(closedHall, 2, "CLOSED", false));
        servicePoints().awaitVersion(closedHall, 2);
        versionsBefore =
                mongo.getCollection(ApprovalServiceApplication.MATTER_VERSIONS).countDocuments();
    }

    private static String matterJson(String code, String department, String servicePoints) {
        return """
                {"code":"%s","name":"餐饮服务许可","department":"%s","matterType":"01",
                 "subjects":["ENTERPRISE"],"legalBasis":"《食品安全法》第三十五条","conditions":"",
                 "materials":[],"steps":[{"code":"review","name":"审查","role":"approver","limitWorkingDays":3}],
                 "statutoryLimitWorkingDays":20,"promisedLimitWorkingDays":10,"fee":0,"caseType":"PROMISED",
                 "windowMayDecide":false,"fullyOnline":true,"servicePoints":%s}""".formatted(code, department, servicePoints);
    }

    private ResultActions draft(String json) throws Exception {
        return mvc.perform(post("/api/approvals/catalog/matters")
                .with(Callers.catalogadmin1())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private void nothingWritten() {
        assertThat(mongo.getCollection(ApprovalServiceApplication.MATTER_VERSIONS)
                        .countDocuments())
                .isEqualTo(versionsBefore);
    }

    /** Version 1 of the matter as stored, without what the outbox relay may write meanwhile. */
    private Document storedDraft(String code) {
        Document d = mongo.findById(code + "@1", Document.class, ApprovalServiceApplication.MATTER_VERSIONS);
        d.remove("version");
        d.remove("outbox");
        d.remove("outboxClaim");
        return d;
    }

    private String registeredDepartment() throws Exception {
        String department = "it-dept-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/approvals/departments")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"番禺区测试局\"}".formatted(department)))
                .andExpect(status().isCreated());
        return department;
    }

    private void retire(String department) throws Exception {
        mvc.perform(post("/api/approvals/departments/" + department + "/retirement")
                        .with(Callers.admin1()))
                .andExpect(status().isOk());
    }

    @Test
    void aDraftOfAnUnregisteredDepartmentIsRefusedNamingTheDepartment() throws Exception {
        String code = freshCode("IT-REF");

        draft(matterJson(code, "no-such-department", "[\"panyu-district-center\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:catalog.unknown-department"))
                .andExpect(jsonPath("$.code").value("catalog.unknown-department"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        draft(matterJson(code, "$gt", "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        draft(matterJson(code, "{\"$gt\":\"\"}", "[]").replace("\"{", "{").replace("}\",", "},"))
                .andExpect(status().isBadRequest());

        nothingWritten();
        mvc.perform(get("/api/approvals/catalog/matters/" + code + "/versions").with(Callers.catalogadmin1()))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownAndClosedServicePointsAreRefusedEachNamedByItsPosition() throws Exception {
        String code = freshCode("IT-REF");

        draft(matterJson(
                        code,
                        "market-regulation",
                        "[\"panyu-district-center\",\"no-such-hall\",\"%s\"]".formatted(closedHall)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.unknown-service-point"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("servicePoints[1]"))
                .andExpect(jsonPath("$.errors[0].code").value("catalog.unknown-service-point"))
                .andExpect(jsonPath("$.errors[1].field").value("servicePoints[2]"));
        draft(matterJson(code, "no-such-department", "[\"no-such-hall\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"))
                .andExpect(jsonPath("$.errors[1].field").value("servicePoints[0]"));
        draft(matterJson(code, "market-regulation", "[{\"$gt\":\"\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("wrong-type"));
        draft(matterJson(code, "market-regulation", "[\"$where\"]")).andExpect(status().isBadRequest());
        nothingWritten();

        draft(matterJson(code, "market-regulation", "[\"panyu-district-center\",\"town-shiqiao\"]"))
                .andExpect(status().isCreated());
    }

    @Test
    void aDraftIsNotRevisedOrPublishedOntoAClosedHallOrARetiredDepartment() throws Exception {
        String department = registeredDepartment();
        String code = freshCode("IT-REF");
        String created = draft(matterJson(code, department, "[\"hall-tax\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentName").value("番禺区测试局"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String hash = JsonPath.read(created, "$.contentHash");
        Document before = storedDraft(code);

        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, department, "[\"%s\"]".formatted(closedHall))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("servicePoints[0]"));
        retire(department);
        mvc.perform(post("/api/approvals/catalog/matters/" + code + "/versions/1/publication")
                        .with(Callers.staff("testadmin1", Roles.DEPT_ADMIN, department))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contentHash\":\"" + hash + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.unknown-department"))
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        mvc.perform(put("/api/approvals/catalog/matters/" + code + "/versions/1")
                        .with(Callers.catalogadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(matterJson(code, department, "[\"hall-tax\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        draft(matterJson(freshCode("IT-REF"), department, "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.unknown-department"));

        assertThat(storedDraft(code)).as("refusals write nothing").isEqualTo(before);
        mvc.perform(get("/api/approvals/public/matters/" + code)).andExpect(status().isNotFound());
    }

    @Test
    void aRetiredDepartmentsPublishedMattersStayReadableWithTheDepartmentsName() throws Exception {
        String department = registeredDepartment();
        String code = published(Matters.inDepartment(freshCode("IT-REF"), Matters.foodLicense("XX"), department))
                .code();

        retire(department);

        mvc.perform(get("/api/approvals/public/matters/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.department").value(department))
                .andExpect(jsonPath("$.departmentName").value("番禺区测试局"));
        mvc.perform(get("/api/approvals/public/matters").param("department", department))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].departmentName").value("番禺区测试局"));
        mvc.perform(get("/api/approvals/public/matters/MR-GT-001"))
                .andExpect(jsonPath("$.departmentName").value("番禺区市场监督管理局"));
    }

    @Test
    void theSeedChecksTheDepartmentButTrustsItsHalls() {
        long before =
                mongo.getCollection(ApprovalServiceApplication.MATTER_VERSIONS).countDocuments();
        String unknown = freshCode("IT-SEED");

        assertThatThrownBy(() -> catalog.seed(
                        Matters.inDepartment(unknown, Matters.foodLicense("XX"), "no-such-department"),
                        "catalogadmin1",
                        "admin1"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "department");
        assertThat(mongo.getCollection(ApprovalServiceApplication.MATTER_VERSIONS)
                        .countDocuments())
                .isEqualTo(before);

        // appointment-service may not have published its halls yet when the demo catalog is seeded.
        String trusted = published(Matters.atServicePoints(
                        freshCode("IT-SEED"), Matters.foodLicense("XX"), java.util.List.of("hall-not-yet-arrived")))
                .code();
        assertThat(catalog.currentVersion(trusted)).isPresent();
    }
}
