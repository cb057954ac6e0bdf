package io.onewindow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 一号联办 at the counter, as supervision sees it: the two parts of a linked housing transfer (real
 * estate registration and deed tax), received at one comprehensive window from one queue ticket, are
 * produced onto the real approval topic (one of them delivered twice) and one part is decided. The
 * hall's figures count one reception (of two cases, one linked filing), also after a rebuild from the
 * topics; the linked filing reads as one timeline of both parts in time order, for inspectors only.
 */
@SupervisionIntegrationTest
class LinkedFilingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    @Test
    void aLinkedFilingIsOneTimelineAndOneReceptionOfTheHall() throws Exception {
        clock.set(SupervisionIntegrationTest.START);
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String linkedNumber = "LB-20260302-" + run;
        String ticket = "ticket-linked-" + run;
        String hall = "hall-linked-" + run;
        String registration = "lre-" + run;
        String deedTax = "ltax-" + run;
        EventFeed feed = new EventFeed(kafka, codec);

        List<EventEnvelope<DomainEvent>> registrationEvents = CaseStory.of(registration)
                .inDepartment("natural-resources")
                .forMatter("RE-TRANSFER-REG")
                .receivedAsLinkedPart(linkedNumber, ticket, hall, 4, "1", true, "officer5", "2026-03-02T09:00")
                .accepted("2026-03-02T09:10", "2026-03-16", "2026-03-30", "officer5")
                .approved("2026-03-02T09:40")
                .events();
        List<EventEnvelope<DomainEvent>> deedTaxEvents = CaseStory.of(deedTax)
                .inDepartment("tax")
                .forMatter("TAX-HOUSING-DEED")
                .receivedAsLinkedPart(linkedNumber, ticket, hall, 4, "1", true, "officer5", "2026-03-02T09:01")
                .accepted("2026-03-02T09:20", "2026-03-09", "2026-03-30", "officer5")
                .events();
        String firstSubmission = feed.send(Topics.APPROVAL, registrationEvents.get(0));
        feed.send(Topics.APPROVAL, deedTaxEvents.get(0));
        // At-least-once: the registration's submission arrives a second time.
        feed.sendRaw(Topics.APPROVAL, registration, firstSubmission);
        feed.send(Topics.APPROVAL, deedTaxEvents.get(1));
        feed.send(Topics.APPROVAL, registrationEvents.get(1));
        feed.send(Topics.APPROVAL, registrationEvents.get(2));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(cases.findIfKnown(registration))
                    .hasValueSatisfying(t -> assertThat(t.outcome()).isEqualTo("APPROVED"));
            assertThat(cases.findIfKnown(deedTax))
                    .hasValueSatisfying(t -> assertThat(t.acceptedAt()).isNotNull());
        });

        // The hall counts one reception: one ticket, two cases, one linked filing.
        assertOneReceptionAt(hall);

        // One timeline of both parts, in time order, each entry naming its part and department.
        String linked = "/api/supervision/inspections/linked-filings/" + linkedNumber;
        mvc.perform(get(linked).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linkedNumber").value(linkedNumber))
                .andExpect(jsonPath("$.visit.servicePointId").value(hall))
                .andExpect(jsonPath("$.visit.window").value("1"))
                .andExpect(jsonPath("$.visit.ticketId").value(ticket))
                .andExpect(jsonPath("$.visit.comprehensiveWindow").value(true))
                .andExpect(jsonPath("$.departments", contains("natural-resources", "tax")))
                .andExpect(jsonPath("$.parts", hasSize(2)))
                .andExpect(jsonPath("$.parts[0].caseId").value(registration))
                .andExpect(jsonPath("$.parts[0].matterCode").value("RE-TRANSFER-REG"))
                .andExpect(jsonPath("$.parts[0].state").value("DECIDED"))
                .andExpect(jsonPath("$.parts[0].outcome").value("APPROVED"))
                .andExpect(jsonPath("$.parts[0].card").value("GREEN"))
                .andExpect(jsonPath("$.parts[1].caseId").value(deedTax))
                .andExpect(jsonPath("$.parts[1].department").value("tax"))
                .andExpect(jsonPath("$.parts[1].state").value("ACCEPTED"))
                .andExpect(jsonPath("$.parts[1].promisedDueDate").value("2026-03-09"))
                .andExpect(jsonPath(
                        "$.timeline[*].type",
                        contains(
                                "ApplicationSubmitted",
                                "ApplicationSubmitted",
                                "ApplicationAccepted",
                                "ApplicationAccepted",
                                "ApplicationApproved")))
                .andExpect(jsonPath(
                        "$.timeline[*].caseId", contains(registration, deedTax, registration, deedTax, registration)))
                .andExpect(jsonPath(
                        "$.timeline[*].department",
                        contains("natural-resources", "tax", "natural-resources", "tax", "natural-resources")));

        // Each part's own timeline names the linked filing and the visit.
        mvc.perform(get("/api/supervision/inspections/cases/" + deedTax).with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linkedNumber").value(linkedNumber))
                .andExpect(jsonPath("$.ticketId").value(ticket))
                .andExpect(jsonPath("$.timeline", hasSize(2)));

        // Unknown and malformed numbers.
        mvc.perform(get("/api/supervision/inspections/linked-filings/LB-19991231-" + run)
                        .with(Callers.inspector1()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
        for (String malformed : List.of("LB2026030200001", "LB-20261302-000001", "LB-20260302-1", "$where")) {
            mvc.perform(get("/api/supervision/inspections/linked-filings/{n}", malformed)
                            .with(Callers.inspector1()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("linkedNumber"));
        }

        // Only those who read case timelines: department staff of either part's department or another
        // are refused as for a case; citizens too; anonymous callers are not let in.
        for (RequestPostProcessor refused : List.of(
                Callers.deptadmin1(),
                Callers.staff("taxadmin", Roles.DEPT_ADMIN, "tax"),
                Callers.staff("nradmin", Roles.DEPT_ADMIN, "natural-resources"),
                Callers.officer1(),
                Callers.citizen1())) {
            mvc.perform(get(linked).with(refused))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:forbidden"));
            mvc.perform(get("/api/supervision/inspections/cases/" + deedTax).with(refused))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(linked))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"));

        // A rebuild replays the topics (the redelivered submission among them): still one reception.
        String before = mvc.perform(get(linked).with(Callers.inspector1()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/supervision/admin/projections/rebuild").with(Callers.admin1()))
                .andExpect(status().isOk());
        assertOneReceptionAt(hall);
        String after = mvc.perform(get(linked).with(Callers.inspector1()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<?>) JsonPath.read(after, "$.timeline")).isEqualTo(JsonPath.read(before, "$.timeline"));
        assertThat((List<?>) JsonPath.read(after, "$.parts")).isEqualTo(JsonPath.read(before, "$.parts"));
    }

    private void assertOneReceptionAt(String hall) throws Exception {
        for (String path : List.of("/api/supervision/public/statistics", "/api/supervision/inspections/statistics")) {
            String body = mvc.perform(get(path).with(Callers.inspector1()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Map<String, Object>> rows = JsonPath.read(body, "$.receptions[?(@.servicePointId == '" + hall + "')]");
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(((Number) row.get("received")).longValue()).isEqualTo(1);
                assertThat(((Number) row.get("cases")).longValue()).isEqualTo(2);
                assertThat(((Number) row.get("linkedFilings")).longValue()).isEqualTo(1);
                assertThat(((Number) row.get("atComprehensiveWindows")).longValue())
                        .isEqualTo(1);
                assertThat(((Number) row.get("completed")).longValue()).isZero();
                assertThat(row.get("month")).isEqualTo("2026-03");
                assertThat(row.get("tier")).isEqualTo(4);
            });
        }
    }
}
