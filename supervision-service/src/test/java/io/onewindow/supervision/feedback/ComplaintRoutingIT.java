package io.onewindow.supervision.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.support.KnownDepartments;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaint routing per role: a complaint about a person or alleging misconduct reaches the
 * discipline inspectors and never the officer's department chain; the inspectors assign, answer and
 * close it; the complainant contests once and rates once; nobody else touches it; bad input is
 * refused with the field named and nothing written.
 */
@SupervisionIntegrationTest
class ComplaintRoutingIT {

    private static final RequestPostProcessor DEPTADMIN2 =
            Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "market-regulation");
    private static final RequestPostProcessor INSPECTOR2 =
            Callers.staff("inspector2", Roles.INSPECTOR, "discipline-inspection");
    private static final String INSPECTION = "/api/supervision/inspections/complaints";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    Departments departments;

    @Autowired
    FeedbackDeadlines deadlines;

    @Autowired
    AlertBook alerts;

    @BeforeEach
    void start() {
        clock.set(SupervisionIntegrationTest.START);
        KnownDepartments.ensure(kafka, codec, departments);
    }

    private ResultActions postJson(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(
                post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String file(RequestPostProcessor who, String json) throws Exception {
        return JsonPath.read(
                postJson("/api/supervision/complaints", who, json)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private Document stored(String id) {
        return mongo.getCollection("complaints")
                .find(new Document("_id", id))
                .first()
                .get("complaint", Document.class);
    }

    private long complaintCount() {
        return mongo.getCollection("complaints").countDocuments();
    }

    /** deptadmin1 and deptadmin2 (market-regulation's chain) neither list, read nor answer it. */
    private void theDepartmentNeverReachesIt(String id) throws Exception {
        Document before = stored(id);
        for (RequestPostProcessor admin : List.of(Callers.deptadmin1(), DEPTADMIN2)) {
            mvc.perform(get("/api/supervision/department/complaints")
                            .param("size", "100")
                            .with(admin))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
            mvc.perform(get("/api/supervision/department/complaints/" + id).with(admin))
                    .andExpect(status().isNotFound());
            postJson("/api/supervision/department/complaints/" + id + "/answer", admin, "{\"reply\":\"all fine\"}")
                    .andExpect(status().isNotFound());
        }
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void aComplaintThatTheWindowHintedAtAnIntermediaryReachesOnlyTheInspectors() throws Exception {
        String id = file(Callers.citizen1(), """
                {"targetType":"OFFICER","targetId":"officer1","department":"market-regulation",
                 "category":"INTERMEDIARY","text":"the window hinted I should use an intermediary"}""");
        mvc.perform(get("/api/supervision/complaints/" + id).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.desk").value("INSPECTION"))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.status").value("OPEN"));
        theDepartmentNeverReachesIt(id);

        // The inspectors' desk: filtered by status and department, a page at a time.
        mvc.perform(get(INSPECTION)
                        .param("status", "OPEN")
                        .param("department", "market-regulation")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')].routedBecause")
                        .value("NAMES_STAFF"));
        mvc.perform(get(INSPECTION).param("status", "CLOSED").with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')]").doesNotExist());
        mvc.perform(get(INSPECTION).param("department", "tax").with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')]").doesNotExist());
        mvc.perform(get(INSPECTION).param("size", "1").with(Callers.inspector1()))
                .andExpect(jsonPath("$.length()").value(1));

        // Assigned to inspector2: inspector1 may no longer answer it.
        postJson(INSPECTION + "/" + id + "/assign", Callers.inspector1(), "{\"assignee\":\"officer1\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.assignee-concerned"));
        postJson(INSPECTION + "/" + id + "/close", Callers.inspector1(), "{\"note\":\"early\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.not-answered"));
        postJson(INSPECTION + "/" + id + "/assign", Callers.inspector1(), "{\"assignee\":\"inspector2\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("inspector2"))
                .andExpect(jsonPath("$.complaint.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.history[1].action").value("ASSIGNED"))
                .andExpect(jsonPath("$.history[1].by").value("inspector1"))
                .andExpect(jsonPath("$.history[1].at").exists());
        Document assigned = stored(id);
        postJson(INSPECTION + "/" + id + "/answer", Callers.inspector1(), "{\"reply\":\"mine\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.assigned-elsewhere"));
        assertThat(stored(id)).isEqualTo(assigned);
        postJson(INSPECTION + "/" + id + "/answer", INSPECTOR2, "{\"reply\":\"the officer was questioned\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredBy").value("inspector2"))
                .andExpect(jsonPath("$.complaint.status").value("ANSWERED"));
        postJson(INSPECTION + "/" + id + "/close", Callers.inspector1(), "{\"note\":\"settled\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedBy").value("inspector1"));
        postJson(INSPECTION + "/" + id + "/close", Callers.inspector1(), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.closed"));
        theDepartmentNeverReachesIt(id);

        // Another citizen cannot read, contest or rate it.
        Document closed = stored(id);
        mvc.perform(get("/api/supervision/complaints/" + id).with(Callers.citizen2()))
                .andExpect(status().isNotFound());
        postJson("/api/supervision/complaints/" + id + "/contest", Callers.citizen2(), "{\"reason\":\"no\"}")
                .andExpect(status().isNotFound());
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen2(), "{\"level\":5}")
                .andExpect(status().isNotFound());
        assertThat(stored(id)).isEqualTo(closed);

        // The complainant rates once and contests once: it reopens with the inspectors.
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen1(), "{\"level\":4}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(4));
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen1(), "{\"level\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.already-rated"));
        postJson(
                        "/api/supervision/complaints/" + id + "/contest",
                        Callers.citizen1(),
                        "{\"reason\":\"nobody asked the other applicants\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.reply").doesNotExist())
                .andExpect(jsonPath("$.contestReason").value("nobody asked the other applicants"));
        Document contested = stored(id);
        postJson("/api/supervision/complaints/" + id + "/contest", Callers.citizen1(), "{\"reason\":\"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.already-contested"));
        assertThat(stored(id)).isEqualTo(contested);
        mvc.perform(get(INSPECTION).param("status", "OPEN").with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')].routedBecause")
                        .value("CONTESTED"));
        theDepartmentNeverReachesIt(id);
    }

    @Test
    void aMisconductCategoryGoesToTheInspectorsWhateverItIsAbout() throws Exception {
        String id = file(Callers.citizen1(), """
                {"targetType":"SERVICE_POINT","targetId":"sp-shiqiao","department":"market-regulation",
                 "category":"OFF_SYSTEM","text":"they took my papers home to handle them"}""");
        theDepartmentNeverReachesIt(id);
        mvc.perform(get(INSPECTION + "/" + id).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.routedBecause").value("ALLEGES_MISCONDUCT"))
                .andExpect(jsonPath("$.complaint.category").value("OFF_SYSTEM"));

        // Late, it alerts the inspectors, not the department it is about.
        clock.set(CaseStory.at("2026-03-10T09:00"));
        deadlines.raiseLateAlerts();
        assertThat(alerts.search(9, null, null))
                .filteredOn(a -> a.subjectId().equals(id))
                .singleElement()
                .satisfies(a -> assertThat(a.department()).isEqualTo("discipline-inspection"));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == '" + id + "')]").doesNotExist());
    }

    @Test
    void aComplaintToTheInspectorsIsTheirs() throws Exception {
        String id = file(Callers.citizen2(), """
                {"targetType":"DEPARTMENT","targetId":"discipline-inspection","text":"I want to report something"}""");
        mvc.perform(get(INSPECTION).param("department", "discipline-inspection").with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')].routedBecause")
                        .value("ADDRESSED_TO_INSPECTION"));
        postJson(INSPECTION + "/" + id + "/answer", Callers.inspector1(), "{\"reply\":\"received\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aDepartmentsAnswerContestedGoesToTheInspectorsAndLeavesTheDepartment() throws Exception {
        String id = file(Callers.citizen1(), """
                {"targetType":"DEPARTMENT","targetId":"market-regulation","category":"DELAY",
                 "text":"my licence took a month"}""");
        postJson(INSPECTION + "/" + id + "/assign", Callers.inspector1(), "{\"assignee\":\"inspector1\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.department-answers"));
        postJson("/api/supervision/complaints/" + id + "/contest", Callers.citizen1(), "{\"reason\":\"no answer\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.not-answered"));
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen1(), "{\"level\":2}")
                .andExpect(status().isConflict());
        postJson(
                        "/api/supervision/department/complaints/" + id + "/answer",
                        Callers.deptadmin1(),
                        "{\"reply\":\"it was the holidays\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"));

        postJson(
                        "/api/supervision/complaints/" + id + "/contest",
                        Callers.citizen1(),
                        "{\"reason\":\"there were no holidays\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.desk").value("INSPECTION"))
                .andExpect(jsonPath("$.dueOn").value("2026-03-09"));
        theDepartmentNeverReachesIt(id);
        postJson(INSPECTION + "/" + id + "/answer", Callers.inspector1(), "{\"reply\":\"the department was late\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[?(@.action == 'ANSWERED')].by")
                        .value(org.hamcrest.Matchers.contains("deptadmin1", "inspector1")));
    }

    @Test
    void onlyInspectorsUseTheDeskAndOnlyComplainantsContestOrRate() throws Exception {
        String id = file(Callers.citizen1(), """
                {"targetType":"OFFICER","targetId":"officer2","department":"housing","text":"asked for a gift"}""");
        Document before = stored(id);
        for (RequestPostProcessor notInspector :
                List.of(Callers.deptadmin1(), Callers.citizen1(), Callers.officer1())) {
            postJson(INSPECTION + "/" + id + "/assign", notInspector, "{\"assignee\":\"inspector1\"}")
                    .andExpect(status().isForbidden());
            postJson(INSPECTION + "/" + id + "/close", notInspector, "{}").andExpect(status().isForbidden());
        }
        for (RequestPostProcessor notComplainant : List.of(Callers.inspector1(), Callers.deptadmin1())) {
            postJson("/api/supervision/complaints/" + id + "/contest", notComplainant, "{\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
            postJson("/api/supervision/complaints/" + id + "/rating", notComplainant, "{\"level\":1}")
                    .andExpect(status().isForbidden());
        }
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingWritten() throws Exception {
        String id = file(Callers.citizen1(), """
                {"targetType":"OFFICER","targetId":"officer1","department":"market-regulation","text":"rude"}""");
        Document before = stored(id);
        long count = complaintCount();

        postJson("/api/supervision/complaints", Callers.citizen1(), """
                        {"targetType":"OFFICER","targetId":"officer1","department":"ministry-of-magic","text":"x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.unknown-department"))
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        postJson("/api/supervision/complaints", Callers.citizen1(), """
                        {"targetType":"DEPARTMENT","targetId":"ministry-of-magic","text":"x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.unknown-department"))
                .andExpect(jsonPath("$.errors[0].field").value("targetId"));
        postJson("/api/supervision/operator/complaints", Callers.admin1(), """
                        {"channel":"HOTLINE","targetType":"SERVICE_POINT","targetId":"sp-x",
                         "department":"ministry-of-magic","text":"x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        postJson("/api/supervision/complaints", Callers.citizen1(), """
                        {"targetType":"OFFICER","targetId":"officer1","department":{"$ne":1},"text":"x"}""").andExpect(status().isBadRequest());
        postJson("/api/supervision/complaints", Callers.citizen1(), """
                        {"targetType":"OFFICER","targetId":"officer1","department":"tax","category":"GOSSIP","text":"x"}""").andExpect(status().isBadRequest());
        postJson(
                        "/api/supervision/complaints",
                        Callers.citizen1(),
                        "{\"targetType\":\"OFFICER\",\"targetId\":\"officer1\",\"text\":\"" + "x".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        assertThat(complaintCount()).isEqualTo(count);

        postJson(
                        "/api/supervision/complaints/" + id + "/contest",
                        Callers.citizen1(),
                        "{\"reason\":\"" + "x".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/complaints/" + id + "/contest", Callers.citizen1(), "{\"reason\":\"\"}")
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen1(), "{\"level\":6}")
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/complaints/" + id + "/rating", Callers.citizen1(), "{\"level\":\"1; drop\"}")
                .andExpect(status().isBadRequest());
        postJson(INSPECTION + "/" + id + "/assign", Callers.inspector1(), "{\"assignee\":{\"$gt\":\"\"}}")
                .andExpect(status().isBadRequest());
        postJson(INSPECTION + "/" + id + "/assign", Callers.inspector1(), "{\"assignee\":\"a b'; db.drop()\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignee"));
        mvc.perform(get(INSPECTION).param("status", "{\"$ne\":\"OPEN\"}").with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(INSPECTION).param("size", "0").with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(INSPECTION).param("size", "101").with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/complaints/{id}", "{\"$gt\":\"\"}").with(Callers.citizen1()))
                .andExpect(status().isBadRequest());
        assertThat(stored(id)).isEqualTo(before);
        assertThat(complaintCount()).isEqualTo(count);
    }
}
