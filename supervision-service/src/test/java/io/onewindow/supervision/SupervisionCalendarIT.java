package io.onewindow.supervision;

import static io.onewindow.supervision.CaseStory.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.calendar.spring.CalendarYearStore;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import io.onewindow.platform.events.supervision.CaseCardChanged;
import io.onewindow.platform.events.supervision.DeadlineRecomputed;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.rules.CaseInspection;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import io.onewindow.supervision.support.TestYear2027;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The turn of the year through the real topics: in late December 2026 a case is accepted with
 * due dates in provisional 2027 and citizen1 complains about it and gives another case a bad
 * rating, both due in provisional 2027; on Monday 2027-01-04 the case is yellow on the provisional
 * count. Then the approval topic carries {@code CalendarYearPublished} for 2027 (made-up test data,
 * {@link TestYear2027}: 01-01 and 01-04 off, Saturday 01-09 worked) and the case's
 * {@code CaseDeadlinesRecomputed}: the complaint and rectification deadlines move (events on the
 * supervision topic), the case takes its new due dates onto its timeline, its card turns green,
 * and nothing is provisional any more; the same events delivered again change nothing.
 */
@SupervisionIntegrationTest
class SupervisionCalendarIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String APPROVAL_GROUP = "supervision-approval";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    CaseSupervision cases;

    @Autowired
    Ratings ratings;

    @Autowired
    FeedbackDeadlines deadlines;

    @Autowired
    Complaints complaints;

    @Autowired
    CaseInspection inspection;

    @Autowired
    AlertBook alerts;

    @Autowired
    CalendarYearStore calendarYears;

    private EventFeed feed;

    @BeforeEach
    void feed() {
        feed = new EventFeed(kafka, codec);
    }

    @Test
    void anOfficialYearMovesTheDeadlinesThatRestedOnItOnceAndTheCardFollows() throws Exception {
        Set<String> alertsBefore = alertIds();
        try {
            turnOfTheYear();
        } finally {
            // This story runs in January 2027 on the context all ITs share: the alerts its sweep
            // raises (on its case and on the other ITs' cases, by then long overdue) could not be
            // derived again by SupervisionFlowIT's rebuild on its March 2026 clock. Leave the
            // alerts as the other ITs expect them.
            mongo.remove(Query.query(Criteria.where("_id").nin(alertsBefore)), "alerts");
            clock.set(SupervisionIntegrationTest.START);
        }
    }

    private void turnOfTheYear() throws Exception {
        // Monday 2026-12-21: accepted, 10 working days promised (provisionally 2027-01-05) and 20
        // statutory (2027-01-19); a second case of citizen1's is completed the next day.
        clock.set(at("2026-12-21T09:00"));
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("cal-open")
                        .submitted("2026-12-21T09:00")
                        .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1")
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("cal-done")
                        .submitted("2026-12-21T09:00")
                        .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1")
                        .completed("2026-12-22T15:00", "2026-12-21T10:00", "2027-01-05", 1)
                        .events());
        await().atMost(PATIENCE)
                .until(() -> cases.findIfKnown("cal-open")
                                .map(CaseTimeline::acceptedAt)
                                .isPresent()
                        && cases.findIfKnown("cal-done")
                                .map(CaseTimeline::completedAt)
                                .isPresent());

        // Monday 2026-12-28: a complaint (5 working days) and a bad rating (rectification in 5).
        clock.set(at("2026-12-28T10:00"));
        String complaintId = JsonPath.read(
                mvc.perform(post("/api/supervision/complaints")
                                .with(Callers.citizen1())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"targetType\":\"CASE\",\"targetId\":\"cal-open\",\"text\":\"no news\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.dueOn").value("2027-01-05"))
                        .andExpect(jsonPath("$.dueProvisional").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/supervision/ratings")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetType\":\"CASE\",\"targetId\":\"cal-done\",\"level\":5,\"channel\":\"PC\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rectificationDueOn").value("2027-01-05"))
                .andExpect(jsonPath("$.rectificationDueProvisional").value(true));
        mvc.perform(get("/api/supervision/inspections/cases/cal-open").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.promisedDueDate").value("2027-01-05"))
                .andExpect(jsonPath("$.promisedDueProvisional").value(true))
                .andExpect(jsonPath("$.statutoryDueProvisional").value(true))
                .andExpect(jsonPath("$.clockProvisional").value(true))
                .andExpect(jsonPath("$.workingDaysUsed").value(5));

        // Monday 2027-01-04 on the provisional count: 9 of 10 working days used, yellow.
        clock.set(at("2027-01-04T09:00"));
        inspection.sweep();
        assertThat(cases.find("cal-open").card()).isEqualTo(CardColour.YELLOW);

        // The official 2027 is published, then the case's deadlines counted again on it (the
        // order approval-service publishes them in).
        String yearJson = feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE,
                        TestYear2027.published(at("2027-01-04T11:00")),
                        at("2027-01-04T11:00")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(calendarYears.awaitingRecomputation()).isEmpty();
            assertThat(calendarYears.find(2027)).isPresent();
            assertThat(complaint(complaintId).dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(rating("CASE:cal-done").rectificationDueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(cases.find("cal-open").card()).isEqualTo(CardColour.GREEN);
        });
        EventEnvelope<DomainEvent> recomputed = CaseStory.of("cal-open")
                .deadlinesRecomputed(
                        "2027-01-04T11:05", 2027, "promised:2027-01-05:2027-01-06", "statutory:2027-01-19:2027-01-19")
                .events()
                .get(0);
        String recomputedJson = feed.send(Topics.APPROVAL, recomputed);
        await().atMost(PATIENCE)
                .until(() ->
                        cases.find("cal-open").deadlines().promisedDueDate().equals(LocalDate.of(2027, 1, 6)));

        // The case: new dates, nothing provisional, the change on its timeline, green.
        mvc.perform(get("/api/supervision/inspections/cases/cal-open").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.card").value("GREEN"))
                .andExpect(jsonPath("$.promisedDueDate").value("2027-01-06"))
                .andExpect(jsonPath("$.promisedDueProvisional").value(false))
                .andExpect(jsonPath("$.statutoryDueDate").value("2027-01-19"))
                .andExpect(jsonPath("$.statutoryDueProvisional").value(false))
                .andExpect(jsonPath("$.clockProvisional").value(false))
                .andExpect(jsonPath("$.workingDaysUsed").value(8))
                .andExpect(jsonPath("$.workingDaysLeft").value(2))
                .andExpect(jsonPath("$.timeline[2].type").value("CaseDeadlinesRecomputed"))
                .andExpect(jsonPath("$.timeline[2].note")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("promised 2027-01-05 → 2027-01-06"),
                                org.hamcrest.Matchers.containsString(TestYear2027.REASON))))
                .andExpect(jsonPath("$.deadlineChanges[?(@.deadline == 'promised')].previous")
                        .value("2027-01-05"))
                .andExpect(jsonPath("$.deadlineChanges[?(@.deadline == 'promised')].current")
                        .value("2027-01-06"))
                .andExpect(jsonPath("$.deadlineChanges[?(@.deadline == 'complaint-answer')].subjectId")
                        .value(complaintId));
        // The complainant and the rater see the new deadlines, no longer provisional, and why.
        mvc.perform(get("/api/supervision/complaints/mine").param("size", "100").with(Callers.citizen1()))
                .andExpect(jsonPath("$[?(@.id == '" + complaintId + "')].dueOn").value("2027-01-06"))
                .andExpect(jsonPath("$[?(@.id == '" + complaintId + "')].dueProvisional")
                        .value(false))
                .andExpect(jsonPath("$[?(@.id == '" + complaintId + "')].dueChanges[0].previous")
                        .value("2027-01-05"))
                .andExpect(jsonPath("$[?(@.id == '" + complaintId + "')].dueChanges[0].reason")
                        .value(TestYear2027.REASON));
        mvc.perform(get("/api/supervision/ratings/mine").param("size", "100").with(Callers.citizen1()))
                .andExpect(jsonPath("$[?(@.id == 'CASE:cal-done')].rectificationDueOn")
                        .value("2027-01-06"))
                .andExpect(jsonPath("$[?(@.id == 'CASE:cal-done')].rectificationDueProvisional")
                        .value(false));

        // On the supervision topic: each moved deadline once, and the card green on the new date.
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<DeadlineRecomputed> moved = supervisionEvents(DeadlineRecomputed.class);
            assertThat(moved)
                    .filteredOn(e -> e.subjectId().equals(complaintId))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.deadline()).isEqualTo(DeadlineRecomputed.COMPLAINT_ANSWER);
                        assertThat(e.caseId()).isEqualTo("cal-open");
                        assertThat(e.previous()).isEqualTo(LocalDate.of(2027, 1, 5));
                        assertThat(e.current()).isEqualTo(LocalDate.of(2027, 1, 6));
                        assertThat(e.provisional()).isFalse();
                        assertThat(e.reason()).isEqualTo(TestYear2027.REASON);
                        assertThat(e.calendarYear()).isEqualTo(2027);
                    });
            assertThat(moved)
                    .filteredOn(e -> e.subjectId().equals("rectification:CASE:cal-done"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.current()).isEqualTo(LocalDate.of(2027, 1, 6)));
            List<CaseCardChanged> cards = supervisionEvents(CaseCardChanged.class).stream()
                    .filter(e -> e.caseId().equals("cal-open"))
                    .toList();
            assertThat(cards)
                    .extracting(CaseCardChanged::from, CaseCardChanged::to)
                    .containsSubsequence(
                            org.assertj.core.groups.Tuple.tuple("GREEN", "YELLOW"),
                            org.assertj.core.groups.Tuple.tuple("YELLOW", "GREEN"));
            assertThat(cards.get(0).promisedDueProvisional()).isTrue();
            CaseCardChanged last = cards.get(cards.size() - 1);
            assertThat(last.to()).isEqualTo("GREEN");
            assertThat(last.promisedDueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(last.promisedDueProvisional()).isFalse();
        });
        assertThat(outboxOf("complaints", complaintId)).isEmpty();

        // Delivered again (the same events), and the year published once more under a new event
        // id: nothing changes, nothing more is announced.
        String before = snapshot(complaintId);
        int supervisionRecords = supervisionRecords().size();
        feed.sendRaw(Topics.APPROVAL, CalendarYearPublished.aggregateIdOf(2027), yearJson);
        feed.sendRaw(Topics.APPROVAL, "cal-open", recomputedJson);
        feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE,
                        TestYear2027.published(at("2027-01-04T11:00")),
                        at("2027-01-04T11:30")));
        awaitApprovalConsumerCaughtUp();

        assertThat(snapshot(complaintId)).isEqualTo(before);
        assertThat(outboxOf("complaints", complaintId)).isEmpty();
        assertThat(outboxOf("ratings", "CASE:cal-done")).isEmpty();
        assertThat(outboxOf("case_timelines", "cal-open")).isEmpty();
        assertThat(supervisionRecords().size()).isEqualTo(supervisionRecords);
    }

    private Complaint complaint(String id) {
        return complaints.all().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Rating rating(String id) {
        return ratings.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    // Everything the story's deadlines and card consist of, to compare before and after a redelivery.
    private String snapshot(String complaintId) {
        Complaint complaint = complaint(complaintId);
        Rating rating = rating("CASE:cal-done");
        CaseTimeline timeline = cases.find("cal-open");
        return String.join(
                "|",
                complaint.dueOn() + "/" + complaint.dueProvisional() + "/" + complaint.dueChanges(),
                rating.rectificationDueOn() + "/" + rating.rectificationDueProvisional() + "/"
                        + rating.rectificationDueChanges(),
                timeline.deadlines().promisedDueDate() + "/"
                        + timeline.deadlines().statutoryDueDate() + "/" + timeline.card(),
                timeline.entries().toString(),
                timeline.deadlines().moves().toString(),
                calendarYears.all().toString());
    }

    private List<?> outboxOf(String collection, String id) {
        Document doc = mongo.findById(id, Document.class, collection);
        assertThat(doc).as(collection + "/" + id).isNotNull();
        List<?> outbox = doc.getList("outbox", Object.class);
        return outbox == null ? List.of() : outbox;
    }

    private Set<String> alertIds() {
        return alerts.search(null, null, null).stream().map(Alert::id).collect(Collectors.toSet());
    }

    private List<ConsumerRecord<String, String>> supervisionRecords() {
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION);
    }

    private <T> List<T> supervisionEvents(Class<T> type) {
        String wireType =
                type.getAnnotation(io.onewindow.platform.events.EventType.class).value();
        return supervisionRecords().stream()
                .filter(r -> r.value() != null)
                .filter(r -> codec.readHeaders(r.value()).type().equals(wireType))
                .map(r -> codec.read(r.value(), type).data())
                .toList();
    }

    /** Waits until supervision's approval consumer has committed every record on the topic. */
    private void awaitApprovalConsumerCaughtUp() {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APPROVAL_GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, OffsetSpec> latest = admin
                        .describeTopics(List.of(Topics.APPROVAL))
                        .allTopicNames()
                        .get()
                        .get(Topics.APPROVAL)
                        .partitions()
                        .stream()
                        .collect(Collectors.toMap(
                                p -> new TopicPartition(Topics.APPROVAL, p.partition()), p -> OffsetSpec.latest()));
                return admin.listOffsets(latest).all().get().entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0
                                || (committed.get(end.getKey()) != null
                                        && committed.get(end.getKey()).offset()
                                                >= end.getValue().offset()));
            });
        }
    }
}
