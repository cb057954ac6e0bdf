package io.onewindow.supervision.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.supervision.SampleDrawn;
import io.onewindow.platform.events.supervision.SampleFindingRecorded;
import io.onewindow.platform.events.supervision.SampleSeedCommitted;
import io.onewindow.platform.events.supervision.SampleSeedRevealed;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.TopicReader;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.sampling.domain.SampleCandidate;
import io.onewindow.supervision.sampling.domain.SampleDraw;
import io.onewindow.supervision.sampling.domain.SampleLottery;
import io.onewindow.supervision.sampling.domain.SamplingRates;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sampling review (定期审查复核) on real parts: decided cases produced onto the real approval
 * topic, a week's sample drawn (the seed committed, the draw re-run from the revealed seed), hidden
 * from the reviewed departments until reviewed, findings recorded by the assigned reviewer or an
 * inspector and refused to everyone else, an irregular finding raising an alert, and the figures.
 */
@SupervisionIntegrationTest
class SamplingReviewIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLINGS = "/api/supervision/inspections/samplings";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    CaseSupervision cases;

    @Autowired
    SamplingDesk desk;

    @AfterEach
    void clockBack() {
        clock.set(SupervisionIntegrationTest.START);
    }

    @Test
    void aWeeksSampleIsDrawnReproduciblyReviewedOutsideTheDepartmentAndHiddenUntilReviewed() throws Exception {
        // A Monday in June–October 2026 no other IT decides cases in.
        LocalDate monday =
                LocalDate.of(2026, 6, 1).plusWeeks(ThreadLocalRandom.current().nextInt(20));
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        clock.set(CaseStory.at(monday + "T09:00"));
        EventFeed feed = new EventFeed(kafka, codec);
        List<String> marketCases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseId = "smr-" + run + "-" + i;
            marketCases.add(caseId);
            send(feed, decided(caseId, "market-regulation", monday.plusDays(i)));
        }
        String taxCase = "stax-" + run;
        send(feed, decided(taxCase, "tax", monday.plusDays(2)));
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String id : concat(marketCases, taxCase)) {
                assertThat(cases.findIfKnown(id))
                        .hasValueSatisfying(t -> assertThat(t.outcome()).isEqualTo("APPROVED"));
            }
        });

        // Not before the week is over; only from a period's first day.
        String draw = "{\"from\":\"" + monday + "\"}";
        postJson(SAMPLINGS, Callers.inspector1(), draw)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sampling.period-not-over"));
        clock.set(CaseStory.at(monday.plusDays(7) + "T09:00"));
        postJson(SAMPLINGS, Callers.inspector1(), "{\"from\":\"" + monday.plusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sampling.period-start"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        postJson(SAMPLINGS, Callers.inspector1(), "{\"from\":\"tomorrow\"}").andExpect(status().isBadRequest());
        postJson(SAMPLINGS, Callers.inspector1(), "{\"from\":\"" + monday + "\",\"seed\":\"00\"}")
                .andExpect(status().isBadRequest());

        // Only inspectors (and platform admins, below) draw.
        postJson(SAMPLINGS, Callers.citizen1(), draw).andExpect(status().isForbidden());
        postJson(SAMPLINGS, Callers.deptadmin1(), draw).andExpect(status().isForbidden());
        postJson(SAMPLINGS, Callers.approver1(), draw).andExpect(status().isForbidden());
        postJson("/api/supervision/admin/samplings", Callers.deptadmin1(), draw).andExpect(status().isForbidden());

        String samplingId = "sampling-" + monday + "-P7D";
        String drawn = postJson(SAMPLINGS, Callers.inspector1(), draw)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.samplingId").value(samplingId))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // The inspectors read the seed with the result; it is the one committed; the draw re-runs from it.
        String seed = JsonPath.read(drawn, "$.seed");
        assertThat(SampleLottery.commitmentOf(seed)).isEqualTo(JsonPath.read(drawn, "$.seedCommitment"));
        List<Map<String, Object>> candidates = JsonPath.read(drawn, "$.candidates");
        assertThat(candidates)
                .extracting(c -> c.get("caseId"))
                .containsExactlyInAnyOrderElementsOf(concat(marketCases, taxCase));
        Map<String, Object> rates = JsonPath.read(drawn, "$.rates");
        List<String> rerun = SampleDraw.draw(
                        seed,
                        candidates.stream()
                                .map(c -> new SampleCandidate(
                                        (String) c.get("caseId"),
                                        (String) c.get("department"),
                                        (String) c.get("decidedBy"),
                                        Instant.parse((String) c.get("decidedAt")),
                                        (Boolean) c.get("onTheSpot"),
                                        (Boolean) c.get("agentFiled")))
                                .toList(),
                        new SamplingRates(
                                (Integer) rates.get("basePercent"), (Integer) rates.get("onTheSpotPercent"), (Integer)
                                        rates.get("agentFiledPercent")))
                .stream()
                .map(d -> d.candidate().caseId())
                .toList();
        List<String> sampled = JsonPath.read(drawn, "$.sampled[*].caseId");
        assertThat(sampled).isEqualTo(rerun);
        // 3 market-regulation cases at 5 % and 1 tax case: one each, the department's minimum.
        assertThat(sampled).hasSize(2);
        String marketCase = sampled.get(0);
        assertThat(marketCases).contains(marketCase);
        assertThat(sampled.get(1)).isEqualTo(taxCase);
        // Reviewers outside the deciding department and never the decider (approver1 decided both).
        assertThat((String) JsonPath.read(drawn, "$.sampled[0].reviewer")).isEqualTo("approver3");
        assertThat((String) JsonPath.read(drawn, "$.sampled[1].reviewer")).isEqualTo("inspector1");

        // Drawing again gives the same sampling; the scheduled job finds the last ended week drawn.
        assertThat(desk.drawLastEnded()).isEmpty();
        postJson(SAMPLINGS, Callers.inspector1(), draw)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(seed))
                .andExpect(jsonPath("$.sampled[*].caseId").value(sampled));
        // The platform admin learns counts only, and not the seed while reviews are pending.
        postJson("/api/supervision/admin/samplings", Callers.admin1(), draw)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.sampledPerDepartment.market-regulation").value(1))
                .andExpect(jsonPath("$.sampled").doesNotExist());

        // Before the review the reviewed departments see nothing of the sample.
        RequestPostProcessor taxAdmin = Callers.staff("taxadmin", Roles.DEPT_ADMIN, "tax");
        mvc.perform(get("/api/supervision/department/reviews").with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", not(hasItem(marketCase))));
        mvc.perform(get("/api/supervision/department/reviews").with(taxAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", not(hasItem(taxCase))));
        mvc.perform(get(SAMPLINGS + "/" + samplingId).with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get(SAMPLINGS + "/figures").with(Callers.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/reviews/mine").with(Callers.approver1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", not(hasItem(marketCase))))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(taxCase))));
        mvc.perform(get("/api/supervision/reviews/mine").with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/reviews/mine").with(Callers.citizen1()))
                .andExpect(status().isForbidden());

        // The reviewer sees the case to review.
        RequestPostProcessor approver3 = Callers.staff("approver3", Roles.APPROVER, "tax");
        mvc.perform(get("/api/supervision/reviews/mine").with(approver3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + marketCase + "')].outcome")
                        .value("APPROVED"))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(taxCase))));

        // Refused, with nothing written: the deciding department's approver, another reviewer, a citizen,
        // bad input.
        String finding = "/api/supervision/reviews/" + marketCase + "/finding";
        String irregular =
                "{\"finding\":\"IRREGULAR\",\"category\":\"WRONG_LEGAL_BASIS\",\"note\":\"cited a repealed rule\"}";
        postJson(finding, Callers.approver1(), irregular)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sampling.not-reviewer"));
        postJson(finding, Callers.staff("approver4", Roles.APPROVER, "housing"), irregular)
                .andExpect(status().isForbidden());
        postJson(finding, Callers.citizen1(), irregular).andExpect(status().isForbidden());
        postJson(finding, Callers.deptadmin1(), irregular).andExpect(status().isForbidden());
        postJson(finding, approver3, "{\"finding\":\"IRREGULAR\",\"category\":\"BRIBERY\",\"note\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(finding, approver3, "{\"finding\":\"WRONG\",\"note\":\"x\"}").andExpect(status().isBadRequest());
        postJson(finding, approver3, "{\"finding\":\"IRREGULAR\",\"note\":\"no category\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sampling.category"))
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        postJson(finding, approver3, "{\"finding\":\"IN_ORDER\",\"note\":\"" + "x".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        postJson(finding, approver3, "{\"finding\":\"IN_ORDER\",\"note\":\"$where\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        postJson(finding, approver3, "{\"finding\":\"IN_ORDER\",\"note\":\"ok\",\"reviewedBy\":\"approver1\"}")
                .andExpect(status().isBadRequest());
        postJson("/api/supervision/reviews/$ne/finding", approver3, irregular).andExpect(status().isBadRequest());
        postJson("/api/supervision/reviews/not-sampled-" + run + "/finding", approver3, irregular)
                .andExpect(status().isNotFound());
        mvc.perform(get(SAMPLINGS + "/" + samplingId).with(Callers.inspector1()))
                .andExpect(jsonPath("$.sampled[0].finding").doesNotExist());

        // The assigned reviewer records an irregular finding, once: an alert with the case as evidence.
        postJson(finding, approver3, irregular)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finding").value("IRREGULAR"))
                .andExpect(jsonPath("$.category").value("WRONG_LEGAL_BASIS"));
        postJson(finding, approver3, irregular)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sampling.already-reviewed"));
        mvc.perform(get("/api/supervision/inspections/alerts/review.irregular:CASE:" + marketCase)
                        .with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(marketCase))
                .andExpect(jsonPath("$.department").value("market-regulation"))
                .andExpect(jsonPath("$.evidence", hasSize(3)));

        // After its review the department's admin sees the finding; the tax case, not reviewed yet, stays hidden.
        mvc.perform(get("/api/supervision/department/reviews").with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + marketCase + "')].finding")
                        .value("IRREGULAR"))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(taxCase))));
        mvc.perform(get("/api/supervision/department/reviews").with(taxAdmin))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(taxCase))))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(marketCase))));

        // An inspector reviews the tax case: in order, no alert; now the tax admin sees it.
        postJson(
                        "/api/supervision/reviews/" + taxCase + "/finding",
                        Callers.inspector1(),
                        "{\"finding\":\"IN_ORDER\",\"note\":\"basis and limits as the catalog says\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/supervision/inspections/alerts/review.irregular:CASE:" + taxCase)
                        .with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/department/reviews").with(taxAdmin))
                .andExpect(
                        jsonPath("$[?(@.caseId == '" + taxCase + "')].finding").value("IN_ORDER"));

        // Published on the supervision topic: the commitment, the draw (counts, no case ids), the findings.
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(supervisionEvents(SampleSeedCommitted.class))
                    .filteredOn(e -> e.samplingId().equals(samplingId))
                    .singleElement()
                    .satisfies(e -> assertThat(e.seedCommitment()).isEqualTo(SampleLottery.commitmentOf(seed)));
            assertThat(supervisionEvents(SampleDrawn.class))
                    .filteredOn(e -> e.samplingId().equals(samplingId))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.seed()).isNull();
                        assertThat(e.candidates()).isEqualTo(4);
                        assertThat(e.sampledPerDepartment()).isEqualTo(Map.of("market-regulation", 1, "tax", 1));
                    });
            // Both sampled cases reviewed: now the seed is revealed, matching the commitment.
            assertThat(supervisionEvents(SampleSeedRevealed.class))
                    .filteredOn(e -> e.samplingId().equals(samplingId))
                    .singleElement()
                    .satisfies(e ->
                            assertThat(SampleLottery.commitmentOf(e.seed())).isEqualTo(e.seedCommitment()));
            assertThat(supervisionEvents(SampleFindingRecorded.class))
                    .filteredOn(e -> e.samplingId().equals(samplingId))
                    .extracting(SampleFindingRecorded::caseId, SampleFindingRecorded::finding)
                    .containsExactly(tuple(marketCase, "IRREGULAR"), tuple(taxCase, "IN_ORDER"));
        });

        // Figures per department and period.
        mvc.perform(get(SAMPLINGS + "/figures?department=market-regulation").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].decided")
                        .value(3))
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].sampled")
                        .value(1))
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].reviewed")
                        .value(1))
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].irregular")
                        .value(1));
        mvc.perform(get(SAMPLINGS + "/figures?department=tax").with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].irregular")
                        .value(0))
                .andExpect(jsonPath("$[?(@.samplingId == '" + samplingId + "')].reviewed")
                        .value(1));
        mvc.perform(get(SAMPLINGS + "/figures?department=$ne").with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(SAMPLINGS + "/sampling-$where").with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(SAMPLINGS + "/sampling-2020-01-06-P7D").with(Callers.inspector1()))
                .andExpect(status().isNotFound());
    }

    private <T> List<T> supervisionEvents(Class<T> type) {
        String wireType = type.getAnnotation(EventType.class).value();
        return TopicReader.readAll(SharedKafkaBroker.bootstrapServers(), Topics.SUPERVISION).stream()
                .filter(r -> r.value() != null)
                .filter(r -> codec.readHeaders(r.value()).type().equals(wireType))
                .map(r -> codec.read(r.value(), type).data())
                .toList();
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private static List<EventEnvelope<DomainEvent>> decided(String caseId, String department, LocalDate day) {
        return CaseStory.of(caseId)
                .inDepartment(department)
                .submitted(day + "T09:00")
                .accepted(
                        day + "T09:30",
                        day.plusDays(7).toString(),
                        day.plusDays(20).toString(),
                        "officer1")
                .approved(day + "T10:00")
                .events();
    }

    private static void send(EventFeed feed, List<EventEnvelope<DomainEvent>> events) {
        events.forEach(e -> feed.send(Topics.APPROVAL, e));
    }

    private ResultActions postJson(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(
                post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
