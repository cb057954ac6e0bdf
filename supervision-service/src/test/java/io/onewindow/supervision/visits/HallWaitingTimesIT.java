package io.onewindow.supervision.visits;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.TicketCalled;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Long queues are the seed's first complaint: the hall's waiting time, from the ticket to its first call,
 * per hall and month and by hour of day, from {@code TicketCalled} on the real appointment topic; a recall
 * and a redelivered event count once; the figures survive a rebuild and carry no person.
 */
@SupervisionIntegrationTest
class HallWaitingTimesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void theHallsWaitsArePercentilesPerMonthAndHourCountedOncePerTicket() throws Exception {
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String hall = "hall-waits-" + run;
        EventFeed feed = new EventFeed(kafka, codec);
        // 09:xx Beijing: 5, 10, 20 minutes; 14:xx: 40 minutes. The 20-minute ticket is recalled later (75 min).
        String recalled = called(feed, hall, "t-a-" + run, "2026-03-03T01:10:00Z", 5 * 60);
        called(feed, hall, "t-b-" + run, "2026-03-03T01:20:00Z", 10 * 60);
        String twenty = called(feed, hall, "t-c-" + run, "2026-03-03T01:40:00Z", 20 * 60);
        called(feed, hall, "t-d-" + run, "2026-03-03T06:30:00Z", 40 * 60);
        called(feed, hall, "t-c-" + run, "2026-03-03T02:35:00Z", 75 * 60);
        feed.sendRaw(Topics.APPOINTMENT, "t-a-" + run, recalled);
        // The hall's Chinese name from appointment's registry; an older version arriving late changes nothing.
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope("/onewindow/appointment-service", point(hall, 2, "石碁镇政务服务中心"), Instant.now()));
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope("/onewindow/appointment-service", point(hall, 1, "旧名称"), Instant.now()));

        String row = "$.waiting[?(@.servicePointId == '" + hall + "')]";
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> statistics(Callers.inspector1(), "inspections")
                        .andExpect(jsonPath(row + ".calls").value(Matchers.contains(4))));
        statistics(Callers.inspector1(), "inspections")
                .andExpect(jsonPath(row + ".month").value(Matchers.contains("2026-03")))
                .andExpect(jsonPath(row + ".p50Minutes").value(Matchers.contains(10.0)))
                .andExpect(jsonPath(row + ".p90Minutes").value(Matchers.contains(40.0)))
                .andExpect(jsonPath(row + ".byHour[0].hour").value(Matchers.contains(9)))
                .andExpect(jsonPath(row + ".byHour[0].calls").value(Matchers.contains(3)))
                .andExpect(jsonPath(row + ".byHour[0].p50Minutes").value(Matchers.contains(10.0)))
                .andExpect(jsonPath(row + ".byHour[1].hour").value(Matchers.contains(14)))
                .andExpect(jsonPath(row + ".byHour[1].p90Minutes").value(Matchers.contains(40.0)));
        // Public figures show the same waits with the hall's Chinese name, and nothing that names a ticket or a
        // person.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> statistics(null, "public")
                        .andExpect(jsonPath("$.names.servicePoints['" + hall + "']")
                                .value("石碁镇政务服务中心")));
        statistics(null, "public")
                .andExpect(status().isOk())
                .andExpect(jsonPath(row + ".calls").value(Matchers.contains(4)))
                .andExpect(jsonPath("$..ticketId").isEmpty())
                .andExpect(jsonPath("$..officerSubject").isEmpty());
        // The catalog's side of the on-the-spot promise: a department's published matters the window decides.
        String department = "window-dept-" + run;
        for (int i = 0; i < 3; i++) {
            feed.send(
                    Topics.APPROVAL,
                    EventFeed.envelope(
                            "/onewindow/approval-service",
                            new io.onewindow.platform.events.approval.MatterVersionPublished(
                                    "WD-" + run + "-" + i,
                                    1,
                                    "窗口即办事项",
                                    department,
                                    "01",
                                    i == 0 ? "1" : "2",
                                    java.util.List.of("PERSON"),
                                    "法律依据",
                                    20,
                                    i == 0 ? 0 : 10,
                                    "0",
                                    "",
                                    i == 1,
                                    true,
                                    null,
                                    java.util.List.of(),
                                    java.util.List.of(),
                                    java.util.List.of(),
                                    "catalogadmin1",
                                    Instant.parse("2026-03-01T00:00:00Z")),
                            Instant.parse("2026-03-01T00:00:00Z")));
        }
        String catalogRow = "$.catalog[?(@.department == '" + department + "')]";
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> statistics(Callers.inspector1(), "inspections")
                        .andExpect(jsonPath(catalogRow + ".matters").value(Matchers.contains(3)))
                        .andExpect(jsonPath(catalogRow + ".decidedAtWindow").value(Matchers.contains(2))));
        // A department sees its own tickets' waits only (all were tax's).
        statistics(Callers.deptadmin1(), "department").andExpect(jsonPath(row).isEmpty());
        statistics(Callers.staff("taxadmin-waits", Roles.DEPT_ADMIN, "tax"), "department")
                .andExpect(jsonPath(row + ".calls").value(Matchers.contains(4)));

        // A rebuild from the topics gives the same figures.
        mvc.perform(post("/api/supervision/admin/projections/rebuild").with(Callers.admin1()))
                .andExpect(status().is2xxSuccessful());
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> statistics(Callers.inspector1(), "inspections")
                        .andExpect(jsonPath(row + ".calls").value(Matchers.contains(4)))
                        .andExpect(jsonPath(row + ".p50Minutes").value(Matchers.contains(10.0))));
        org.assertj.core.api.Assertions.assertThat(twenty).isNotBlank();
    }

    private static io.onewindow.platform.events.appointment.ServicePointRecorded point(
            String id, long version, String name) {
        return new io.onewindow.platform.events.appointment.ServicePointRecorded(
                id,
                version,
                version == 1 ? "CREATED" : "CHANGED",
                name,
                5,
                null,
                "番禺区石碁镇",
                true,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                "system");
    }

    private ResultActions statistics(org.springframework.test.web.servlet.request.RequestPostProcessor who, String view)
            throws Exception {
        var request = get("/api/supervision/" + view + "/statistics");
        return mvc.perform(who == null ? request : request.with(who));
    }

    private static String called(EventFeed feed, String hall, String ticketId, String at, long waitedSeconds) {
        return feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        "/onewindow/appointment-service",
                        new TicketCalled(ticketId, hall, "T001", "1", waitedSeconds, "officer-sub", "tax"),
                        Instant.parse(at)));
    }
}
