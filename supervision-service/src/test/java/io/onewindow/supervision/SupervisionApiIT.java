package io.onewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.CheckedIn;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.IdentityProperties;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.Departments;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.rules.CaseInspection;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.KnownDepartments;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import io.onewindow.supervision.visits.VisitSupervision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API's fences: who may read and write what (per role and per owner), and bad input refused
 * with a 400 problem before anything is written. Ownership comes from the events, compared with
 * the caller's token.
 */
@SupervisionIntegrationTest
class SupervisionApiIT {

    static final List<String> WRITTEN = List.of("complaints", "ratings", "alerts");
    static final String CITIZEN1_MASKED = "440113********1235";
    static final String CITIZEN2_MASKED = "440113********0028";
    private static boolean fed;

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

    @Autowired
    VisitSupervision visits;

    @Autowired
    AlertBook alerts;

    @Autowired
    IdentityProperties identity;

    @Autowired
    Ratings ratings;

    @Autowired
    FeedbackDeadlines deadlines;

    @Autowired
    Complaints complaints;

    @Autowired
    CaseInspection inspection;

    @BeforeEach
    void casesAndVisitsOfTwoCitizens() throws Exception {
        clock.set(SupervisionIntegrationTest.START);
        KnownDepartments.ensure(kafka, codec, departments);
        if (fed) {
            return;
        }
        EventFeed feed = new EventFeed(kafka, codec);
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-own")
                        .submittedBy("citizen1", CITIZEN1_MASKED, null, "2026-03-02T08:00")
                        .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "officer1")
                        .approved("2026-03-02T08:20")
                        .completed("2026-03-02T08:30", "2026-03-02T08:10", "2026-03-16", 0)
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-other")
                        .submittedBy("citizen2", CITIZEN2_MASKED, null, "2026-03-02T08:00")
                        .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "officer1")
                        .approved("2026-03-02T08:20")
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-open")
                        .submittedBy("citizen1", CITIZEN1_MASKED, null, "2026-03-02T08:00")
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-refused")
                        .submitted("2026-03-02T08:00")
                        .notAccepted("2026-03-02T08:30", "", "")
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-unrated")
                        .submittedBy("citizen2", CITIZEN2_MASKED, null, "2026-03-02T08:00")
                        .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "officer1")
                        .completed("2026-03-02T08:30", "2026-03-02T08:10", "2026-03-16", 0)
                        .events());
        // Filed for citizen1 by an agent, and for enterprise1 at a window: only the pseudonym says whose.
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-agent")
                        .submittedFor(
                                "PERSON",
                                CITIZEN1_MASKED,
                                hash("440113199003071235"),
                                "agent1",
                                "agent1",
                                "2026-03-02T08:00")
                        .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "officer1")
                        .completed("2026-03-02T08:30", "2026-03-02T08:10", "2026-03-16", 0)
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("a-window")
                        .submittedFor(
                                "ENTERPRISE",
                                "91440113********0166",
                                new IdentityPseudonyms(identity.pseudonymKey()).ofCreditCode("91440113MA5D000166"),
                                "officer1",
                                null,
                                "2026-03-02T08:00")
                        .accepted("2026-03-02T08:10", "2026-03-16", "2026-03-30", "officer1")
                        .completed("2026-03-02T08:30", "2026-03-02T08:10", "2026-03-16", 0)
                        .events());
        for (String[] visit : List.of(
                new String[] {"bk-own", "440113199003071235"}, new String[] {"bk-other", "440113200002290028"})) {
            String hash = hash(visit[1]);
            feed.send(
                    Topics.APPOINTMENT,
                    EventFeed.envelope(
                            "/onewindow/appointment-service",
                            EventFeed.booked(
                                    visit[0], hash, "device-" + visit[0], CaseStory.at("2026-03-02T08:00"), "tax"),
                            CaseStory.at("2026-03-01T10:00")));
            feed.send(
                    Topics.APPOINTMENT,
                    EventFeed.envelope(
                            "/onewindow/appointment-service",
                            new CheckedIn(
                                    visit[0],
                                    "sp-shiqiao",
                                    "MR-001",
                                    CaseStory.at("2026-03-02T08:00"),
                                    hash,
                                    "B001",
                                    "u-officer1",
                                    "officer1",
                                    "tax"),
                            CaseStory.at("2026-03-02T07:55")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(cases.findIfKnown("a-own"))
                    .hasValueSatisfying(c -> assertThat(c.completedAt()).isNotNull());
            assertThat(cases.findIfKnown("a-unrated"))
                    .hasValueSatisfying(c -> assertThat(c.completedAt()).isNotNull());
            assertThat(cases.findIfKnown("a-other"))
                    .hasValueSatisfying(c -> assertThat(c.decidedAt()).isNotNull());
            assertThat(cases.findIfKnown("a-open")).isPresent();
            assertThat(cases.findIfKnown("a-agent"))
                    .hasValueSatisfying(c -> assertThat(c.completedAt()).isNotNull());
            assertThat(cases.findIfKnown("a-window"))
                    .hasValueSatisfying(c -> assertThat(c.completedAt()).isNotNull());
            assertThat(alerts.search(4, null, null)).anyMatch(a -> "a-refused".equals(a.caseId()));
            assertThat(visits.find("bk-own"))
                    .hasValueSatisfying(v -> assertThat(v.checkedInBy()).isNotNull());
            assertThat(visits.find("bk-other"))
                    .hasValueSatisfying(v -> assertThat(v.checkedInBy()).isNotNull());
        });
        fed = true;
    }

    private String hash(String idNumber) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(identity.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("id:" + idNumber).getBytes(StandardCharsets.UTF_8)));
    }

    private long written() {
        return WRITTEN.stream().mapToLong(c -> mongo.count(new Query(), c)).sum();
    }

    private ResultActions postJson(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(
                post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String rating(String type, String target, String level) {
        return "{\"targetType\":\"" + type + "\",\"targetId\":\"" + target + "\",\"level\":" + level
                + ",\"channel\":\"PC\"}";
    }

    @Test
    void aCitizenRatesTheirOwnDecidedCaseOnceAndABadRatingOpensARectification() throws Exception {
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-own", "5"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("CASE:a-own"))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.rectificationDueOn").value("2026-03-09"));
        long before = written();
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-own", "1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:rating.already-given"));
        assertThat(written()).isEqualTo(before);
        mvc.perform(get("/api/supervision/ratings/mine").param("size", "100").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'CASE:a-own')].level").value(5));
        mvc.perform(get("/api/supervision/ratings/mine").param("size", "100").with(Callers.citizen2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'CASE:a-own')]").doesNotExist());
        // The department follows the bad rating up; another department may not.
        postJson(
                        "/api/supervision/department/ratings/CASE:a-own/follow-up",
                        Callers.staff("taxadmin", Roles.DEPT_ADMIN, "tax"),
                        "{\"note\":\"not ours\"}")
                .andExpect(status().isForbidden());
        postJson(
                        "/api/supervision/department/ratings/CASE:a-own/follow-up",
                        Callers.deptadmin1(),
                        "{\"note\":\"called the applicant\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followedUpAt").exists());
    }

    @Test
    void aCitizenCannotRateAnotherCitizensCaseOrVisitNorLearnThatItExists() throws Exception {
        long before = written();
        postJson("/api/supervision/ratings", Callers.citizen2(), rating("CASE", "a-own", "1"))
                .andExpect(status().isNotFound());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("VISIT", "bk-other", "1"))
                .andExpect(status().isNotFound());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "no-such-case", "1"))
                .andExpect(status().isNotFound());
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void theApplicantRatesACaseAnAgentFiledForThemAndNobodyElseCan() throws Exception {
        long before = written();
        postJson("/api/supervision/ratings", Callers.citizen2(), rating("CASE", "a-agent", "1"))
                .andExpect(status().isNotFound());
        postJson("/api/supervision/ratings", Callers.agent1(), rating("CASE", "a-agent", "1"))
                .andExpect(status().isForbidden());
        postJson(
                        "/api/supervision/complaints",
                        Callers.agent1(),
                        "{\"targetType\":\"CASE\",\"targetId\":\"a-agent\",\"text\":\"not mine to rate\"}")
                .andExpect(status().isNotFound());
        assertThat(written()).isEqualTo(before);

        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-agent", "2"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("CASE:a-agent"))
                .andExpect(jsonPath("$.department").value("market-regulation"));
    }

    @Test
    void anEnterpriseRatesACaseAWindowOfficerFiledForItByItsCreditCode() throws Exception {
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-window", "1"))
                .andExpect(status().isNotFound());
        postJson("/api/supervision/ratings", Callers.enterprise1(), rating("CASE", "a-window", "1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("CASE:a-window"));
    }

    @Test
    void aCaseIsRatedOnlyOnceDecidedAndAVisitOnceItTookPlace() throws Exception {
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-open", "2"))
                .andExpect(status().isConflict());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("VISIT", "bk-own", "2"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.department").value("tax"))
                .andExpect(jsonPath("$.rectificationDueOn").doesNotExist());
    }

    @Test
    void aComplaintAboutOnesOwnVisitGoesToTheDepartmentOfTheBookedMatter() throws Exception {
        postJson(
                        "/api/supervision/complaints",
                        Callers.citizen1(),
                        "{\"targetType\":\"BOOKING\",\"targetId\":\"bk-own\",\"text\":\"waited an hour\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.department").value("tax"));
    }

    @Test
    void complaintsGoToTheResponsibleDepartmentWhichAlonesAnswersThem() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(
                postJson(
                                "/api/supervision/complaints",
                                Callers.citizen1(),
                                "{\"targetType\":\"CASE\",\"targetId\":\"a-own\",\"text\":\"asked for a paper twice\"}")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.department").value("market-regulation"))
                        .andExpect(jsonPath("$.channel").value("PORTAL"))
                        .andExpect(jsonPath("$.dueOn").value("2026-03-09"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/supervision/complaints/mine").param("size", "100").with(Callers.citizen1()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/supervision/complaints/mine").param("size", "100").with(Callers.citizen2()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(get("/api/supervision/department/complaints")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());

        String answer = "/api/supervision/department/complaints/" + id + "/answer";
        postJson(answer, Callers.staff("taxadmin", Roles.DEPT_ADMIN, "tax"), "{\"reply\":\"no\"}")
                .andExpect(status().isForbidden());
        postJson(answer, Callers.deptadmin1(), "{\"reply\":\"the officer has been reminded\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredOnTime").value(true));
        postJson(answer, Callers.deptadmin1(), "{\"reply\":\"again\"}").andExpect(status().isConflict());

        long before = written();
        postJson(
                        "/api/supervision/complaints",
                        Callers.citizen2(),
                        "{\"targetType\":\"CASE\",\"targetId\":\"a-own\",\"text\":\"not my case\"}")
                .andExpect(status().isNotFound());
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void eachRoleReadsOnlyWhatItMay() throws Exception {
        mvc.perform(get("/api/supervision/inspections/alerts").param("size", "100"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/inspections/cases/a-own").with(Callers.officer1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.officer1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/department/statistics").with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/supervision/admin/projections/rebuild").with(Callers.inspector1()))
                .andExpect(status().isForbidden());
        postJson("/api/supervision/ratings", Callers.officer1(), rating("CASE", "a-own", "1"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/supervision/inspections/cases/a-own").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicantMasked").value(CITIZEN1_MASKED));
        mvc.perform(get("/api/supervision/inspections/cases/no-such-case").with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/department/statistics").with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[*].department")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("market-regulation"))));
    }

    @Test
    void publicStatisticsNeedNoTokenAndCarryNoPersonalData() throws Exception {
        mvc.perform(get("/api/supervision/public/statistics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").isArray())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("440113"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("citizen"))))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("officer1"))))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("volunteer"))))
                // Patrols per hall and month: counts by category only, never who, what was written or a photo.
                .andExpect(jsonPath("$.patrols[*].volunteer").isEmpty())
                .andExpect(jsonPath("$.patrols[*].description").isEmpty())
                .andExpect(jsonPath("$.patrols[*].photoSha256").isEmpty());
    }

    @Test
    void inspectorsMoveAlertsOnlyAlongTheLifecycleAndWithANote() throws Exception {
        String move = "/api/supervision/inspections/alerts/refusal.without-basis:CASE:a-refused/status";
        postJson(move, Callers.inspector1(), "{\"status\":\"RESOLVED\",\"note\":\"skip\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:alert.illegal-transition"));
        postJson(move, Callers.inspector1(), "{\"status\":\"ACKNOWLEDGED\",\"note\":\"  \"}")
                .andExpect(status().isBadRequest());
        postJson(move, Callers.deptadmin1(), "{\"status\":\"DISMISSED\",\"note\":\"mine\"}")
                .andExpect(status().isForbidden());
        postJson(
                        "/api/supervision/inspections/alerts/no-such-alert/status",
                        Callers.inspector1(),
                        "{\"status\":\"ACKNOWLEDGED\",\"note\":\"seen\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/inspections/alerts/refusal.without-basis:CASE:a-refused")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() throws Exception {
        long before = written();
        String complaints = "/api/supervision/complaints";
        postJson(complaints, Callers.citizen1(), "{\"targetType\": ").andExpect(status().isBadRequest());
        postJson(
                        complaints,
                        Callers.citizen1(),
                        "{\"targetType\":\"CASE\",\"targetId\":\"a-own\",\"text\":\"x\",\"department\":\"tax\",\"status\":\"CLOSED\"}")
                .andExpect(status().isBadRequest());
        postJson(complaints, Callers.citizen1(), "{\"targetType\":\"CASE\",\"targetId\":\"$ne\",\"text\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetId"));
        postJson(complaints, Callers.citizen1(), "{\"targetType\":\"PLANET\",\"targetId\":\"a-own\",\"text\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(complaints, Callers.citizen1(), "{\"targetType\":\"CASE\",\"targetId\":\"a-own\"}")
                .andExpect(status().isBadRequest());
        postJson(
                        complaints,
                        Callers.citizen1(),
                        "{\"targetType\":\"CASE\",\"targetId\":\"a-own\",\"text\":\"" + "长".repeat(600_000) + "\"}")
                .andExpect(status().isPayloadTooLarge());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-own", "\"5\""))
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-own", "6"))
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/ratings", Callers.citizen1(), rating("CASE", "a-own", "2.5"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("status[$ne]", "OPEN")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("department", "$where")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "42")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void operatorsRecordHotlineComplaintsForTheDepartmentTheyName() throws Exception {
        String body = "{\"channel\":\"HOTLINE\",\"targetType\":\"OFFICER\",\"targetId\":\"officer1\","
                + "\"department\":\"market-regulation\",\"text\":\"asked for a red envelope\"}";
        postJson("/api/supervision/operator/complaints", Callers.admin1(), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("HOTLINE"))
                .andExpect(jsonPath("$.department").value("market-regulation"));
        long before = written();
        postJson("/api/supervision/operator/complaints", Callers.citizen1(), body)
                .andExpect(status().isForbidden());
        postJson("/api/supervision/operator/complaints", Callers.admin1(), body.replace("HOTLINE", "PORTAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:complaint.operator-channel"));
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void timeAloneRaisesLateComplaintsAndGivesTheDefaultRating() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(
                postJson(
                                "/api/supervision/complaints",
                                Callers.citizen2(),
                                "{\"targetType\":\"CASE\",\"targetId\":\"a-unrated\",\"text\":\"no reply\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        clock.set(CaseStory.at("2026-03-09T18:00"));
        ratings.giveDefaultRatings();
        deadlines.raiseLateAlerts();
        assertThat(alerts.search(9, null, null)).noneMatch(a -> a.subjectId().equals(id));
        assertThat(mongo.findById("CASE:a-unrated", org.bson.Document.class, "ratings"))
                .isNotNull();

        clock.set(CaseStory.at("2026-03-10T09:00"));
        ratings.giveDefaultRatings();
        deadlines.raiseLateAlerts();
        assertThat(alerts.search(9, null, null)).anySatisfy(a -> {
            assertThat(a.subjectId()).isEqualTo(id);
            assertThat(a.department()).isEqualTo("market-regulation");
        });
        mvc.perform(get("/api/supervision/ratings/mine").param("size", "100").with(Callers.citizen2()))
                .andExpect(jsonPath("$[?(@.id == 'CASE:a-unrated')]").doesNotExist());
        mvc.perform(get("/api/supervision/public/statistics"))
                .andExpect(jsonPath("$.satisfaction[?(@.department == 'market-regulation')].ratings")
                        .exists());
    }
}
