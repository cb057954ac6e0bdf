package io.onewindow.supervision.rules;

import static io.onewindow.supervision.CaseStory.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import io.onewindow.supervision.alerts.domain.StatusChange;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseState;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.ingest.ProjectionRebuild;
import io.onewindow.supervision.rules.domain.DeadlineRule;
import io.onewindow.supervision.rules.domain.PartnerLimitRule;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Fewer false alarms and partner limits, through the real topics: a near-deadline warning closes
 * itself when its case completes in time and stays open when it completes late, a case decided on
 * the spot raises none, and the tax partner's 21 working days for a matter whose legal limit is 10
 * and promised 5 is an alert and a red card — also after a rebuild from the topics.
 */
@SupervisionIntegrationTest
class DeadlineAlarmsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    CaseSupervision cases;

    @Autowired
    CaseInspection inspection;

    @Autowired
    AlertBook alerts;

    @Autowired
    MatterCatalog catalog;

    @Autowired
    ProjectionRebuild rebuild;

    private EventFeed feed;
    private String run;
    private Set<String> alertsBefore;

    @BeforeEach
    void onMonday() {
        clock.set(SupervisionIntegrationTest.START);
        feed = new EventFeed(kafka, codec);
        run = UUID.randomUUID().toString().substring(0, 8);
        alertsBefore = alerts.search(null, null, null).stream().map(Alert::id).collect(Collectors.toSet());
    }

    @AfterEach
    void leaveTheAlertsOtherTestsDeriveAgain() {
        // SupervisionFlowIT drops every alert and rebuilds on its own March clock: a warning its
        // replay of the events alone cannot find again (the sweep's yellow card of a case long
        // completed) must not be left for it to compare.
        mongo.remove(
                Query.query(Criteria.where("_id")
                        .nin(alertsBefore)
                        .and("alert.ruleCode")
                        .is(DeadlineRule.NEAR_PROMISED)),
                "alerts");
        clock.set(SupervisionIntegrationTest.START);
    }

    private Alert alert(String code, String caseId) {
        return alerts.find(code + ":CASE:" + caseId);
    }

    private boolean exists(String code, String caseId) {
        return alerts.aboutCase(caseId).stream().anyMatch(a -> a.ruleCode().equals(code));
    }

    @Test
    void aNearDeadlineWarningClosesItselfWhenItsCaseCompletesInTimeAndStaysOpenWhenLate() {
        String inTime = "al-intime-" + run;
        String late = "al-late-" + run;
        String onTheSpot = "al-spot-" + run;
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(inTime)
                        .submitted("2026-03-02T08:00")
                        .acceptedOnMarch2()
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(late)
                        .submitted("2026-03-02T08:00")
                        .acceptedOnMarch2()
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(onTheSpot)
                        .submitted("2026-03-02T08:00")
                        .accepted("2026-03-02T08:30", "2026-03-02", "2026-03-30", "officer1")
                        .completed("2026-03-02T08:50", "2026-03-02T08:30", "2026-03-02", 0)
                        .events());
        await().atMost(PATIENCE)
                .until(() -> cases.findIfKnown(inTime)
                                .map(c -> c.state() == CaseState.ACCEPTED)
                                .orElse(false)
                        && cases.findIfKnown(late)
                                .map(c -> c.state() == CaseState.ACCEPTED)
                                .orElse(false)
                        && cases.findIfKnown(onTheSpot)
                                .map(c -> c.state() == CaseState.COMPLETED)
                                .orElse(false));

        // Friday 03-13: 9 of 10 working days used, the sweep warns about both
        clock.set(at("2026-03-13T09:00"));
        // The sweep leaves a case another writer (the outbox relay) touched meanwhile to the next
        // sweep, as the scheduled one would.
        await().atMost(PATIENCE).untilAsserted(() -> {
            inspection.sweep();
            assertThat(exists(DeadlineRule.NEAR_PROMISED, inTime)).isTrue();
            assertThat(exists(DeadlineRule.NEAR_PROMISED, late)).isTrue();
        });
        assertThat(alert(DeadlineRule.NEAR_PROMISED, inTime).status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert(DeadlineRule.NEAR_PROMISED, late).status()).isEqualTo(AlertStatus.OPEN);
        // decided on the spot: green, and nothing to warn about
        assertThat(cases.find(onTheSpot).card()).isEqualTo(CardColour.GREEN);
        assertThat(alerts.aboutCase(onTheSpot)).isEmpty();

        // completed on the promised due date: the warning closes itself
        clock.set(at("2026-03-16T16:00"));
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(inTime)
                        .completed("2026-03-16T15:00", "2026-03-02T10:00", "2026-03-16", 10)
                        .events());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                alert(DeadlineRule.NEAR_PROMISED, inTime).status())
                        .isEqualTo(AlertStatus.RESOLVED));
        Alert closed = alert(DeadlineRule.NEAR_PROMISED, inTime);
        assertThat(closed.history()).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("system");
            assertThat(change.from()).isEqualTo(AlertStatus.OPEN);
            assertThat(change.note()).contains("completed on 2026-03-16").contains("within the promised limit");
            assertThat(change.at()).isEqualTo(at("2026-03-16T15:00"));
        });
        assertThat(cases.find(inTime).card()).isEqualTo(CardColour.GREEN);

        // completed a day late: the warning stays open, and the overdue alert joins it
        clock.set(at("2026-03-17T10:00"));
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(late)
                        .completed("2026-03-17T09:00", "2026-03-02T10:00", "2026-03-16", 11)
                        .events());
        await().atMost(PATIENCE).until(() -> cases.find(late).state() == CaseState.COMPLETED);
        await().atMost(PATIENCE).until(() -> exists(DeadlineRule.OVERDUE_PROMISED, late));
        assertThat(alert(DeadlineRule.NEAR_PROMISED, late).status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert(DeadlineRule.NEAR_PROMISED, late).history()).isEmpty();

        // A rebuild keeps the alerts and replays the events: the same statuses, nothing closed twice.
        rebuild.rebuild();
        Alert afterRebuild = alert(DeadlineRule.NEAR_PROMISED, inTime);
        assertThat(afterRebuild.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(afterRebuild.history()).extracting(StatusChange::by).containsExactly("system");
        assertThat(alert(DeadlineRule.NEAR_PROMISED, late).status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alerts.aboutCase(onTheSpot)).isEmpty();
        assertThat(cases.find(onTheSpot).card()).isEqualTo(CardColour.GREEN);
    }

    @Test
    void theTaxPartnersTwentyOneWorkingDaysForATenDayMatterIsAnAlertAndTheCardFollowsTheCatalog() {
        String matter = "TX-AL-" + run;
        String beyond = "al-partner-" + run;
        String within = "al-partner-ok-" + run;
        feed.send(
                Topics.APPROVAL,
                EventFeed.envelope(
                        CaseStory.APPROVAL_SOURCE, taxMatter(matter, at("2026-01-05T09:00")), at("2026-01-05T09:00")));
        await().atMost(PATIENCE).until(() -> catalog.find(matter, 1).isPresent());

        LocalDate accepted = LocalDate.of(2026, 3, 2);
        LocalDate partnerDue = cases.clock().calendar().addWorkingDays(accepted, 21);
        LocalDate withinDue = cases.clock().calendar().addWorkingDays(accepted, 5);
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(beyond)
                        .forMatter(matter)
                        .partnerReported(
                                PartnerMilestone.RECEIVED,
                                "2026-03-02T08:00",
                                "2026-03-02T08:01",
                                null,
                                "PERSON",
                                "pseudonym-" + run)
                        .partnerReported(
                                PartnerMilestone.ACCEPTED,
                                "2026-03-02T08:30",
                                "2026-03-02T08:31",
                                partnerDue.toString(),
                                "PERSON",
                                "pseudonym-" + run)
                        .events());
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(within)
                        .forMatter(matter)
                        .partnerReported(
                                PartnerMilestone.RECEIVED, "2026-03-02T08:00", "2026-03-02T08:01", null, null, null)
                        .partnerReported(
                                PartnerMilestone.ACCEPTED,
                                "2026-03-02T08:30",
                                "2026-03-02T08:31",
                                withinDue.toString(),
                                null,
                                null)
                        .events());

        await().atMost(PATIENCE).until(() -> exists(PartnerLimitRule.BEYOND_STATUTORY, beyond));
        await().atMost(PATIENCE)
                .until(() -> cases.findIfKnown(within)
                        .map(c -> c.acceptedAt() != null)
                        .orElse(false));
        Alert found = alert(PartnerLimitRule.BEYOND_STATUTORY, beyond);
        assertThat(found.department()).isEqualTo("tax");
        assertThat(found.severity().name()).isEqualTo("SERIOUS");
        assertThat(found.summary())
                .contains("21 working days")
                .contains("10 by law")
                .contains("promises 5");
        assertThat(alerts.aboutCase(within)).extracting(Alert::ruleCode).noneMatch(code -> code.startsWith("partner."));
        assertThat(cases.find(beyond).deadlines().promisedDueDate()).isEqualTo(withinDue);
        assertThat(cases.find(beyond).partnerDueDate()).isEqualTo(partnerDue);
        assertThat(cases.find(beyond).applicant().pseudonym()).isEqualTo("pseudonym-" + run);

        // Six working days later: by the partner's date it would still be green; by the catalog it is red.
        clock.set(cases.clock()
                .calendar()
                .addWorkingDays(accepted, 6)
                .atTime(9, 0)
                .atZone(CaseStory.ZONE)
                .toInstant());
        await().atMost(PATIENCE).untilAsserted(() -> {
            inspection.sweep();
            assertThat(cases.find(beyond).card()).isEqualTo(CardColour.RED);
            assertThat(cases.find(within).card()).isEqualTo(CardColour.RED);
            assertThat(exists(DeadlineRule.OVERDUE_PROMISED, beyond)).isTrue();
        });

        List<String> before = alerts.aboutCase(beyond).stream().map(Alert::id).toList();
        rebuild.rebuild();
        assertThat(alerts.aboutCase(beyond).stream().map(Alert::id).toList()).containsExactlyElementsOf(before);
        assertThat(cases.find(beyond).card()).isEqualTo(CardColour.RED);
        assertThat(cases.find(beyond).deadlines().promisedDueDate()).isEqualTo(withinDue);
    }

    @Test
    void theApplicantAPartnerNamedSeesAndRatesThePartnerCaseAndNobodyElseDoes(
            @Autowired io.onewindow.platform.identity.IdentityPseudonyms pseudonyms,
            @Autowired org.springframework.test.web.servlet.MockMvc mvc)
            throws Exception {
        String caseId = "al-partner-mine-" + run;
        String pseudonym = pseudonyms.ofApplicant("440113199003071235", false); // citizen1's ID number
        feed.sendAll(
                Topics.APPROVAL,
                CaseStory.of(caseId)
                        .partnerReported(
                                PartnerMilestone.RECEIVED,
                                "2026-03-02T08:00",
                                "2026-03-02T08:01",
                                null,
                                "PERSON",
                                pseudonym)
                        .partnerReported(
                                PartnerMilestone.ACCEPTED,
                                "2026-03-02T08:30",
                                "2026-03-02T08:31",
                                "2026-03-03",
                                "PERSON",
                                pseudonym)
                        .partnerReported(
                                PartnerMilestone.DECIDED,
                                "2026-03-02T08:50",
                                "2026-03-02T08:51",
                                null,
                                "PERSON",
                                pseudonym)
                        .events());
        await().atMost(PATIENCE)
                .until(() -> cases.findIfKnown(caseId)
                        .map(c -> c.decidedAt() != null)
                        .orElse(false));
        String rating =
                "{\"targetType\":\"CASE\",\"targetId\":\"%s\",\"level\":4,\"channel\":\"PC\"}".formatted(caseId);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/supervision/ratings")
                        .with(io.onewindow.platform.test.Callers.citizen2())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(rating))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/supervision/ratings")
                        .with(io.onewindow.platform.test.Callers.citizen1())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(rating))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.department")
                        .value("tax"));
    }

    private static MatterVersionPublished taxMatter(String code, java.time.Instant at) {
        return new MatterVersionPublished(
                code,
                1,
                "Tax registration",
                "tax",
                "01",
                "2",
                List.of("PERSON", "ENTERPRISE"),
                "Tax Collection Administration Law",
                10,
                5,
                "0",
                "",
                false,
                true,
                null,
                List.of(),
                List.of(),
                List.of(),
                "catalogadmin1",
                at);
    }
}
