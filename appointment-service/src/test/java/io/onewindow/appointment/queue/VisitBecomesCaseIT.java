package io.onewindow.appointment.queue;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.Staff;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A visit becomes a case at approval-service: its queue ticket shows the case. */
@AppointmentIntegrationTest
class VisitBecomesCaseIT {

    static final String HALL = "visit-case-hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    ObjectMapper json;

    @Test
    void theTicketShowsTheCaseItsVisitBecameAndOnlyItsPointsOfficersSeeIt() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 5));
        Staff.post(mvc, "officer1", "market-regulation", HALL, "2");
        String ticketId = walkInTicket();

        mvc.perform(get("/api/appointments/tickets/" + ticketId).with(Callers.officer1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").doesNotExist());

        String caseId = UUID.randomUUID().toString();
        submitted(caseId, "AP-20261201-0001", ticketId);
        // A second case naming the same ticket (approval never makes one: a redelivery) changes nothing.
        submitted(UUID.randomUUID().toString(), "AP-20261201-0002", ticketId);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/appointments/tickets/" + ticketId).with(Callers.officer1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.caseId").value(caseId))
                        .andExpect(jsonPath("$.caseNumber").value("AP-20261201-0001")));

        // Officers not posted at the point, and citizens, do not see the ticket.
        mvc.perform(get("/api/appointments/tickets/" + ticketId)
                        .with(Callers.staff("officer9", Roles.WINDOW_OFFICER, "market-regulation")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        mvc.perform(get("/api/appointments/tickets/" + ticketId).with(Callers.citizen1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/appointments/tickets/" + UUID.randomUUID()).with(Callers.officer1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appointments/tickets/{id}", "{\"$gt\":\"\"}").with(Callers.officer1()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOfficerAtAComprehensiveWindowIssuesCallsAndFinishesTicketsOfEveryDepartmentOfferedThere() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        String hall = HALL + "-comprehensive";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 5));
        // Staff of this test only: the demo officers' posts are the demo data's (AppointmentServiceIT).
        Staff.post(mvc, "front-officer-it", "district-admin-service", hall, "1");
        Staff.post(mvc, "tax-officer-it", "tax", hall, "5");
        var front = Callers.staff("front-officer-it", Roles.WINDOW_OFFICER, "district-admin-service");
        var taxWindow = Callers.staff("tax-officer-it", Roles.WINDOW_OFFICER, "tax");
        String walkIn = """
                {"servicePointId":"%s","matterCode":"%s","idNumber":"%s","priority":false}""";

        String ticket = json.readTree(mvc.perform(post("/api/appointments/tickets")
                                .with(front)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(walkIn.formatted(
                                        hall,
                                        TestPoints.BUSINESS_REGISTRATION,
                                        TestIds.person(7102).value())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asString();
        // A department window of another department neither issues nor calls market regulation's line.
        mvc.perform(post("/api/appointments/tickets")
                        .with(taxWindow)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(walkIn.formatted(
                                hall,
                                TestPoints.BUSINESS_REGISTRATION,
                                TestIds.person(7103).value())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appointments/service-points/" + hall + "/lines/B/call")
                        .with(taxWindow)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"window\":\"5\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-your-line"));

        mvc.perform(post("/api/appointments/service-points/" + hall + "/lines/B/call")
                        .with(front)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"window\":\"1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ticket))
                .andExpect(jsonPath("$.window").value("1"));
        mvc.perform(post("/api/appointments/tickets/" + ticket + "/finish")
                        .with(taxWindow)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"absent\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appointments/tickets/" + ticket + "/finish")
                        .with(front)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"absent\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SERVED"));
    }

    private String walkInTicket() throws Exception {
        String answer = mvc.perform(post("/api/appointments/tickets")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"servicePointId":"%s","matterCode":"%s","idNumber":"%s","priority":false}""".formatted(
                                        HALL,
                                        TestPoints.BUSINESS_REGISTRATION,
                                        TestIds.person(7101).value())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).path("id").asString();
    }

    private void submitted(String caseId, String caseNumber, String ticketId) throws Exception {
        ApplicationSubmitted event = new ApplicationSubmitted(
                caseId,
                caseNumber,
                TestPoints.BUSINESS_REGISTRATION,
                1,
                "market-regulation",
                Channel.WINDOW,
                "PERSON",
                "440113********1235",
                null,
                "officer1",
                Instant.now(),
                null,
                HALL,
                4,
                "2",
                false,
                ticketId);
        kafka.send(
                        Topics.APPROVAL,
                        caseId,
                        codec.write(EventEnvelope.wrap("/onewindow/approval-service", event, Instant.now())))
                .get();
    }
}
