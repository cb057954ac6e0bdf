package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The time convention on the booking API: starts are answered with the district's offset
 * ({@code +08:00}), any offset is read as the instant it names, and what the API answers can be
 * sent back as it is.
 */
@AppointmentIntegrationTest
class TimeRoundTripIT {

    static final String HALL = "time-hall";
    static final String DAY = "2026-12-03";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void hall() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 3));
    }

    static RequestPostProcessor citizen(int n) {
        return Callers.as(new Caller(
                "u-time-" + n,
                "time-" + n,
                Set.of(Roles.CITIZEN),
                null,
                TestIds.person(n).value(),
                null,
                "onewindow-wechat"));
    }

    ResultActions book(RequestPostProcessor who, String start) throws Exception {
        return mvc.perform(post("/api/appointments")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"servicePointId":"%s","matterCode":"MR-ENT-REG","start":"%s"}""".formatted(HALL, start)));
    }

    ResultActions reschedule(RequestPostProcessor who, String id, String start) throws Exception {
        return mvc.perform(post("/api/appointments/" + id + "/reschedule")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"" + start + "\"}"));
    }

    List<Map<String, Object>> slots() throws Exception {
        String answer = mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/slots")
                        .param("matter", "MR-ENT-REG")
                        .param("from", DAY)
                        .param("to", DAY))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$");
    }

    int remainingAt(String start) throws Exception {
        return slots().stream()
                .filter(slot -> start.equals(slot.get("start")))
                .map(slot -> (Integer) slot.get("remaining"))
                .findFirst()
                .orElseThrow();
    }

    static String field(ResultActions answer, String path) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), path);
    }

    @Test
    void theSlotListAnswersStartsAndEndsWithTheDistrictsOffset() throws Exception {
        assertThat(slots()).isNotEmpty().allSatisfy(slot -> {
            assertThat((String) slot.get("start")).startsWith(DAY + "T").endsWith("+08:00");
            assertThat((String) slot.get("end")).endsWith("+08:00");
        });
    }

    @Test
    void aStartTakenFromTheSlotListBooksThatVerySlot() throws Exception {
        Map<String, Object> offered = slots().stream()
                .filter(slot -> "OPEN".equals(slot.get("state")))
                .findFirst()
                .orElseThrow();
        String start = (String) offered.get("start");

        book(citizen(6901), start)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotStart").value(start));

        assertThat(remainingAt(start)).isEqualTo((Integer) offered.get("remaining") - 1);
    }

    @Test
    void theSlotStartOfABookingCanBeSentBackToRescheduleAndReadTheSlot() throws Exception {
        String id = JsonPath.read(
                book(citizen(6902), DAY + "T10:00:00")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String elsewhere = field(book(citizen(6903), DAY + "T10:20:00").andExpect(status().isCreated()), "$.slotStart");
        assertThat(elsewhere).isEqualTo(DAY + "T10:20:00+08:00");

        reschedule(citizen(6902), id, elsewhere)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotStart").value(elsewhere));
        String mine = field(
                mvc.perform(get("/api/appointments/" + id).with(citizen(6902))).andExpect(status().isOk()),
                "$.slotStart");
        assertThat(mine).isEqualTo(elsewhere);
        assertThat(remainingAt(mine)).isEqualTo(1);
        assertThat(remainingAt(DAY + "T10:00:00+08:00")).isEqualTo(3);
    }

    @Test
    void theSameInstantWrittenWithZOrMinusFiveOrNoOffsetLandsOnTheSameSlot() throws Exception {
        book(citizen(6904), "2026-12-03T03:00:00Z")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotStart").value("2026-12-03T11:00:00+08:00"));
        book(citizen(6905), "2026-12-02T22:00:00-05:00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotStart").value("2026-12-03T11:00:00+08:00"));
        book(citizen(6906), "2026-12-03T11:00:00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotStart").value("2026-12-03T11:00:00+08:00"));

        assertThat(remainingAt("2026-12-03T11:00:00+08:00")).isZero();
    }

    @Test
    void aZTimeIsTheUtcInstantNotTheLocalHour() throws Exception {
        // 06:50Z is 14:50 in the district; read as local time it would name no slot (the hall opens at 09:00).
        book(citizen(6907), "2026-12-03T06:50:00Z")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotStart").value("2026-12-03T14:50:00+08:00"));
        assertThat(remainingAt("2026-12-03T14:50:00+08:00")).isEqualTo(2);
    }

    @Test
    void aStartThatIsNotATimeIsRefusedNamingStartAndWritesNothing() throws Exception {
        long before = mongo.getCollection("bookings").countDocuments();
        for (String nonsense : List.of("2026-12-03T25:00:00+08:00", "2026-02-30T10:00:00Z", "soon", "2026-12-03")) {
            book(citizen(6908), nonsense)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:wrong-type"))
                    .andExpect(jsonPath("$.errors[0].field").value("start"));
        }
        assertThat(mongo.getCollection("bookings").countDocuments()).isEqualTo(before);
    }
}
