package io.onewindow.supervision.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.KnownDepartments;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.util.UUID;
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
 * Conflict of interest for complaints: a complaint about a staff member (the officer it names, or
 * staff of the complained case) never reaches that person. They do not see it, in lists or by id
 * (404, not 403), nor answer it; another admin of the department and inspection do.
 */
@SupervisionIntegrationTest
class ComplaintConflictOfInterestIT {

    private static final String CITIZEN1_MASKED = "440113********1235";
    private static final RequestPostProcessor DEPTADMIN2 =
            Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "market-regulation");
    private static final RequestPostProcessor TAXADMIN = Callers.staff("taxadmin", Roles.DEPT_ADMIN, "tax");

    @Autowired
    MockMvc mvc;

    @Autowired
    Departments departments;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    CaseSupervision cases;

    @BeforeEach
    void start() {
        clock.set(SupervisionIntegrationTest.START);
        KnownDepartments.ensure(kafka, codec, departments);
    }

    private ResultActions postJson(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(
                post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String complaint(RequestPostProcessor who, String json) throws Exception {
        return JsonPath.read(
                postJson("/api/supervision/complaints", who, json)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    // The complaint as stored (its state; the outbox relay empties the outbox on its own time).
    private Document stored(String id) {
        return mongo.getCollection("complaints")
                .find(new Document("_id", id))
                .first()
                .get("complaint", Document.class);
    }

    /** A citizen1 case accepted by deptadmin1 (as a dept admin may do at a window). */
    private String caseAcceptedByDeptadmin1() {
        String caseId = "coi-" + UUID.randomUUID().toString().substring(0, 8);
        new EventFeed(kafka, codec)
                .sendAll(
                        Topics.APPROVAL,
                        CaseStory.of(caseId)
                                .submittedBy("citizen1", CITIZEN1_MASKED, null, "2026-03-02T08:00")
                                .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "deptadmin1")
                                .events());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(cases.findIfKnown(caseId))
                        .hasValueSatisfying(c -> assertThat(c.acceptedBy()).isEqualTo("deptadmin1")));
        return caseId;
    }

    private void theSubjectNeverSeesNorClosesIt(String id) throws Exception {
        mvc.perform(get("/api/supervision/department/complaints")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(get("/api/supervision/department/complaints/" + id).with(Callers.deptadmin1()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
        Document before = stored(id);
        postJson(
                        "/api/supervision/department/complaints/" + id + "/answer",
                        Callers.deptadmin1(),
                        "{\"reply\":\"nothing happened\"}")
                .andExpect(status().isNotFound());
        assertThat(stored(id)).isEqualTo(before);
    }

    private void anotherDepartmentStillCannot(String id) throws Exception {
        mvc.perform(get("/api/supervision/department/complaints")
                        .param("size", "100")
                        .with(TAXADMIN))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(get("/api/supervision/department/complaints/" + id).with(TAXADMIN))
                .andExpect(status().isNotFound());
        Document before = stored(id);
        postJson("/api/supervision/department/complaints/" + id + "/answer", TAXADMIN, "{\"reply\":\"no\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.other-department"));
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void aComplaintNamingDeptadmin1NeverReachesHimAndInspectionAnswersIt() throws Exception {
        String id = complaint(Callers.citizen1(), """
                {"targetType":"OFFICER","targetId":"deptadmin1","department":"market-regulation",
                 "text":"the head of the department shouted at me"}""");

        theSubjectNeverSeesNorClosesIt(id);
        anotherDepartmentStillCannot(id);

        // Inspection sees it, with whom it concerns, and closes it.
        mvc.perform(get("/api/supervision/inspections/complaints")
                        .param("size", "100")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')].concerning[0]")
                        .value("deptadmin1"));
        mvc.perform(get("/api/supervision/inspections/complaints/" + id).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.department").value("market-regulation"));
        postJson(
                        "/api/supervision/inspections/complaints/" + id + "/answer",
                        Callers.inspector1(),
                        "{\"reply\":\"inspection has spoken with the head of department\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredBy").value("inspector1"))
                .andExpect(jsonPath("$.complaint.answeredOnTime").value(true));

        // About a person: the department's other admins never see it either; nobody answers it twice.
        postJson("/api/supervision/department/complaints/" + id + "/answer", DEPTADMIN2, "{\"reply\":\"again\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/department/complaints")
                        .param("size", "100")
                        .with(DEPTADMIN2))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        postJson(
                        "/api/supervision/inspections/complaints/" + id + "/answer",
                        Callers.inspector1(),
                        "{\"reply\":\"again\"}")
                .andExpect(status().isConflict());
        theSubjectNeverSeesNorClosesIt(id);
        // The complainant reads the answer as ever.
        mvc.perform(get("/api/supervision/complaints/mine").param("size", "100").with(Callers.citizen1()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].reply")
                        .value("inspection has spoken with the head of department"));
    }

    @Test
    void aComplaintAboutACaseDeptadmin1HandledGoesToTheDepartmentsOtherAdminsAndInspection() throws Exception {
        String caseId = caseAcceptedByDeptadmin1();
        String id = complaint(Callers.citizen1(), """
                {"targetType":"CASE","targetId":"%s","text":"accepted without reading"}""".formatted(caseId));

        theSubjectNeverSeesNorClosesIt(id);
        anotherDepartmentStillCannot(id);

        mvc.perform(get("/api/supervision/inspections/complaints/" + id).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concerning[0]").value("deptadmin1"));
        mvc.perform(get("/api/supervision/department/complaints")
                        .param("size", "100")
                        .with(DEPTADMIN2))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/supervision/department/complaints/" + id).with(DEPTADMIN2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetId").value(caseId));
        postJson(
                        "/api/supervision/department/complaints/" + id + "/answer",
                        DEPTADMIN2,
                        "{\"reply\":\"we reviewed the acceptance\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredOnTime").value(true));
        assertThat(stored(id).getString("answeredBy")).isEqualTo("deptadmin2");
    }

    @Test
    void aComplaintAboutNobodysConductStaysWithTheDepartment() throws Exception {
        String id = complaint(Callers.citizen1(), """
                {"targetType":"DEPARTMENT","targetId":"market-regulation","text":"the forms are confusing"}""");

        mvc.perform(get("/api/supervision/department/complaints/" + id).with(Callers.deptadmin1()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/supervision/inspections/complaints")
                        .param("size", "100")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.complaint.id == '" + id + "')]").doesNotExist());
        Document before = stored(id);
        postJson(
                        "/api/supervision/inspections/complaints/" + id + "/answer",
                        Callers.inspector1(),
                        "{\"reply\":\"not ours\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.department-answers"));
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void onlyInspectorsUseTheInspectionRoutesAndBadIdsAreRefused() throws Exception {
        String id = complaint(Callers.citizen1(), """
                {"targetType":"OFFICER","targetId":"officer1","department":"market-regulation","text":"rude"}""");
        for (RequestPostProcessor notInspector :
                new RequestPostProcessor[] {Callers.deptadmin1(), Callers.citizen1(), Callers.officer1()}) {
            mvc.perform(get("/api/supervision/inspections/complaints")
                            .param("size", "100")
                            .with(notInspector))
                    .andExpect(status().isForbidden());
            postJson("/api/supervision/inspections/complaints/" + id + "/answer", notInspector, "{\"reply\":\"x\"}")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/supervision/inspections/complaints/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/supervision/inspections/complaints/{id}", "{\"$gt\":\"\"}")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/department/complaints/{id}", "{\"$gt\":\"\"}")
                        .with(DEPTADMIN2))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/complaints")
                        .param("size", "100")
                        .param("department", "{\"$ne\":1}")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/inspections/complaints/" + id + "/answer", Callers.inspector1(), "{\"reply\":")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/complaints/" + UUID.randomUUID())
                        .with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        assertThat(stored(id).getString("answeredBy")).isNull();
    }
}
