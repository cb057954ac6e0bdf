package io.onewindow.appointment.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.NoShowSweep;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.NoShowRule;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.Staff;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A linked booking (一号联办, the housing transfer: registration + deed tax) at the counter: checked in
 * once at a comprehensive window it gets one ticket, both parts are checked in with its number, and
 * the visit shows the linked filing approval-service makes of it. Staff of this test only.
 */
@AppointmentIntegrationTest
class LinkedCheckInIT {

    static final String HALL = "linked-check-in-hall";
    static final String ELSEWHERE = "linked-check-in-elsewhere";
    static final String LINKED_NUMBER = "LB-20261201-000001";

    static final RequestPostProcessor FRONT =
            Callers.staff("linked-front-it", Roles.WINDOW_OFFICER, "district-admin-service");
    static final RequestPostProcessor TAX_WINDOW = Callers.staff("linked-tax-it", Roles.WINDOW_OFFICER, "tax");
    static final RequestPostProcessor REGISTRATION_ELSEWHERE =
            Callers.staff("linked-reg-elsewhere-it", Roles.WINDOW_OFFICER, "real-estate-registration");

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    BookingDesk desk;

    @Autowired
    BookingStore bookings;

    @Autowired
    NoShowSweep sweep;

    @Autowired
    NoShowRule noShowRule;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void hall() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hall(HALL, 4, 4));
        points.upsert(TestPoints.hall(ELSEWHERE, 4, 4));
        Staff.post(mvc, "linked-front-it", "district-admin-service", HALL, "1");
        Staff.post(mvc, "linked-tax-it", "tax", HALL, "5");
        Staff.post(mvc, "linked-reg-elsewhere-it", "real-estate-registration", ELSEWHERE, "1");
    }

    List<Booking> housingTransfer(int person, String time) {
        return desk.bookLinked(new BookingDesk.BookLinkedCommand(
                hasher.principal(TestIds.person(person)),
                new Requester("u-" + person, "p" + person, false, BookingChannel.PORTAL, "fp"),
                null,
                HALL,
                TestPoints.HOUSING_TRANSFER,
                LocalDateTime.parse("2026-12-01T" + time),
                null,
                "linked-" + person));
    }

    ResultActions checkIn(RequestPostProcessor officer, String code, int person) throws Exception {
        return mvc.perform(post("/api/appointments/check-ins")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"bookingCode\":\"%s\",\"idNumber\":\"%s\"}"
                        .formatted(code, TestIds.person(person).value())));
    }

    long tickets() {
        return mongo.count(Query.query(Criteria.where("servicePointId").is(HALL)), "tickets");
    }

    Booking stored(Booking part) {
        return bookings.find(part.id()).orElseThrow();
    }

    @Test
    void aLinkedBookingCheckedInOnceAtTheComprehensiveWindowGetsOneTicketForBothParts() throws Exception {
        List<Booking> parts = housingTransfer(9301, "10:30");
        String code = parts.get(0).code();
        Booking registration = parts.stream()
                .filter(p -> p.matterCode().equals(TestPoints.TRANSFER))
                .findFirst()
                .orElseThrow();
        Booking tax = parts.stream()
                .filter(p -> p.matterCode().equals(TestPoints.DEED_TAX))
                .findFirst()
                .orElseThrow();
        long before = tickets();

        try (EventTap events = new EventTap()) {
            JsonNode ticket = json.readTree(checkIn(FRONT, code, 9301)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.linkedBusiness").value(TestPoints.HOUSING_TRANSFER))
                    .andExpect(jsonPath("$.matterCode").value(TestPoints.TRANSFER))
                    .andExpect(jsonPath("$.bookingId").value(registration.id()))
                    .andExpect(jsonPath("$.linkedParts.length()").value(2))
                    .andExpect(jsonPath("$.linkedParts[0].bookingId").value(registration.id()))
                    .andExpect(jsonPath("$.linkedParts[0].department").value("real-estate-registration"))
                    .andExpect(jsonPath("$.linkedParts[1].bookingId").value(tax.id()))
                    .andExpect(jsonPath("$.linkedParts[1].matterCode").value(TestPoints.DEED_TAX))
                    .andExpect(jsonPath("$.linkedParts[1].department").value("tax"))
                    .andExpect(jsonPath("$.cases.length()").value(0))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            String ticketId = ticket.path("id").asString();
            String number = ticket.path("number").asString();
            assertThat(number).startsWith("A");
            assertThat(tickets()).isEqualTo(before + 1);
            for (Booking part : parts) {
                assertThat(stored(part).status()).isEqualTo(BookingStatus.CHECKED_IN);
                assertThat(stored(part).ticketNumber()).isEqualTo(number);
            }

            String issued = events.await(r ->
                            ticketId.equals(r.key()) && r.value().contains("onewindow.appointment.TicketIssued.v1"))
                    .value();
            JsonNode data = json.readTree(issued).path("data");
            assertThat(data.path("linkedBusiness").asString()).isEqualTo(TestPoints.HOUSING_TRANSFER);
            assertThat(data.path("ticketNumber").asString()).isEqualTo(number);
            assertThat(data.path("bookingId").asString()).isEqualTo(registration.id());
            assertThat(data.path("department").asString()).isEqualTo("real-estate-registration");
            assertThat(data.path("linkedParts")).hasSize(2);
            assertThat(data.path("linkedParts").get(0).path("bookingId").asString())
                    .isEqualTo(registration.id());
            assertThat(data.path("linkedParts").get(1).path("bookingId").asString())
                    .isEqualTo(tax.id());
            assertThat(data.path("linkedParts").get(1).path("department").asString())
                    .isEqualTo("tax");
            // Both parts checked in, each with the one ticket's number.
            for (Booking part : parts) {
                assertThat(events.await(r -> part.id().equals(r.key())
                                        && r.value().contains("onewindow.appointment.CheckedIn.v1"))
                                .value())
                        .contains("\"ticketNumber\":\"" + number + "\"");
            }

            // Nothing left to check in; the ticket shows its parts.
            checkIn(FRONT, code, 9301).andExpect(status().isNotFound());
            assertThat(tickets()).isEqualTo(before + 1);
            mvc.perform(get("/api/appointments/tickets/" + ticketId).with(TAX_WINDOW))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.linkedBusiness").value(TestPoints.HOUSING_TRANSFER))
                    .andExpect(jsonPath("$.linkedParts.length()").value(2));

            // One call and one finish serve the visit at the comprehensive window.
            clock.set(LocalDateTime.of(2026, 12, 1, 10, 30));
            mvc.perform(post("/api/appointments/service-points/" + HALL + "/lines/A/call")
                            .with(FRONT)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"window\":\"1\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(ticketId));
            mvc.perform(post("/api/appointments/tickets/" + ticketId + "/finish")
                            .with(FRONT)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"absent\":false}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SERVED"))
                    .andExpect(jsonPath("$.linkedParts.length()").value(2));
        }
        // Both parts arrived: after both slots and the grace, neither is a no-show.
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        sweep.sweepNoShows();
        assertThat(parts).allSatisfy(part -> assertThat(stored(part).status()).isEqualTo(BookingStatus.CHECKED_IN));
    }

    @Test
    void aMissedLinkedBookingIsOneMissedVisitTowardsABanAndASecondMissedVisitBans() throws Exception {
        // the rule bans at two missed visits (onewindow.appointment.no-shows-for-ban, default 2)
        List<Booking> parts = housingTransfer(9307, "14:30");
        Booking single = desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(9307)),
                new Requester("u-9307", "p9307", false, BookingChannel.PORTAL, "fp"),
                null,
                HALL,
                TestPoints.BUSINESS_REGISTRATION,
                LocalDateTime.parse("2026-12-02T10:00"),
                null,
                "single-9307"));
        String idHash = parts.get(0).principal().idHash();

        clock.set(LocalDateTime.of(2026, 12, 1, 16, 20));
        sweep.sweepNoShows();
        assertThat(parts).allSatisfy(part -> assertThat(stored(part).status()).isEqualTo(BookingStatus.NO_SHOW));
        assertThat(stored(single).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookings.countNoShows(idHash, noShowRule.windowAt(clock.instant())))
                .isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(idHash)), "booking_bans"))
                .as("one missed visit with two parts is not two missed visits")
                .isZero();

        clock.set(LocalDateTime.of(2026, 12, 2, 12, 0));
        sweep.sweepNoShows();
        assertThat(stored(single).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(bookings.countNoShows(idHash, noShowRule.windowAt(clock.instant())))
                .isEqualTo(2);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(idHash)), "booking_bans"))
                .as("the second missed visit bans")
                .isEqualTo(1);
    }

    @Test
    void aDepartmentWindowChecksInOnlyItsPartAndTheComprehensiveWindowTheOtherAlone() throws Exception {
        List<Booking> parts = housingTransfer(9302, "11:00");
        String code = parts.get(0).code();
        long before = tickets();

        checkIn(TAX_WINDOW, code, 9302)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.matterCode").value(TestPoints.DEED_TAX))
                .andExpect(jsonPath("$.linkedBusiness").doesNotExist())
                .andExpect(jsonPath("$.linkedParts.length()").value(0));
        for (Booking part : parts) {
            assertThat(stored(part).status())
                    .isEqualTo(
                            part.matterCode().equals(TestPoints.DEED_TAX)
                                    ? BookingStatus.CHECKED_IN
                                    : BookingStatus.BOOKED);
        }
        // The registration part alone is left: a ticket of its own, as before.
        checkIn(FRONT, code, 9302)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.matterCode").value(TestPoints.TRANSFER))
                .andExpect(jsonPath("$.linkedBusiness").doesNotExist());
        assertThat(parts).allSatisfy(part -> assertThat(stored(part).status()).isEqualTo(BookingStatus.CHECKED_IN));
        assertThat(tickets()).isEqualTo(before + 2);
    }

    @Test
    void anotherPersonsCardOrAnOfficerNotPostedHereChecksInNothing() throws Exception {
        List<Booking> parts = housingTransfer(9303, "11:30");
        String code = parts.get(0).code();
        long before = tickets();

        try (EventTap events = new EventTap()) {
            checkIn(FRONT, code, 9309)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("check-in-identity-mismatch"));
            String refused = events.await(r -> parts.get(0).id().equals(r.key())
                            && r.value().contains("onewindow.appointment.CheckInRefused.v1"))
                    .value();
            assertThat(refused).contains("\"officerUsername\":\"linked-front-it\"");
        }
        checkIn(REGISTRATION_ELSEWHERE, code, 9303)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        // Injection-looking and malformed codes are refused before anything is read.
        checkIn(FRONT, "$where1==1", 9303).andExpect(status().isBadRequest());
        mvc.perform(post("/api/appointments/check-ins")
                        .with(FRONT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bookingCode\":{\"$gt\":\"\"},\"idNumber\":\"x\"}"))
                .andExpect(status().isBadRequest());
        // A citizen is no window officer.
        mvc.perform(post("/api/appointments/check-ins")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bookingCode\":\"%s\",\"idNumber\":\"%s\"}"
                                .formatted(code, TestIds.person(9303).value())))
                .andExpect(status().isForbidden());

        assertThat(parts).allSatisfy(part -> {
            assertThat(stored(part).status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(stored(part).ticketNumber()).isNull();
        });
        assertThat(tickets()).isEqualTo(before);

        // The right person at the right window: both parts at once.
        checkIn(FRONT, code, 9303)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.linkedParts.length()").value(2));
    }

    @Test
    void theVisitShowsItsLinkedFilingAndBothCasesOnceEvenWhenRedelivered() throws Exception {
        List<Booking> parts = housingTransfer(9304, "14:00");
        String ticketId = json.readTree(checkIn(FRONT, parts.get(0).code(), 9304)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asString();
        String registrationCase = UUID.randomUUID().toString();
        String taxCase = UUID.randomUUID().toString();

        String first = submitted(
                registrationCase, "AP-20261201-0101", TestPoints.TRANSFER, "real-estate-registration", ticketId);
        submitted(taxCase, "AP-20261201-0102", TestPoints.DEED_TAX, "tax", ticketId);
        // The same record delivered again, and the same case announced again in a new envelope.
        kafka.send(Topics.APPROVAL, registrationCase, first).get();
        submitted(registrationCase, "AP-20261201-0101", TestPoints.TRANSFER, "real-estate-registration", ticketId);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/appointments/tickets/" + ticketId).with(FRONT))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.linkedNumber").value(LINKED_NUMBER))
                        .andExpect(jsonPath("$.caseId").value(registrationCase))
                        .andExpect(jsonPath("$.cases.length()").value(2))
                        .andExpect(jsonPath("$.cases[0].caseId").value(registrationCase))
                        .andExpect(jsonPath("$.cases[0].matterCode").value(TestPoints.TRANSFER))
                        .andExpect(jsonPath("$.cases[1].caseId").value(taxCase))
                        .andExpect(jsonPath("$.cases[1].caseNumber").value("AP-20261201-0102")));
        // A marker sent after the redeliveries, on their partition, has been applied: they changed nothing.
        String marker = walkInTicket(9305);
        submittedSingle(registrationCase, marker);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/appointments/tickets/" + marker).with(FRONT))
                        .andExpect(jsonPath("$.cases.length()").value(1)));
        mvc.perform(get("/api/appointments/tickets/" + ticketId).with(FRONT))
                .andExpect(jsonPath("$.cases.length()").value(2))
                .andExpect(jsonPath("$.linkedNumber").value(LINKED_NUMBER));
    }

    @Test
    void aWalkInForALinkedBusinessGetsOneTicketAtTheComprehensiveWindowOnly() throws Exception {
        long before = tickets();
        String walkIn = """
                {"servicePointId":"%s","businessCode":"%s","idNumber":"%s"}""";
        try (EventTap events = new EventTap()) {
            String ticketId = json.readTree(mvc.perform(post("/api/appointments/tickets")
                                    .with(FRONT)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(walkIn.formatted(
                                            HALL,
                                            TestPoints.HOUSING_TRANSFER,
                                            TestIds.person(9305).value())))
                            .andExpect(status().isCreated())
                            .andExpect(jsonPath("$.linkedBusiness").value(TestPoints.HOUSING_TRANSFER))
                            .andExpect(jsonPath("$.matterCode").value(TestPoints.TRANSFER))
                            .andExpect(jsonPath("$.bookingId").doesNotExist())
                            .andExpect(jsonPath("$.linkedParts.length()").value(2))
                            .andExpect(jsonPath("$.linkedParts[1].matterCode").value(TestPoints.DEED_TAX))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .path("id")
                    .asString();
            String issued = events.await(r ->
                            ticketId.equals(r.key()) && r.value().contains("onewindow.appointment.TicketIssued.v1"))
                    .value();
            assertThat(issued).contains("\"linkedBusiness\":\"" + TestPoints.HOUSING_TRANSFER + "\"");
        }
        assertThat(tickets()).isEqualTo(before + 1);

        // A department window serves its own part only; an unknown business; a matter and a business at once.
        mvc.perform(post("/api/appointments/tickets")
                        .with(TAX_WINDOW)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(walkIn.formatted(
                                HALL,
                                TestPoints.HOUSING_TRANSFER,
                                TestIds.person(9306).value())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("linked-needs-comprehensive-window"));
        mvc.perform(post("/api/appointments/tickets")
                        .with(FRONT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(walkIn.formatted(
                                HALL, "NO-SUCH-BUSINESS", TestIds.person(9306).value())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-linked-business"));
        mvc.perform(post("/api/appointments/tickets")
                        .with(FRONT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"%s","businessCode":"%s","matterCode":"%s","idNumber":"%s"}""".formatted(
                                        HALL,
                                        TestPoints.HOUSING_TRANSFER,
                                        TestPoints.TRANSFER,
                                        TestIds.person(9306).value())))
                .andExpect(status().isBadRequest());
        assertThat(tickets()).isEqualTo(before + 1);
    }

    private String walkInTicket(int person) throws Exception {
        return json.readTree(mvc.perform(post("/api/appointments/tickets")
                                .with(FRONT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"servicePointId":"%s","matterCode":"%s","idNumber":"%s"}""".formatted(
                                                HALL,
                                                TestPoints.BUSINESS_REGISTRATION,
                                                TestIds.person(person).value())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asString();
    }

    private void submittedSingle(String key, String ticketId) throws Exception {
        String caseId = UUID.randomUUID().toString();
        send(
                key,
                new ApplicationSubmitted(
                        caseId,
                        "AP-20261201-0199",
                        TestPoints.BUSINESS_REGISTRATION,
                        1,
                        "market-regulation",
                        Channel.WINDOW,
                        "PERSON",
                        "440113********1235",
                        null,
                        "linked-front-it",
                        Instant.now(),
                        null,
                        HALL,
                        4,
                        "1",
                        true,
                        ticketId));
    }

    /** One department's case of the linked filing, received at the comprehensive window; the record sent. */
    private String submitted(String caseId, String caseNumber, String matterCode, String department, String ticketId)
            throws Exception {
        return send(
                caseId,
                new ApplicationSubmitted(
                        caseId,
                        caseNumber,
                        matterCode,
                        1,
                        department,
                        Channel.WINDOW,
                        "PERSON",
                        "440113********1235",
                        null,
                        "linked-front-it",
                        Instant.now(),
                        null,
                        HALL,
                        4,
                        "1",
                        true,
                        ticketId,
                        LINKED_NUMBER));
    }

    private String send(String key, ApplicationSubmitted event) throws Exception {
        String record = codec.write(EventEnvelope.wrap("/onewindow/approval-service", event, Instant.now()));
        kafka.send(Topics.APPROVAL, key, record).get();
        return record;
    }
}
