package io.onewindow.appointment.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.AgencyIntegrationTest;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.appointment.support.Tokens;
import io.onewindow.platform.test.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The fair release through the service with the realm's real tokens, on a moved clock: the seed
 * committed before the release and published; citizen1, citizen2 and enterprise1 asking within the
 * window for a slot of two places get 202 and no place; after the window exactly two bookings, the
 * third entry LOST and told, who then books what is left; the public draw shows the seed and a
 * recomputation (written here from the published description, not with the service's code) matches.
 */
@AgencyIntegrationTest
class FairReleaseIT {

    static final String HALL = "draw-hall";
    static final String MATTER = TestPoints.TRANSFER;
    /** Tuesday 2026-12-08, released at 08:00 on Tuesday 2026-12-01. */
    static final String START = "2026-12-08T09:00:00";

    static final String LATER = "2026-12-08T09:30:00";
    static final LocalDateTime RELEASE = LocalDateTime.of(2026, 12, 1, 8, 0);

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    SlotInventory inventory;

    @Autowired
    SeedCommitments commitments;

    @Autowired
    DrawHolding holding;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
    }

    ResultActions book(RequestPostProcessor who, String start, String key) throws Exception {
        var request = post("/api/appointments")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"servicePointId":"%s","matterCode":"%s","start":"%s"}""".formatted(HALL, MATTER, start));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    JsonNode publicDraw() throws Exception {
        return json.readTree(mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", MATTER)
                        .param("start", START))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    int taken(String start) {
        return inventory.taken(PlannedSlot.idOf(HALL, MATTER, LocalDateTime.parse(start)));
    }

    String entryId(ResultActions entered) throws Exception {
        return json.readTree(entered.andReturn().getResponse().getContentAsString())
                .get("id")
                .asText();
    }

    @Test
    void requestsInTheWindowAreDrawnAndAnyoneCanRerunTheDraw() throws Exception {
        points.upsert(TestPoints.hall(HALL, 2, 2));

        // 07:30, half an hour before the release: the job commits the seeds of the slots released next.
        clock.set(RELEASE.minusMinutes(30));
        assertThat(commitments.commitUpcoming()).isGreaterThanOrEqualTo(1);
        JsonNode before = publicDraw();
        assertThat(before.get("status").asText()).isEqualTo("COMMITTED");
        String commitment = before.get("commitment").asText();
        assertThat(commitment).hasSize(64);
        assertThat(before.get("seed").isNull()).isTrue();
        book(Tokens.of("citizen1"), START, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:slot-not-released"));

        try (EventTap events = new EventTap()) {
            // The window: from the release instant, for 60 s. Speed gains nothing, so the order of arrival is kept
            // apart from the draw.
            clock.set(RELEASE);
            String first = entryId(book(Tokens.of("citizen1"), START, "draw-try-1")
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("ENTERED"))
                    .andExpect(jsonPath("$.slotStart").value("2026-12-08T09:00:00+08:00"))
                    .andExpect(jsonPath("$.drawAt").value("2026-12-01T08:01:00+08:00"))
                    .andExpect(jsonPath("$.bookingId").value(nullValue())));
            // A repeat, with the same key or without one, is the same entry.
            book(Tokens.of("citizen1"), START, "draw-try-1")
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.id").value(first));
            book(Tokens.of("citizen1"), START, null)
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.id").value(first));
            // The person's limits are held for the entry: no second place the same day meanwhile.
            book(Tokens.of("citizen1"), LATER, null)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:limit-per-day"));
            // A linked business touching the drawn matter is refused during the window.
            mvc.perform(post("/api/appointments/linked")
                            .with(Tokens.of("citizen2"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"servicePointId":"%s","businessCode":"%s","start":"%s"}""".formatted(HALL, TestPoints.HOUSING_TRANSFER, START)))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:linked-in-draw"));

            clock.set(RELEASE.plusSeconds(30));
            String second = entryId(book(Tokens.of("citizen2"), START, null).andExpect(status().isAccepted()));
            clock.set(RELEASE.plusSeconds(60).minusNanos(1_000_000));
            String third = entryId(book(Tokens.of("enterprise1"), START, null).andExpect(status().isAccepted()));
            assertThat(List.of(first, second, third)).doesNotHaveDuplicates();

            // An agent without proof is refused before any entry (not enrolled here, or no mandate).
            long entries = mongo.getCollection("draw_entries").countDocuments();
            mvc.perform(post("/api/appointments")
                            .with(Tokens.of("agent1"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"servicePointId":"%s","matterCode":"%s","start":"%s","principalIdNumber":"%s"}""".formatted(
                                    HALL, MATTER, START, TestIds.person(7301).value())))
                    .andExpect(status().isForbidden());
            assertThat(mongo.getCollection("draw_entries").countDocuments()).isEqualTo(entries);

            assertThat(taken(START)).isZero();
            mvc.perform(get("/api/appointments/draws/mine").with(Tokens.of("citizen1")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == '" + first + "')].status").value("ENTERED"));
            mvc.perform(get("/api/appointments/draws/mine")).andExpect(status().isUnauthorized());
            assertThat(publicDraw().get("seed").isNull()).isTrue();

            // The window is over: the draw is held once, then it is first-come.
            clock.set(RELEASE.plusSeconds(60));
            assertThat(holding.holdDue()).isGreaterThanOrEqualTo(1);
            assertThat(taken(START)).isEqualTo(2);

            JsonNode after = publicDraw();
            assertThat(after.get("status").asText()).isEqualTo("DRAWN");
            assertThat(after.get("commitment").asText()).isEqualTo(commitment);
            String seed = after.get("seed").asText();
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(HexFormat.of().parseHex(seed))))
                    .isEqualTo(commitment);
            List<String> published = new ArrayList<>();
            after.get("entryIds").forEach(n -> published.add(n.asText()));
            assertThat(published).containsExactlyInAnyOrder(first, second, third);
            assertThat(after.toString()).doesNotContain("440113").doesNotContain("citizen");
            List<String> recomputed = rerun(seed, published);
            List<String> ranking = new ArrayList<>();
            after.get("ranking").forEach(n -> ranking.add(n.asText()));
            assertThat(ranking).isEqualTo(recomputed);
            assertThat(after.get("places").asInt()).isEqualTo(2);
            List<String> winners = new ArrayList<>();
            after.get("winners").forEach(n -> winners.add(n.asText()));
            assertThat(winners).isEqualTo(recomputed.subList(0, 2));
            String loser = recomputed.get(2);

            events.await(r -> r.value().contains("onewindow.appointment.DrawSeedCommitted.v1")
                    && r.value().contains(commitment));
            events.await(r -> r.value().contains("onewindow.appointment.DrawHeld.v1")
                    && r.value().contains(seed));
            events.await(r -> loser.equals(r.key()) && r.value().contains("onewindow.appointment.DrawEntryLost.v1"));
            for (String winner : winners) {
                String code = mongo.getCollection("draw_entries")
                        .find(new org.bson.Document("_id", winner))
                        .first()
                        .getString("holdCode");
                events.await(r -> r.value().contains("onewindow.appointment.Booked.v1")
                        && r.value().contains("\"bookingCode\":\"" + code + "\""));
            }

            // Each person sees their outcome; the loser books what is left.
            Map<String, String> users = Map.of(first, "citizen1", second, "citizen2", third, "enterprise1");
            for (String winner : winners) {
                mvc.perform(get("/api/appointments/draws/mine").with(Tokens.of(users.get(winner))))
                        .andExpect(jsonPath("$[?(@.id == '" + winner + "')].status")
                                .value("WON"));
                mvc.perform(get("/api/appointments/mine").with(Tokens.of(users.get(winner))))
                        .andExpect(jsonPath("$[?(@.slotStart == '2026-12-08T09:00:00+08:00')]", hasSize(1)));
            }
            RequestPostProcessor lost = Tokens.of(users.get(loser));
            mvc.perform(get("/api/appointments/draws/mine").with(lost))
                    .andExpect(jsonPath("$[?(@.id == '" + loser + "')].status").value("LOST"))
                    .andExpect(
                            jsonPath("$[?(@.id == '" + loser + "')].lostReason").value("NOT_DRAWN"));
            book(lost, START, null)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:slot-full"));
            book(lost, LATER, null).andExpect(status().isCreated());
            assertThat(taken(START)).isEqualTo(2);
            // Holding again changes nothing.
            assertThat(holding.hold(PlannedSlot.idOf(HALL, MATTER, LocalDateTime.parse(START))))
                    .isFalse();
        }
    }

    @Test
    void theDrawOfASlotThatIsNotScarceIsNotFoundAndBadInputIsRefused() throws Exception {
        points.upsert(TestPoints.hall(HALL, 2, 2));
        mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", TestPoints.BUSINESS_REGISTRATION)
                        .param("start", START))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", "{\"$gt\":\"\"}")
                        .param("start", START))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", MATTER)
                        .param("start", "tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", MATTER))
                .andExpect(status().isBadRequest());
        long draws = mongo.getCollection("draws").countDocuments();
        // Far ahead of its release, a read commits nothing.
        mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                        .param("matter", MATTER)
                        .param("start", "2026-12-22T09:00:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.commitment").value(nullValue()))
                .andExpect(jsonPath("$.slotStart").value("2026-12-22T09:00:00+08:00"));
        // The slotStart answered, or the same instant in UTC, reads the same draw.
        for (String start : List.of("2026-12-22T09:00:00+08:00", "2026-12-22T01:00:00Z")) {
            mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/draws")
                            .param("matter", MATTER)
                            .param("start", start))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.slotStart").value("2026-12-22T09:00:00+08:00"));
        }
        assertThat(mongo.getCollection("draws").countDocuments()).isEqualTo(draws);
        for (String staff : List.of("officer1", "inspector1", "admin1")) {
            mvc.perform(get("/api/appointments/draws/mine").with(Tokens.of(staff)))
                    .andExpect(status().isForbidden());
        }
    }

    /** The published algorithm, written from its description: rank = HMAC-SHA256(seed, id), ascending, then id. */
    static List<String> rerun(String seedHex, List<String> entryIds) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(seedHex), "HmacSHA256"));
        Map<String, String> rank = new TreeMap<>();
        for (String id : entryIds) {
            rank.put(id, HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))));
        }
        return rank.keySet().stream()
                .sorted(Comparator.comparing((String id) -> rank.get(id)).thenComparing(id -> id))
                .toList();
    }
}
