package io.onewindow.supervision.licenses;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.LicenseReinstated;
import io.onewindow.platform.events.license.LicenseSuspended;
import io.onewindow.platform.events.license.LicenseUsed;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * License lifecycle and use events on the real license topic become one timeline per license; a use while
 * suspended and a use claiming a grant it does not name raise rule 15; a use in order raises nothing; only
 * inspectors read the timeline.
 */
@SupervisionIntegrationTest
class LicenseSupervisionIT {

    private static final String SOURCE = "/onewindow/e-license-service";

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void aLicensesLifeAndUsesAreOneTimelineAndAnUnusableOrBaselessUseIsAnAlert() throws Exception {
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String licenseId = "lic-" + run;
        String identifier = "1.2.156.3005.2.11100000000013338W001.91440113MA59XXXX0A." + run + ".001.1";
        EventFeed feed = new EventFeed(kafka, codec);
        send(
                feed,
                new LicenseIssued(
                        licenseId,
                        identifier,
                        "11100000000013338W001",
                        "market-regulation",
                        "CASE",
                        "case-" + run,
                        "AP-20260302-" + run,
                        "MR-SP-001",
                        "USCC",
                        "91440113MA59******",
                        LocalDate.parse("2026-03-02"),
                        LocalDate.parse("2031-03-01"),
                        "key-1",
                        "approver1",
                        Instant.parse("2026-03-02T02:00:00Z")));
        // in order: a duty check in a named case while valid
        String inOrder = send(
                feed, used(licenseId, identifier, "DUTY_CHECK", null, "AP-20260303-000001", "2026-03-03T02:00:00Z"));
        send(
                feed,
                new LicenseSuspended(
                        licenseId,
                        identifier,
                        "market-regulation",
                        "食品安全抽检不合格",
                        "deptadmin1",
                        Instant.parse("2026-03-05T02:00:00Z")));
        String whileSuspended = send(
                feed, used(licenseId, identifier, "DUTY_CHECK", null, "AP-20260306-000001", "2026-03-06T02:00:00Z"));
        send(
                feed,
                new LicenseReinstated(
                        licenseId,
                        identifier,
                        "market-regulation",
                        "deptadmin1",
                        Instant.parse("2026-03-09T02:00:00Z")));
        String baseless = send(feed, used(licenseId, identifier, "GRANT", null, null, "2026-03-10T02:00:00Z"));

        String path = "/api/supervision/inspections/licenses/" + licenseId;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get(path).with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.timeline.length()").value(6)));
        mvc.perform(get(path).with(Callers.inspector1()))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.caseId").value("case-" + run))
                .andExpect(jsonPath(
                        "$.timeline[*].type", contains("ISSUED", "USED", "SUSPENDED", "USED", "REINSTATED", "USED")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/supervision/inspections/alerts?rule=15")
                                .with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].subjectId", hasItem(whileSuspended)))
                        .andExpect(jsonPath("$[*].subjectId", hasItem(baseless)))
                        .andExpect(jsonPath("$[*].subjectId", not(hasItem(inOrder)))));

        // Only inspectors; unknown and malformed ids.
        mvc.perform(get(path).with(Callers.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(get(path).with(Callers.citizen1())).andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/inspections/licenses/no-such-" + run).with(Callers.inspector1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/supervision/inspections/licenses/{id}", "{\"$ne\":1}")
                        .with(Callers.inspector1()))
                .andExpect(status().isBadRequest());
    }

    private static LicenseUsed used(
            String licenseId, String identifier, String basis, String grantId, String caseNumber, String at) {
        return new LicenseUsed(
                licenseId,
                identifier,
                "11100000000013338W001",
                basis,
                grantId,
                "officer4",
                "tax",
                "TAX-HOUSING-DEED",
                caseNumber,
                "核验营业执照",
                Instant.parse(at));
    }

    /** Sends the event; returns its event id (an alert's subject for a use). */
    private static String send(EventFeed feed, io.onewindow.platform.events.DomainEvent event) {
        var envelope = EventFeed.envelope(SOURCE, event, Instant.now());
        feed.send(Topics.LICENSE, envelope);
        return envelope.id();
    }
}
