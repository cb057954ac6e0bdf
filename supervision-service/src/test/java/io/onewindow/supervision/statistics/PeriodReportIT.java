package io.onewindow.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evaluators' period report (第三方评估): inspectors and evaluators read it as JSON or as a CSV for
 * Excel; other roles are refused; a bad period is a 400 naming the field.
 */
@SupervisionIntegrationTest
class PeriodReportIT {

    private static final String PERIOD = "/api/supervision/reports/period?from=2026-05-01&to=2026-05-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    static RequestPostProcessor evaluator1() {
        return Callers.staff("evaluator1", "evaluator", null);
    }

    @Test
    void inspectorsAndEvaluatorsReadThePeriodAsJsonOrCsvWithTheHallsChineseName() throws Exception {
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String hall = "hall-period-" + run;
        EventFeed feed = new EventFeed(kafka, codec);
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        "/onewindow/appointment-service",
                        new ServicePointRecorded(
                                hall,
                                1,
                                "CREATED",
                                "石碁镇,政务服务中心",
                                5,
                                null,
                                "番禺区石碁镇",
                                true,
                                List.of(),
                                List.of(),
                                List.of(),
                                "system"),
                        Instant.now()));
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        "/onewindow/appointment-service",
                        new TicketCalled("t-p-" + run, hall, "T001", "1", 600, "officer-sub", "tax"),
                        Instant.parse("2026-05-06T01:10:00Z")));
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        "/onewindow/appointment-service",
                        new TicketCalled("t-q-" + run, hall, "T002", "1", 60, "officer-sub", "tax"),
                        Instant.parse("2026-06-02T01:10:00Z")));

        String row = "$.halls[?(@.servicePointId == '" + hall + "')]";
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get(PERIOD).with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath(row + ".waitCalls").value(Matchers.contains(1)))
                        .andExpect(jsonPath(row + ".servicePointName").value(Matchers.contains("石碁镇,政务服务中心"))));
        mvc.perform(get(PERIOD + "&format=json").with(evaluator1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-05-01"))
                .andExpect(jsonPath("$.onTheSpotTarget").value(0.8))
                .andExpect(jsonPath(row + ".month").value(Matchers.contains("2026-05")))
                .andExpect(jsonPath(row + ".waitP50Minutes").value(Matchers.contains(10.0)))
                .andExpect(jsonPath("$..ticketId").isEmpty())
                .andExpect(jsonPath("$..officerSubject").isEmpty());

        byte[] csv = mvc.perform(get(PERIOD + "&format=csv").with(evaluator1()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"onewindow-period-report-2026-05-01-2026-05-31.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsection,");
        assertThat(text).contains("\"石碁镇,政务服务中心\"").contains("\r\n");
        List<List<String>> rows = io.onewindow.supervision.statistics.web.CsvReader.parse(text.substring(1));
        int name = rows.get(0).indexOf("servicePointName");
        int calls = rows.get(0).indexOf("waitCalls");
        assertThat(rows)
                .filteredOn(r -> r.get(rows.get(0).indexOf("servicePointId")).equals(hall))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get(name)).isEqualTo("石碁镇,政务服务中心");
                    assertThat(r.get(calls)).isEqualTo("1");
                });
        // content negotiation without the parameter
        mvc.perform(get(PERIOD).header("Accept", "text/csv").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")));
    }

    @Test
    void otherRolesAreRefusedAndAnonymousCallersMustLogIn() throws Exception {
        mvc.perform(get(PERIOD).with(Callers.deptadmin1())).andExpect(status().isForbidden());
        mvc.perform(get(PERIOD).with(Callers.citizen1())).andExpect(status().isForbidden());
        mvc.perform(get(PERIOD).with(Callers.officer1())).andExpect(status().isForbidden());
        mvc.perform(get(PERIOD).with(Callers.staff("tax-admin-period", Roles.DEPT_ADMIN, "tax")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PERIOD)).andExpect(status().isUnauthorized());
    }

    @Test
    void aBadPeriodIsA400NamingTheField() throws Exception {
        expectRefused("?from=2026-05-02&to=2026-05-01", "to", "report.period-reversed");
        expectRefused("?from=2026-01-01&to=2027-01-02", "to", "report.period-too-long");
        expectRefused("?from=2026-5-1&to=2026-05-31", "from", "report.period-malformed");
        expectRefused("?from=2026-02-01&to=2026-02-30", "to", "report.period-malformed");
        expectRefused("?to=2026-05-31", "from", "report.period-missing");
        expectRefused("?from=2026-05-01&to=2026-05-31&format=xlsx", "format", "report.format");
        mvc.perform(get("/api/supervision/reports/period?from=2026-01-01&to=2026-12-31")
                        .with(evaluator1()))
                .andExpect(status().isOk());
    }

    private void expectRefused(String query, String field, String code) throws Exception {
        mvc.perform(get("/api/supervision/reports/period" + query).with(evaluator1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:" + code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
