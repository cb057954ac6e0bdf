package io.onewindow.appointment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestCalendars;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.spring.CalendarYearStore;
import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import io.onewindow.platform.calendar.spring.OfficialYearAdoption;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.OneWindowIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The service on a clock in late December 2026, before the official 2027 arrangement exists:
 * January 2027 is offered and booked provisionally; then approval-service's
 * {@code CalendarYearPublished} for 2027 arrives on the real approval topic (a MADE-UP, test-only
 * arrangement, see {@link TestCalendars}: a bridging day off on Monday 2027-01-04, Saturday
 * 2027-01-09 worked) and the service cancels the booking on the new day off with the reason,
 * offers slots on the Saturday, and counts 2027 officially. Delivering the event again, or
 * running the recomputation again as after a crash, changes nothing.
 *
 * <p>A context of its own (its own database, the approval consumer on), so the official 2027 does
 * not reach the other stories; their contexts leave the approval topic alone.
 */
@OneWindowIntegrationTest
@AutoConfigureMockMvc
@Import(AppointmentClockConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_calendar_it",
            "onewindow.demo-data.enabled=false",
            "onewindow.scheduling.enabled=false",
            "onewindow.appointment.consume-approvals=true",
            // The catalog listener runs in the shared context only (its consumer group is one per service).
            "onewindow.appointment.consume-catalog=false",
            "onewindow.appointment.consume-visit-cases=false"
        })
class OfficialCalendarIT {

    /** Monday 2026-12-28 09:00 in Guangzhou. */
    static final LocalDateTime LATE_DECEMBER = LocalDateTime.of(2026, 12, 28, 9, 0);

    static final String HALL = "calendar-hall";
    static final String OTHER_HALL = "calendar-hall-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    BookingStore bookings;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    OfficialYearAdoption adoption;

    @Autowired
    List<DeadlineRecomputer> recomputers;

    @Autowired
    MongoTemplate mongo;

    static RequestPostProcessor person(int n) {
        ResidentIdNumber id = TestIds.person(n);
        return Callers.as(new Caller(
                "u-" + id.value(),
                "p" + id.value(),
                Set.of(Roles.CITIZEN),
                null,
                id.value(),
                null,
                "onewindow-portal"));
    }

    String book(int person, String start, boolean provisional) throws Exception {
        String body = """
                {"servicePointId":"%s","matterCode":"%s","start":"%s"}""".formatted(HALL, TestPoints.BUSINESS_REGISTRATION, start);
        String answer = mvc.perform(post("/api/appointments")
                        .with(person(person))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provisional").value(provisional))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    List<Map<String, Object>> slots(String hall, LocalDate from, LocalDate to) throws Exception {
        String answer = mvc.perform(get("/api/appointments/public/service-points/" + hall + "/slots")
                        .param("matter", TestPoints.BUSINESS_REGISTRATION)
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$");
    }

    static List<Map<String, Object>> on(List<Map<String, Object>> slots, LocalDate day) {
        return slots.stream()
                .filter(s -> ((String) s.get("start")).startsWith(day.toString()))
                .toList();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(200);
        }
    }

    String publish(CalendarYearPublished year) throws Exception {
        String json = codec.write(EventEnvelope.wrap("/onewindow/approval-service", year, Instant.now()));
        kafka.send(Topics.APPROVAL, year.aggregateId(), json).get();
        return json;
    }

    @Test
    void anOfficialYearCancelsBookingsOnItsNewDaysOffOpensItsMakeUpDaysAndEndsTheProvisionalMarks() throws Exception {
        clock.set(LATE_DECEMBER);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 5));
        points.upsert(TestPoints.hallWithPlacesPerSlot(OTHER_HALL, 5));
        assertThat(calendar.isProvisional(TestCalendars.BRIDGING_DAY_OFF)).isTrue();

        // Before: January 2027 is offered from the holiday law, marked provisional.
        List<Map<String, Object>> before = slots(HALL, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11));
        assertThat(on(before, LocalDate.of(2026, 12, 31)))
                .hasSize(19)
                .allSatisfy(s -> assertThat(s).containsEntry("provisional", false));
        assertThat(on(before, TestCalendars.BRIDGING_DAY_OFF))
                .hasSize(19)
                .allSatisfy(
                        s -> assertThat(s).containsEntry("provisional", true).containsEntry("state", "OPEN"));
        assertThat(on(before, LocalDate.of(2027, 1, 1))).as("New Year's Day").isEmpty();
        assertThat(on(before, TestCalendars.MAKE_UP_SATURDAY)).isEmpty();
        assertThat(on(before, LocalDate.of(2027, 1, 6)))
                .allSatisfy(s -> assertThat(s).containsEntry("state", "NOT_YET_RELEASED"));

        String onNewDayOff = book(9001, TestCalendars.BRIDGING_DAY_OFF + "T09:00:00", true);
        String onWorkingDay = book(9002, "2027-01-05T09:00:00", true);

        try (EventTap events = new EventTap()) {
            events.await(r -> onNewDayOff.equals(r.key())
                    && r.value().contains("onewindow.appointment.Booked.v1")
                    && r.value().contains("\"slotProvisional\":true"));

            CalendarYearPublished official = TestCalendars.madeUp2027Published(Instant.now());
            String delivered = publish(official);

            await(
                    "the booking on the new day off cancelled",
                    () -> bookings.find(onNewDayOff).orElseThrow().status() == BookingStatus.CANCELLED);
            ConsumerRecord<String, String> cancelled = events.await(
                    r -> onNewDayOff.equals(r.key()) && r.value().contains("onewindow.appointment.Cancelled.v1"));
            assertThat(cancelled.value())
                    .contains("\"reason\":\"SCHEDULE_CHANGED\"")
                    .contains("official calendar 2027 published (" + TestCalendars.TEST_NOTICE
                            + "): 2027-01-04 is a day off (New Year)")
                    .contains("\"cancelledBySubject\":\"system\"");
            for (String hall : List.of(HALL, OTHER_HALL)) {
                ConsumerRecord<String, String> closed = events.await(
                        r -> hall.equals(r.key()) && r.value().contains("onewindow.appointment.ScheduleChanged.v1"));
                assertThat(closed.value())
                        .contains("\"change\":\"DAY_CLOSED\"")
                        .contains("\"closedDays\":[\"2027-01-04\"]");
                assertThat(points.require(hall).closedDays()).containsExactly(TestCalendars.BRIDGING_DAY_OFF);
            }
            assertThat(bookings.find(onWorkingDay).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(calendar.isOfficial(Year.of(2027))).isTrue();

            // After: no slot on the new day off, the make-up Saturday under weekday hours, nothing provisional.
            List<Map<String, Object>> after = slots(HALL, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11));
            assertThat(on(after, TestCalendars.BRIDGING_DAY_OFF)).isEmpty();
            assertThat(on(after, TestCalendars.MAKE_UP_SATURDAY))
                    .hasSize(19)
                    .first()
                    .satisfies(s -> assertThat(s).containsEntry("start", "2027-01-09T09:00:00+08:00"));
            assertThat(after).allSatisfy(s -> assertThat(s).containsEntry("provisional", false));
            mvc.perform(get("/api/appointments/" + onWorkingDay).with(person(9002)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("BOOKED"))
                    .andExpect(jsonPath("$.provisional").value(false));
            mvc.perform(get("/api/appointments/" + onNewDayOff).with(person(9001)))
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.cancelReason").value("SCHEDULE_CHANGED"));
            // The person whose booking went got the limits back and books another day at once.
            book(9001, "2027-01-05T09:20:00", false);

            // Delivered again (same event), re-published (new event id), recomputed again after a "crash".
            int eventsBefore = events.keyed(onNewDayOff, Duration.ofSeconds(1)).size();
            kafka.send(Topics.APPROVAL, official.aggregateId(), delivered).get();
            EventEnvelope<CalendarYearPublished> again =
                    EventEnvelope.wrap("/onewindow/approval-service", official, Instant.now());
            kafka.send(Topics.APPROVAL, official.aggregateId(), codec.write(again))
                    .get();
            await("the re-published year consumed", () -> consumer.isProcessed(ApprovalEvents.CONSUMER, again.id()));
            mongo.getCollection(CalendarYearStore.COLLECTION)
                    .updateOne(new Document("_id", 2027), new Document("$set", new Document("recomputed", false)));
            adoption.recomputeWaiting();
            recomputers.forEach(r -> r.recompute(new DeadlineRecomputer.CalendarChange(
                    Year.of(2027), calendar.asIfProvisional(Year.of(2027)), calendar, "official calendar 2027 again")));

            assertThat(events.keyed(onNewDayOff, Duration.ofSeconds(3)))
                    .as("no second cancellation")
                    .hasSize(eventsBefore);
            for (String hall : List.of(HALL, OTHER_HALL)) {
                assertThat(events.keyed(hall, Duration.ZERO))
                        .filteredOn(r -> r.value().contains("ScheduleChanged"))
                        .as("one closure announced at " + hall)
                        .hasSize(1);
                assertThat(points.require(hall).closedDays()).containsExactly(TestCalendars.BRIDGING_DAY_OFF);
            }
            assertThat(bookings.find(onWorkingDay).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(mongo.getCollection(CalendarYearStore.COLLECTION).countDocuments())
                    .isEqualTo(1);
            assertThat(slots(HALL, TestCalendars.MAKE_UP_SATURDAY, TestCalendars.MAKE_UP_SATURDAY))
                    .hasSize(19);
        }
    }
}
