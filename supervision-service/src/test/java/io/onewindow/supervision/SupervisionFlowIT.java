package io.onewindow.supervision;

import static io.onewindow.supervision.CaseStory.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseState;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.FeedbackDeadlines;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.rules.CaseInspection;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The story end to end through the real Kafka topics: the other services' events (with a duplicate,
 * a license ahead of its case, partner and booking signals) become timelines, cards and alerts; a
 * case nobody touches turns red on the sweep; alerts go out on the supervision topic through the
 * outbox; and a rebuild from the topics gives the same alerts, cards and statistics.
 */
@SupervisionIntegrationTest
class SupervisionFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    private EventFeed feed;

    @BeforeEach
    void startOnMonday() {
        clock.set(SupervisionIntegrationTest.START);
        feed = new EventFeed(kafka, codec);
    }

    @Test
    void watchesCasesBookingsAndLicensesFromTheTopicsAndRebuildsTheSameAfterAReplay() throws Exception {
        // A license overtakes its case: supervision keeps a placeholder until the case arrives.
        CaseStory late = CaseStory.of("f-late")
                .submitted("2026-03-02T08:00")
                .accepted("2026-03-02T08:30", "2026-03-16", "2026-03-30", "officer1")
                .approved("2026-03-02T08:45");
        feed.send(
                Topics.LICENSE,
                EventFeed.envelope(
                        CaseStory.LICENSE_SOURCE,
                        CaseStory.licenseIssued("lic-late", "f-late", "2026-03-02T08:50"),
                        at("2026-03-02T08:50")));
        await().atMost(PATIENCE).until(() -> cases.findIfKnown("f-late").isPresent());
        assertThat(cases.find("f-late").state()).isEqualTo(CaseState.UNKNOWN);
        feed.sendAll(Topics.APPROVAL, late.events());

        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("f-overdue")
                        .submitted("2026-03-02T08:00")
                        .acceptedOnMarch2()
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("f-admin")
                        .submitted("2026-03-02T08:00")
                        .accepted("2026-03-02T08:30", "2026-03-16", "2026-03-30", "deptadmin1")
                        .events());
        CaseStory twice = CaseStory.of("f-twice")
                .submitted("2026-03-02T08:00")
                .correction(1, "2026-03-02T08:10", null)
                .correction(2, "2026-03-02T08:20", null);
        feed.sendAll(Topics.APPROVAL, twice.events());
        feed.send(Topics.APPROVAL, twice.events().get(2)); // the same event delivered again
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("f-refused")
                        .submitted("2026-03-02T08:00")
                        .notAccepted("2026-03-02T08:30", "outside our remit", "")
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of("f-partner")
                        .milestone(PartnerMilestone.RECEIVED, "2026-03-02T08:00", "2026-03-02T08:01")
                        .milestone(PartnerMilestone.COMPLETED, "2026-03-02T08:30", "2026-03-02T08:31")
                        .events());
        feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE,
                        EventFeed.matterVersion(
                                "MR-FLOW",
                                1,
                                List.of(new MatterVersionPublished.Step("review", "Review", "approver", 3)),
                                10,
                                at("2026-01-05T09:00")),
                        at("2026-01-05T09:00")));
        feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE,
                        EventFeed.matterVersion(
                                "MR-FLOW",
                                2,
                                List.of(
                                        new MatterVersionPublished.Step("review", "Review", "approver", 3),
                                        new MatterVersionPublished.Step("site-visit", "Site visit", "approver", 5)),
                                10,
                                at("2026-02-05T09:00")),
                        at("2026-02-05T09:00")));
        feed.send(
                Topics.LICENSE,
                EventFeed.envelope(
                        CaseStory.LICENSE_SOURCE,
                        CaseStory.licenseIssued("lic-nocase", null, "2026-03-02T08:40"),
                        at("2026-03-02T08:40")));
        feed.send(
                Topics.LICENSE,
                EventFeed.envelope(
                        CaseStory.LICENSE_SOURCE,
                        CaseStory.licenseIssued("lic-orphan", "f-orphan", "2026-03-02T08:40"),
                        at("2026-03-02T08:40")));
        feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE,
                        new PartnerReportRefused(
                                "tax",
                                "TAX-77",
                                "TX-001",
                                PartnerMilestone.ACCEPTED,
                                "partner.back-dated",
                                at("2026-02-02T09:00"),
                                at("2026-03-02T08:45"),
                                "partner-tax"),
                        at("2026-03-02T08:45")));
        for (int i = 1; i <= 4; i++) {
            feed.send(
                    Topics.APPOINTMENT,
                    EventFeed.envelope(
                            "/onewindow/appointment-service",
                            EventFeed.booked("bk-flow-" + i, "person-" + i, "dev-flow", at("2026-03-04T09:00")),
                            at("2026-03-02T08:0" + i)));
        }
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        "/onewindow/appointment-service",
                        new CheckInRefused(
                                "bk-flow-1",
                                "sp-shiqiao",
                                "MR-001",
                                "person-1",
                                "person-9",
                                "u-officer1",
                                "officer1",
                                "market-regulation"),
                        at("2026-03-04T09:05")));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(alertIds())
                        .contains(
                                "correction.repeated:CASE:f-twice",
                                "refusal.without-basis:CASE:f-refused",
                                "off-system.completion-without-acceptance:CASE:f-partner",
                                "off-system.license-without-case:LICENSE:lic-nocase",
                                "catalog.raised-threshold:MATTER:MR-FLOW:2",
                                "booking.many-principals-device:DEVICE:dev-flow",
                                "booking.identity-mismatch:BOOKING:bk-flow-1",
                                "off-system.partner-report-refused:PARTNER_CASE:tax/TAX-77"));
        await().atMost(PATIENCE)
                .until(() -> cases.find("f-late").approvalSeen()
                        && cases.findIfKnown("f-overdue").isPresent()
                        && cases.findIfKnown("f-admin").isPresent());

        CaseTimeline twiceTimeline = cases.find("f-twice");
        assertThat(twiceTimeline.correctionNotices()).isEqualTo(2);
        assertThat(twiceTimeline.entries()).hasSize(3);
        assertThat(cases.find("f-late").licenseIds()).containsExactly("lic-late");
        assertThat(cases.find("f-overdue").card()).isEqualTo(CardColour.GREEN);
        assertThat(alertIds()).noneMatch(id -> id.startsWith("deadline."));

        // Nobody touches f-overdue for two weeks: the sweep turns it red.
        clock.set(at("2026-03-17T09:00"));
        inspection.sweep();
        ratings.giveDefaultRatings();
        deadlines.raiseLateAlerts();

        assertThat(cases.find("f-overdue").card()).isEqualTo(CardColour.RED);
        assertThat(alertIds())
                .contains(
                        "deadline.overdue-promised:CASE:f-overdue",
                        "deadline.overdue-promised:CASE:f-admin",
                        "off-system.license-without-approval:CASE:f-orphan")
                .doesNotContain("off-system.license-without-approval:CASE:f-late");

        mvc.perform(get("/api/supervision/inspections/cases/f-overdue").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.card").value("RED"))
                .andExpect(jsonPath("$.workingDaysLeft").value(-1))
                .andExpect(jsonPath("$.timeline.length()").value(2))
                .andExpect(jsonPath("$.alertIds[0]").value("deadline.overdue-promised:CASE:f-overdue"));
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("rule", "1")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'deadline.overdue-promised:CASE:f-overdue')].evidence.length()")
                        .value(1));
        // deptadmin1 sees the alert about officer1's case, never the one about their own.
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'deadline.overdue-promised:CASE:f-overdue')]")
                        .exists())
                .andExpect(jsonPath("$[?(@.id == 'deadline.overdue-promised:CASE:f-admin')]")
                        .doesNotExist());

        // Scalping alerts raised from appointment events carry the booked matter's department.
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("department", "market-regulation")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'booking.identity-mismatch:BOOKING:bk-flow-1')].department")
                        .value("market-regulation"))
                .andExpect(jsonPath("$[?(@.id == 'booking.many-principals-device:DEVICE:dev-flow')]")
                        .exists());
        mvc.perform(get("/api/supervision/inspections/alerts")
                        .param("size", "100")
                        .param("department", "tax")
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'booking.identity-mismatch:BOOKING:bk-flow-1')]")
                        .doesNotExist());
        mvc.perform(get("/api/supervision/department/alerts")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'booking.identity-mismatch:BOOKING:bk-flow-1')]")
                        .exists());

        mvc.perform(post("/api/supervision/inspections/alerts/deadline.overdue-promised:CASE:f-overdue/status")
                        .with(Callers.inspector1())
                        .contentType("application/json")
                        .content("{\"status\":\"ACKNOWLEDGED\",\"note\":\"asked the department\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));

        // Alerts and card changes leave through the outbox onto the supervision topic.
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(supervisionEvents())
                        .contains(
                                "onewindow.supervision.AlertRaised.v1@deadline.overdue-promised:CASE:f-overdue",
                                "onewindow.supervision.AlertStatusChanged.v1@deadline.overdue-promised:CASE:f-overdue",
                                "onewindow.supervision.CaseCardChanged.v1@f-overdue"));

        mvc.perform(get("/api/supervision/public/statistics"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.cases[?(@.department == 'market-regulation' && @.matterCode == 'MR-001')].received")
                                .exists());

        // Replay: drop the projections and the alerts, rebuild from the topics, get the same answers.
        Map<String, String> alertsBefore = alertFacts();
        Map<String, CardColour> cardsBefore = cards();
        String statisticsBefore = statistics();
        mongo.dropCollection("alerts");

        mvc.perform(post("/api/supervision/admin/projections/rebuild").with(Callers.admin1()))
                .andExpect(status().isOk());

        assertThat(alertFacts()).isEqualTo(alertsBefore);
        assertThat(cards()).isEqualTo(cardsBefore);
        assertThat(statistics()).isEqualTo(statisticsBefore);
        assertThat(cases.find("f-twice").entries()).hasSize(3);
    }

    private List<String> alertIds() {
        return alerts.search(null, null, null).stream().map(Alert::id).toList();
    }

    /** What rules derived (not what inspectors did with it), per alert. */
    private Map<String, String> alertFacts() {
        return alerts.search(null, null, null).stream()
                .collect(Collectors.toMap(
                        Alert::id,
                        a -> String.join(
                                "|",
                                a.ruleCode(),
                                a.subjectType(),
                                a.subjectId(),
                                String.valueOf(a.department()),
                                a.severity().name(),
                                String.valueOf(a.caseId()),
                                String.join(",", a.evidence()),
                                String.join(",", a.involved()),
                                a.raisedAt().toString(),
                                a.summary()),
                        (x, y) -> x,
                        TreeMap::new));
    }

    private Map<String, CardColour> cards() {
        return cases.all().stream()
                .collect(Collectors.toMap(CaseTimeline::id, CaseTimeline::card, (x, y) -> x, TreeMap::new));
    }

    private String statistics() throws Exception {
        return mvc.perform(get("/api/supervision/public/statistics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> supervisionEvents() {
        List<ConsumerRecord<String, String>> records =
                TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION);
        return records.stream()
                .map(r -> Optional.ofNullable(r.value()).map(codec::readHeaders).orElse(null))
                .filter(h -> h != null)
                .map(h -> h.type() + "@" + h.subject())
                .toList();
    }
}
