package io.onewindow.supervision.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.Served;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case received at the hall shows the hall trail of its queue ticket on its timeline: issued,
 * called to the window, the case received, served. Ticket events come from the real appointment topic,
 * a redelivered call is shown once, and another ticket's events never appear. A partner case shows
 * the due date the partner reported.
 */
@SupervisionIntegrationTest
class TicketTrailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String APPOINTMENT_SOURCE = "/onewindow/appointment-service";

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    CaseSupervision cases;

    @Test
    void theCaseTimelineHoldsItsTicketsHallTrailInTimeOrderEachEventOnce() throws Exception {
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String caseId = "trail-" + run;
        String ticket = "ticket-" + caseId;
        String hall = "hall-trail-" + run;
        EventFeed feed = new EventFeed(kafka, codec);

        feed.send(
                Topics.APPOINTMENT,
                envelope(
                        new TicketIssued(
                                ticket,
                                hall,
                                "A017",
                                CaseStory.MATTER,
                                null,
                                false,
                                "hash",
                                "officer1",
                                CaseStory.DEPARTMENT),
                        "2026-03-02T08:50"));
        String call = feed.send(
                Topics.APPOINTMENT,
                envelope(
                        new TicketCalled(ticket, hall, "A017", "3", 600, "officer1", CaseStory.DEPARTMENT),
                        "2026-03-02T09:00"));
        feed.sendRaw(Topics.APPOINTMENT, ticket, call);
        // Another visitor's ticket at the same hall: never on this case's timeline.
        feed.send(
                Topics.APPOINTMENT,
                envelope(
                        new TicketCalled("other-" + ticket, hall, "A018", "3", 60, "officer1", CaseStory.DEPARTMENT),
                        "2026-03-02T09:02"));
        List<EventEnvelope<DomainEvent>> story = CaseStory.of(caseId)
                .receivedAtHall(hall, 2, "3", false, "officer1", "2026-03-02T09:05")
                .events();
        feed.sendAll(Topics.APPROVAL, story);
        feed.send(
                Topics.APPOINTMENT,
                envelope(
                        new Served(
                                ticket,
                                hall,
                                "A017",
                                null,
                                CaseStory.MATTER,
                                false,
                                900,
                                "officer1",
                                CaseStory.DEPARTMENT),
                        "2026-03-02T09:15"));

        String path = "/api/supervision/inspections/cases/" + caseId;
        await().atMost(PATIENCE)
                .untilAsserted(() -> mvc.perform(get(path).with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.timeline[*].type")
                                .value(contains("TicketIssued", "TicketCalled", "ApplicationSubmitted", "Served"))));
        mvc.perform(get(path).with(Callers.inspector1()))
                .andExpect(jsonPath("$.ticketId").value(ticket))
                .andExpect(jsonPath("$.timeline[1].note").value("ticket A017 called to window 3 after 10 min waiting"))
                .andExpect(jsonPath("$.timeline[1].actor").value("officer1"))
                .andExpect(jsonPath("$.timeline[3].note").value("ticket A017 served in 15 min"))
                .andExpect(jsonPath("$.partnerDueDate").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void aPartnerCaseShowsTheDueDateThePartnerReported() throws Exception {
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String caseId = "partner-due-" + run;
        EventFeed feed = new EventFeed(kafka, codec);
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(caseId)
                        .inDepartment("tax")
                        .forMatter("TAX-" + run)
                        .partnerReported(
                                PartnerMilestone.ACCEPTED,
                                "2026-03-02T09:00",
                                "2026-03-02T09:30",
                                "2026-03-16",
                                "PERSON",
                                "pseudonym-" + run)
                        .events());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(cases.findIfKnown(caseId)).isPresent());
        mvc.perform(get("/api/supervision/inspections/cases/" + caseId).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerDueDate").value("2026-03-16"));
    }

    private static EventEnvelope<DomainEvent> envelope(DomainEvent event, String at) {
        return EventFeed.envelope(APPOINTMENT_SOURCE, event, CaseStory.at(at));
    }
}
