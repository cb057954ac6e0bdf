package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.Agency;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The booking API over HTTP, per role and per owner, with bad input refused before any write. */
@AppointmentIntegrationTest
class BookingApiIT {

    static final String HALL = "api-hall";
    static EventTap events;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void tap() {
        events = new EventTap();
    }

    @AfterAll
    static void closeTap() {
        events.close();
    }

    @Autowired
    MutableClock clock;

    @BeforeEach
    void hall() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 3));
    }

    static String booking(String start) {
        return """
                {"servicePointId":"%s","matterCode":"MR-ENT-REG","start":"%s"}""".formatted(HALL, start);
    }

    ResultActions book(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/appointments")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Device-Id", "device-42")
                .content(body));
    }

    ResultActions book(RequestPostProcessor who, String body, String acceptLanguage) throws Exception {
        return mvc.perform(post("/api/appointments")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Device-Id", "device-42")
                .header("Accept-Language", acceptLanguage)
                .content(body));
    }

    /** Another citizen for each story, so stories do not share limits. */
    static RequestPostProcessor citizen(int n) {
        return Callers.as(new Caller(
                "u-citizen-" + n,
                "citizen-" + n,
                Set.of(Roles.CITIZEN),
                null,
                TestIds.person(n).value(),
                null,
                "onewindow-wechat"));
    }

    long bookings() {
        return mongo.getCollection("bookings").countDocuments();
    }

    String idOf(MvcResult result) throws Exception {
        String json = result.getResponse().getContentAsString();
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }

    @Test
    void citizenBooksInTheirOwnNameAndBookedArrivesOnTheTopicWithoutTheIdNumber() throws Exception {
        MvcResult result = book(Callers.citizen1(), booking("2026-12-02T09:00:00"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.principalIdMasked").value("440113********1235"))
                .andExpect(jsonPath("$.code").isString())
                .andReturn();
        String id = idOf(result);

        ConsumerRecord<String, String> booked = events.await(r -> id.equals(r.key()));
        assertThat(booked.value())
                .contains("\"type\":\"onewindow.appointment.Booked.v1\"")
                .contains("\"principalIdHash\":\"")
                .contains("\"principalIdMasked\":\"440113********1235\"")
                .contains("\"channel\":\"PORTAL\"")
                .contains("\"fingerprintHash\":\"")
                .doesNotContain("440113199003071235");
    }

    @Test
    void bookedSaysWhenTheDayWasReleasedAndHowManyOfItsPlacesAreLeft() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("fill-hall", 1));
        String body = "{\"servicePointId\":\"fill-hall\",\"matterCode\":\"MR-ENT-REG\",\"start\":\"%s\"}";
        String first = idOf(book(citizen(820), body.formatted("2026-12-02T09:00:00"))
                .andExpect(status().isCreated())
                .andReturn());
        String second = idOf(book(citizen(821), body.formatted("2026-12-02T13:30:00"))
                .andExpect(status().isCreated())
                .andReturn());

        String firstBooked = events.await(r -> first.equals(r.key())).value();
        String secondBooked = events.await(r -> second.equals(r.key())).value();
        // Wednesday 2026-12-02 was released at 08:00 five working days before, Wednesday 2026-11-25.
        assertThat(firstBooked).contains("\"releasedAt\":\"2026-11-25T00:00:00Z\"");
        int places = number(firstBooked, "dayPlaces");
        assertThat(places).isGreaterThan(2);
        assertThat(number(firstBooked, "dayPlacesLeft")).isEqualTo(places - 1);
        assertThat(number(secondBooked, "dayPlaces")).isEqualTo(places);
        assertThat(number(secondBooked, "dayPlacesLeft")).isEqualTo(places - 2);
    }

    private static int number(String json, String field) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyAnswersTheFirstBooking() throws Exception {
        long before = bookings();
        MvcResult first = mvc.perform(post("/api/appointments")
                        .with(Callers.citizen2())
                        .header("Idempotency-Key", "retry-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(booking("2026-12-03T09:00:00")))
                .andExpect(status().isCreated())
                .andReturn();
        MvcResult retry = mvc.perform(post("/api/appointments")
                        .with(Callers.citizen2())
                        .header("Idempotency-Key", "retry-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(booking("2026-12-03T09:00:00")))
                .andExpect(status().isCreated())
                .andReturn();
        assertThat(idOf(retry)).isEqualTo(idOf(first));
        assertThat(bookings()).isEqualTo(before + 1);

        mvc.perform(post("/api/appointments")
                        .with(Callers.citizen2())
                        .header("Idempotency-Key", "retry-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(booking("2026-12-03T09:20:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        assertThat(bookings()).isEqualTo(before + 1);
    }

    @Test
    void anotherPersonsBookingAnswersNotFoundAndStaysBooked() throws Exception {
        String id = idOf(book(Callers.enterprise1(), booking("2026-12-04T09:00:00"))
                .andExpect(status().isCreated())
                .andReturn());

        mvc.perform(get("/api/appointments/" + id).with(Callers.citizen2())).andExpect(status().isNotFound());
        mvc.perform(post("/api/appointments/" + id + "/cancel").with(Callers.citizen2()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appointments/" + id).with(Callers.enterprise1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BOOKED"));
        mvc.perform(get("/api/appointments/mine").with(Callers.citizen2()))
                .andExpect(jsonPath("$[?(@.id=='" + id + "')]").doesNotExist());
    }

    @Test
    void theHolderCancelsAndTheBookingShowsCancelled() throws Exception {
        String id = idOf(book(Callers.enterprise1(), booking("2026-12-07T10:00:00"))
                .andExpect(status().isCreated())
                .andReturn());
        mvc.perform(post("/api/appointments/" + id + "/cancel").with(Callers.enterprise1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CANCELLED"));
        events.await(r -> id.equals(r.key()) && r.value().contains("onewindow.appointment.Cancelled.v1"));
    }

    @Test
    void onlyTheHolderReschedulesAndTheOldPlaceIsGivenBack() throws Exception {
        String id = idOf(book(citizen(810), booking("2026-12-04T14:10:00"))
                .andExpect(status().isCreated())
                .andReturn());
        String move = "{\"start\":\"2026-12-04T14:30:00\"}";
        mvc.perform(post("/api/appointments/" + id + "/reschedule")
                        .with(citizen(811))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(move))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/appointments/" + id + "/reschedule")
                        .with(citizen(810))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(move))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotStart").value("2026-12-04T14:30:00+08:00"));
        mvc.perform(get("/api/appointments/public/service-points/api-hall/slots")
                        .param("matter", "MR-ENT-REG")
                        .param("from", "2026-12-04")
                        .param("to", "2026-12-04"))
                .andExpect(jsonPath("$[?(@.start=='2026-12-04T14:10:00+08:00')].remaining")
                        .value(3))
                .andExpect(jsonPath("$[?(@.start=='2026-12-04T14:30:00+08:00')].remaining")
                        .value(2));
        events.await(r -> id.equals(r.key()) && r.value().contains("onewindow.appointment.Rescheduled.v1"));
    }

    @Test
    void booksALinkedBusinessUnderOneCodeOverHttp() throws Exception {
        mvc.perform(post("/api/appointments/linked")
                        .with(citizen(820))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"api-hall","businessCode":"HOUSING-TRANSFER","start":"2026-12-07T09:00:00"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].matterCode").value("RE-TRANSFER-REG"))
                .andExpect(jsonPath("$[1].matterCode").value("TAX-HOUSING-DEED"))
                .andExpect(jsonPath("$[0].linkCode").isString());
        mvc.perform(post("/api/appointments/linked")
                        .with(citizen(821))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"api-hall","businessCode":"NO-SUCH","start":"2026-12-07T09:00:00"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-linked-business"));
    }

    @Test
    void staffAndPartnersCannotBook() throws Exception {
        long before = bookings();
        book(Callers.officer1(), booking("2026-12-02T10:00:00")).andExpect(status().isForbidden());
        book(Callers.admin1(), booking("2026-12-02T10:00:00")).andExpect(status().isForbidden());
        book(Callers.partner("tax"), booking("2026-12-02T10:00:00")).andExpect(status().isForbidden());
        mvc.perform(post("/api/appointments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(booking("2026-12-02T10:00:00")))
                .andExpect(status().isUnauthorized());
        assertThat(bookings()).isEqualTo(before);
    }

    @Test
    void anAgentBooksForANamedPrincipalOnlyUnderTheirMandate() throws Exception {
        String principal = TestIds.person(900).value();
        Agency.enrolAgent1(mvc, Callers.admin1());
        long before = bookings();
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T11:00:00",
                         "principalIdNumber":"%s"}""".formatted(principal))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("mandate.missing"));
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T11:00:00",
                         "principalIdNumber":"%s","authorizationRef":"WT-2026-0042"}""".formatted(principal))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        assertThat(bookings()).isEqualTo(before);

        Agency.grant(mvc, citizen(900), java.time.LocalDate.of(2026, 12, 31), "MR-ENT-REG");
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T11:00:00",
                         "principalIdNumber":"%s"}""".formatted(principal))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bookedByAgent").value("agent1"))
                .andExpect(jsonPath("$.principalIdMasked")
                        .value(TestIds.person(900).masked()));
        events.await(r ->
                r.value().contains("\"agentUsername\":\"agent1\"") && r.value().contains("Booked.v1"));
        mvc.perform(get("/api/appointments/mine").with(Callers.agent1())).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void refusesBadInputBeforeWritingAnything() throws Exception {
        long before = bookings();
        book(Callers.citizen1(), "{\"servicePointId\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-body"));
        book(Callers.citizen1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00","extra":1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        book(Callers.citizen1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("wrong-type"));
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00",
                         "principalIdNumber":"440113199003071230"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("principalIdNumber"));
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00",
                         "principalIdNumber":"%s","authorizationRef":"$where"}""".formatted(TestIds.person(901).value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"))
                .andExpect(jsonPath("$.errors[0].field").value("authorizationRef"));
        // an agent who names nobody: 400 naming the field, not a conflict
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("principal-required"))
                .andExpect(jsonPath("$.errors[0].field").value("principalIdNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("代办人须填写前来办事的人的身份证号码"))
                .andExpect(jsonPath("$.detail").value("代办人须填写前来办事的人的身份证号码"));
        book(Callers.agent1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00"}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.detail").value("An agent names the person who will come"));
        book(Callers.citizen1(), """
                        {"servicePointId":{"$ne":null},"matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00"}""").andExpect(status().isBadRequest());
        book(Callers.citizen1(), """
                        {"servicePointId":"api-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00",
                         "principalIdNumber":"%s"}""".formatted(TestIds.person(902).value()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("principal-not-allowed"));
        book(Callers.citizen1(), """
                        {"servicePointId":"no-such-hall","matterCode":"MR-ENT-REG","start":"2026-12-02T09:40:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-service-point"));
        book(Callers.citizen1(), """
                        {"servicePointId":"api-hall","matterCode":"NO-SUCH","start":"2026-12-02T09:40:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-matter"));
        book(Callers.citizen1(), booking("2026-12-02T09:10:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("no-such-slot"));
        book(Callers.citizen1(), booking("2026-12-01T09:00:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("slot-in-past"));
        book(Callers.citizen1(), booking("2026-12-09T09:00:00"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("slot-not-released"));
        book(
                        Callers.citizen1(),
                        booking("2026-12-02T09:40:00").replace("}", ",\"pad\":\"" + "x".repeat(1_100_000) + "\"}"))
                .andExpect(status().is(413));
        mvc.perform(post("/api/appointments/not-a-uuid/cancel").with(Callers.citizen1()))
                .andExpect(status().isBadRequest());
        assertThat(bookings()).isEqualTo(before);
        assertThat(mongo.getCollection("booking_guards")
                        .countDocuments(new org.bson.Document("holder", new org.bson.Document("$exists", true))))
                .isEqualTo(mongo.getCollection("booking_guards").countDocuments());
    }

    @Test
    void showsAvailabilityPubliclyWithRemainingPlacesAndReleaseState() throws Exception {
        mvc.perform(get("/api/appointments/public/service-points/api-hall/slots")
                        .param("matter", "MR-ENT-REG")
                        .param("from", "2026-12-08")
                        .param("to", "2026-12-09"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(38)))
                .andExpect(jsonPath("$[0].state").value("OPEN"))
                .andExpect(jsonPath("$[0].remaining").value(3))
                .andExpect(jsonPath("$[19].state").value("NOT_YET_RELEASED"))
                .andExpect(jsonPath("$[19].releasedAt").value("2026-12-02T08:00:00+08:00"));
        book(citizen(800), booking("2026-12-08T09:00:00")).andExpect(status().isCreated());
        mvc.perform(get("/api/appointments/public/service-points/api-hall/slots")
                        .param("matter", "MR-ENT-REG")
                        .param("from", "2026-12-08")
                        .param("to", "2026-12-08"))
                .andExpect(jsonPath("$[0].remaining").value(2));
        mvc.perform(get("/api/appointments/public/service-points/api-hall/slots")
                        .param("matter", "MR-ENT-REG")
                        .param("from", "2026-12-01")
                        .param("to", "2027-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("range-too-long"));
    }

    @Test
    void findsServicePointsByTierMatterAndLiteralText() throws Exception {
        mvc.perform(get("/api/appointments/public/service-points")
                        .param("tier", "4")
                        .param("matter", "MR-ENT-REG"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='api-hall')]").exists());
        mvc.perform(get("/api/appointments/public/service-points").param("text", "测试大厅 api"))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/appointments/public/service-points").param("text", ".*"))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/appointments/public/service-points")
                        .param("tier", "6")
                        .param("matter", "MR-ENT-REG"))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/appointments/public/service-points").param("tier", "9"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/public/service-points/no-such-point"))
                .andExpect(status().isNotFound());
    }
}
