package io.onewindow.supervision.bans;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import io.onewindow.supervision.support.EventFeed;
import io.onewindow.supervision.support.SupervisionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Booking bans from the real appointment topic: the inspectors' list, and rule 16 on a ban lifted early. */
@SupervisionIntegrationTest
class BookingBansIT {

    private static final String SOURCE = "/onewindow/appointment-service";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void aBanLiftedEarlyIsReviewedAndTheListShowsWhoIsBarred() throws Exception {
        clock.set(SupervisionIntegrationTest.START);
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String lifted = "ban-lifted-" + run;
        String running = "ban-running-" + run;
        Instant until = SupervisionIntegrationTest.START.plus(Duration.ofDays(90));
        EventFeed feed = new EventFeed(kafka, codec);
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        SOURCE,
                        new BookingBanImposed(running, "hash-r-" + run, "440113********0028", "NO_SHOWS", 2, until),
                        SupervisionIntegrationTest.START));
        // The lifting may arrive before the imposition (another partition): it is still judged.
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        SOURCE,
                        new BanLifted(lifted, "hash-l-" + run, "医院就诊证明", "admin-sub", "admin1"),
                        SupervisionIntegrationTest.START.plus(Duration.ofDays(3))));
        feed.send(
                Topics.APPOINTMENT,
                EventFeed.envelope(
                        SOURCE,
                        new BookingBanImposed(lifted, "hash-l-" + run, "440113********1235", "NO_SHOWS", 2, until),
                        SupervisionIntegrationTest.START));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/supervision/inspections/alerts?rule=16")
                                .with(Callers.inspector1()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].subjectId", hasItem(lifted)))
                        .andExpect(jsonPath("$[*].subjectId", not(hasItem(running)))));
        mvc.perform(get("/api/supervision/inspections/bans?active=true").with(Callers.inspector1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].banId", hasItem(running)))
                .andExpect(jsonPath("$[*].banId", not(hasItem(lifted))));
        mvc.perform(get("/api/supervision/inspections/bans")
                        .param("size", "100")
                        .with(Callers.inspector1()))
                .andExpect(jsonPath("$[?(@.banId == '" + lifted + "')].liftedBy", hasItem("admin1")))
                .andExpect(
                        jsonPath("$[?(@.banId == '" + lifted + "')].principalIdMasked", hasItem("440113********1235")))
                .andExpect(jsonPath("$..principalIdHash").isEmpty());
        mvc.perform(get("/api/supervision/inspections/bans")
                        .param("size", "100")
                        .with(Callers.deptadmin1()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/inspections/bans")
                        .param("size", "100")
                        .with(Callers.citizen1()))
                .andExpect(status().isForbidden());
    }
}
