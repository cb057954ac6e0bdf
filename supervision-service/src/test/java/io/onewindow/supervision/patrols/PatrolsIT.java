package io.onewindow.supervision.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.events.supervision.PatrolObserved;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.PagedListChecks;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.platform.web.ApiDocsProperties;
import io.onewindow.supervision.statistics.ServicePointNames;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Volunteer supervisors (义务监督员) on real parts: a hall known from appointment's registry on the real
 * topic, observations recorded as JSON and as multipart with a photo kept in GridFS, rule 21 for what
 * alleges misconduct, each role's reach, bad input refused with nothing written, the event on the real
 * supervision topic, and the public figures.
 */
@SupervisionIntegrationTest
class PatrolsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PATROLS = "/api/supervision/patrols";
    private static final String INSPECTIONS = "/api/supervision/inspections/patrols";
    private static final byte[] JPEG = jpeg(64);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    ServicePointNames halls;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IdentityPseudonyms pseudonyms;

    @Autowired
    ApiDocsProperties docs;

    private String hall;

    @BeforeEach
    void aHallOfTheRegistry() {
        clock.set(SupervisionIntegrationTest.START);
        hall = "patrol-hall-" + ThreadLocalRandom.current().nextInt(1_000_000);
        new EventFeed(kafka, codec)
                .send(
                        Topics.APPOINTMENT,
                        EventFeed.envelope(
                                "/onewindow/appointment-service",
                                new ServicePointRecorded(
                                        hall,
                                        1,
                                        "CREATED",
                                        "巡查测试政务服务中心",
                                        5,
                                        null,
                                        "番禺区市桥街",
                                        true,
                                        List.of(
                                                new ServicePointRecorded.Window("1", "综合受理窗口", true, null, false),
                                                new ServicePointRecorded.Window(
                                                        "3", "市场监管窗口", false, "market-regulation", false)),
                                        List.of(),
                                        List.of(),
                                        "system"),
                                Instant.now()));
        await().atMost(PATIENCE).until(() -> halls.isKnown(hall));
    }

    @AfterEach
    void clockBack() {
        clock.set(SupervisionIntegrationTest.START);
    }

    static RequestPostProcessor volunteer1() {
        return Callers.as(new Caller(
                "u-volunteer1",
                "volunteer1",
                Set.of(Roles.VOLUNTEER_SUPERVISOR),
                null,
                "440113199505200017",
                null,
                "onewindow-portal"));
    }

    static RequestPostProcessor volunteer2() {
        return Callers.as(new Caller(
                "u-volunteer2",
                "volunteer2",
                Set.of(Roles.VOLUNTEER_SUPERVISOR),
                null,
                "440113199611110023",
                null,
                "onewindow-portal"));
    }

    private String observation(String category, String window, Instant at) {
        return "{\"observedAt\":\"" + at.atOffset(ZoneOffset.ofHours(8)) + "\",\"servicePointId\":\"" + hall + "\","
                + (window == null ? "" : "\"window\":\"" + window + "\",")
                + "\"category\":\"" + category + "\",\"description\":\"两名中介在3号窗口旁揽客，称可代办加急\"}";
    }

    private Instant anHourAgo() {
        return clock.instant().minusSeconds(3600);
    }

    @Test
    void aVolunteersScalpingObservationWithAPhotoBecomesARecordAnEventAndARule21AlertForTheWindowsDepartment()
            throws Exception {
        String created = withPhoto(volunteer1(), observation("SCALPING", "3", anHourAgo()), JPEG, "image/jpeg")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String alertId = JsonPath.read(created, "$.alertId");
        assertThat(alertId).isEqualTo("patrol.misconduct-observed:PATROL:" + id);

        // The inspector reads it with its alert, and the photo with its type.
        mvc.perform(get(INSPECTIONS + "/" + id).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servicePointId").value(hall))
                .andExpect(jsonPath("$.window").value("3"))
                .andExpect(jsonPath("$.category").value("SCALPING"))
                .andExpect(jsonPath("$.categoryLabel").value("倒号、号贩子"))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.volunteer").value("volunteer1"))
                .andExpect(jsonPath("$.photo").value(true))
                .andExpect(jsonPath("$.photoContentType").value("image/jpeg"))
                .andExpect(jsonPath("$.photoSha256")
                        .value(io.onewindow.supervision.patrols.domain.PatrolPhoto.sha256Of(JPEG)))
                .andExpect(jsonPath("$.alertId").value(alertId));
        mvc.perform(get(INSPECTIONS + "/" + id + "/photo").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(content().bytes(JPEG));
        mvc.perform(get(INSPECTIONS).param("servicePointId", hall).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
        mvc.perform(get(INSPECTIONS)
                        .param("servicePointId", hall)
                        .param("category", "FACILITIES")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$", hasSize(0)));

        // Rule 21: evidence the observation, in the window's department; the rule filter takes 21.
        mvc.perform(get("/api/supervision/inspections/alerts/" + alertId).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleNumber").value(21))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.evidence[0]").value(id));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "21")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(alertId)));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "23")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(jsonPath("$[*].id").value(hasItem(alertId)));
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.staff("taxadmin-patrols", Roles.DEPT_ADMIN, "tax")))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(alertId))));

        // The volunteer reads his own; another volunteer neither lists nor reads it.
        mvc.perform(get(PATROLS + "/mine").with(volunteer1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
        mvc.perform(get(PATROLS + "/" + id).with(volunteer1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alertId").value(alertId))
                .andExpect(jsonPath("$.volunteer").value(nullValue()));
        mvc.perform(get(PATROLS + "/mine").with(volunteer2()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        mvc.perform(get(PATROLS + "/" + id).with(volunteer2())).andExpect(status().isNotFound());

        // The event: the volunteer by pseudonym, the photo by id and hash, no text.
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(supervisionEvents(PatrolObserved.class))
                        .anySatisfy(e -> {
                            assertThat(e.patrolId()).isEqualTo(id);
                            assertThat(e.category()).isEqualTo("SCALPING");
                            assertThat(e.department()).isEqualTo("market-regulation");
                            assertThat(e.volunteerPseudonym()).isEqualTo(pseudonyms.ofIdNumber("440113199505200017"));
                            assertThat(e.photoSha256())
                                    .isEqualTo(io.onewindow.supervision.patrols.domain.PatrolPhoto.sha256Of(JPEG));
                        }));
        String wire = TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION).stream()
                .filter(r -> id.equals(r.key()))
                .map(r -> r.value())
                .findFirst()
                .orElseThrow();
        assertThat(wire)
                .doesNotContain("volunteer1")
                .doesNotContain("440113199505200017")
                .doesNotContain("中介");

        // The public figures count it per hall and month by category, with the hall's name and nothing else.
        String row = "$.patrols[?(@.servicePointId == '" + hall + "')]";
        String statistics = mvc.perform(get("/api/supervision/public/statistics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(row + ".month").value(hasItem("2026-03")))
                .andExpect(jsonPath(row + ".patrols").value(hasItem(1)))
                .andExpect(jsonPath(row + ".byCategory.SCALPING").value(hasItem(1)))
                .andExpect(jsonPath("$.names.servicePoints." + hall).value("巡查测试政务服务中心"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(statistics, "$.patrols");
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.keySet())
                        .containsExactlyInAnyOrder("servicePointId", "month", "patrols", "byCategory"));
        assertThat(statistics).doesNotContain("volunteer").doesNotContain(id).doesNotContain("中介");
        mvc.perform(get("/api/supervision/inspections/statistics").with(Callers.inspector1()))
                .andExpect(jsonPath(row + ".patrols").value(hasItem(1)));
        mvc.perform(get("/api/supervision/department/statistics").with(Callers.deptadmin1()))
                .andExpect(jsonPath("$.patrols", hasSize(0)));
    }

    @Test
    void aRecordOnlyObservationAtAComprehensiveWindowRaisesNoAlertAndNamesNoDepartment() throws Exception {
        String created = postJson(PATROLS, volunteer1(), observation("FACILITIES", "1", anHourAgo()), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alertId").value(nullValue()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(INSPECTIONS + "/" + id).with(Callers.inspector1()))
                .andExpect(jsonPath("$.department").value(nullValue()))
                .andExpect(jsonPath("$.photo").value(false))
                .andExpect(jsonPath("$.alertId").value(nullValue()));
        mvc.perform(get(INSPECTIONS + "/" + id + "/photo").with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/inspections/alerts/patrol.misconduct-observed:PATROL:" + id)
                        .with(Callers.inspector1()))
                .andExpect(status().isNotFound());

        // Staff absent from a window whose department is not known: an alert for the inspectors only.
        String absent = postJson(PATROLS, volunteer1(), observation("STAFF_ABSENT_FROM_POST", null, anHourAgo()), null)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/supervision/inspections/alerts/" + JsonPath.read(absent, "$.alertId"))
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$.department").value(nullValue()));
    }

    @Test
    void theInspectorsSearchOfAHallIsPagedInTheStoreNewestFirstWithItsTotalAndLinks() throws Exception {
        for (int hour = 3; hour >= 1; hour--) {
            postJson(
                            PATROLS,
                            volunteer1(),
                            observation("FACILITIES", "1", clock.instant().minusSeconds(3600L * hour)),
                            null)
                    .andExpect(status().isCreated());
        }

        List<tools.jackson.databind.JsonNode> found = PagedListChecks.walk(
                mvc, INSPECTIONS + "?servicePointId=" + hall, Callers.inspector1(), docs.publicBaseUrl(), 3);

        assertThat(found).hasSize(3);
        assertThat(found.stream()
                        .map(p -> java.time.OffsetDateTime.parse(
                                        p.path("observedAt").asString())
                                .toInstant())
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        mvc.perform(get(INSPECTIONS)
                        .param("servicePointId", hall)
                        .param("size", "2")
                        .with(volunteer1()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyVolunteersRecordOnlyInspectorsReadAllAndEveryOtherRoleIsRefused() throws Exception {
        String body = observation("QUEUE_ORDER", null, anHourAgo());
        for (RequestPostProcessor other :
                List.of(Callers.citizen1(), Callers.inspector1(), Callers.deptadmin1(), Callers.officer1())) {
            postJson(PATROLS, other, body, null).andExpect(status().isForbidden());
            mvc.perform(get(PATROLS + "/mine").with(other)).andExpect(status().isForbidden());
        }
        for (RequestPostProcessor other :
                List.of(volunteer1(), Callers.citizen1(), Callers.deptadmin1(), Callers.approver1())) {
            mvc.perform(get(INSPECTIONS).with(other)).andExpect(status().isForbidden());
            mvc.perform(get(INSPECTIONS + "/patrol-x").with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(get(INSPECTIONS + "/patrol-unknown").with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATROLS + "/mine").param("size", "101").with(volunteer1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(PATROLS + "/mine").param("size", "0").with(volunteer1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(PATROLS + "/mine").param("size", "1").with(volunteer1()))
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(1)));
    }

    @Test
    void theSameIdempotencyKeyAndRequestAnswerTheFirstObservationAndAnotherRequestUnderItIsRefused() throws Exception {
        String key = "patrol-key-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String body = observation("INTERMEDIARY_ON_SITE", "3", anHourAgo());
        String first = JsonPath.read(
                postJson(PATROLS, volunteer1(), body, key)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        postJson(PATROLS, volunteer1(), body, key)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(first));
        postJson(PATROLS, volunteer1(), observation("QUEUE_ORDER", "3", anHourAgo()), key)
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-reused"));
        String others = JsonPath.read(
                postJson(PATROLS, volunteer2(), body, key)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(others).isNotEqualTo(first);
        assertThat(patrolsAt()).isEqualTo(2);
    }

    @Test
    void badObservationsAreRefusedAndNothingIsWritten() throws Exception {
        long photosBefore = mongo.getCollection("fs.files").countDocuments();
        // The future, too long ago, no offset, an unknown hall.
        expectProblem(
                postJson(
                        PATROLS,
                        volunteer1(),
                        observation("QUEUE_ORDER", null, clock.instant().plusSeconds(60)),
                        null),
                "patrol.observed-in-future");
        expectProblem(
                postJson(
                        PATROLS,
                        volunteer1(),
                        observation(
                                "QUEUE_ORDER",
                                null,
                                clock.instant().minus(Duration.ofDays(7)).minusSeconds(60)),
                        null),
                "patrol.observed-too-long-ago");
        postJson(
                        PATROLS,
                        volunteer1(),
                        observation("QUEUE_ORDER", null, anHourAgo()).replace("+08:00", "+8h"),
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:wrong-type"))
                .andExpect(jsonPath("$.errors[0].field").value("observedAt"));
        postJson(
                        PATROLS,
                        volunteer1(),
                        observation("QUEUE_ORDER", null, anHourAgo()).replace(hall, "no-such-hall"),
                        null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:patrol.unknown-hall"))
                .andExpect(jsonPath("$.errors[0].field").value("servicePointId"));
        // Unknown fields, unknown categories, $-strings, too long a text.
        String good = observation("QUEUE_ORDER", null, anHourAgo());
        postJson(PATROLS, volunteer1(), good.replace("{", "{\"volunteer\":\"someone\","), null)
                .andExpect(status().isBadRequest());
        postJson(PATROLS, volunteer1(), good.replace("QUEUE_ORDER", "BRIBERY"), null)
                .andExpect(status().isBadRequest());
        postJson(PATROLS, volunteer1(), good.replace("两名中介在3号窗口旁揽客，称可代办加急", "$where"), null)
                .andExpect(status().isBadRequest());
        postJson(PATROLS, volunteer1(), good.replace("两名中介在3号窗口旁揽客，称可代办加急", "字".repeat(2001)), null)
                .andExpect(status().isBadRequest());
        postJson(PATROLS, volunteer1(), good.replace(hall, "$ne"), null).andExpect(status().isBadRequest());
        postJson(PATROLS, volunteer1(), "{\"observedAt\":", null).andExpect(status().isBadRequest());
        // A photo that is not a JPEG or PNG by its bytes, or over the size.
        expectProblem(withPhoto(volunteer1(), good, "GIF89a....".getBytes(), "image/jpeg"), "patrol.photo-type");
        expectProblem(withPhoto(volunteer1(), good, jpeg(2 * 1024 * 1024 + 1), "image/jpeg"), "patrol.photo-too-large");
        withPhoto(volunteer1(), good, jpeg(2 * 1024 * 1024), "image/jpeg").andExpect(status().isCreated());

        assertThat(patrolsAt()).isEqualTo(1);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(photosBefore + 1);
    }

    private static void expectProblem(ResultActions result, String code) throws Exception {
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + code));
    }

    private long patrolsAt() {
        return mongo.count(Query.query(Criteria.where("patrol.servicePointId").is(hall)), "patrols");
    }

    private ResultActions postJson(String path, RequestPostProcessor who, String body, String key) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private ResultActions withPhoto(RequestPostProcessor who, String body, byte[] photo, String type) throws Exception {
        return mvc.perform(multipart(PATROLS)
                .file(new MockMultipartFile(
                        "observation",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("photo", "photo.jpg", type, photo))
                .with(who));
    }

    private static byte[] jpeg(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0x20);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private <T> List<T> supervisionEvents(Class<T> type) {
        String wireType = type.getAnnotation(EventType.class).value();
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION).stream()
                .filter(r -> r.value() != null)
                .filter(r -> codec.readHeaders(r.value()).type().equals(wireType))
                .map(r -> codec.read(r.value(), type).data())
                .toList();
    }
}
