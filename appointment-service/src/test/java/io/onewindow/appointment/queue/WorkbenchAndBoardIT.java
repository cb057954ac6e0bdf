package io.onewindow.appointment.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.Staff;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the window officer's workbench and the hall's board read: the officer's view of today's queue,
 * recalling a called ticket, and the public board, each with who may and may not.
 */
@AppointmentIntegrationTest
class WorkbenchAndBoardIT {

    static final String DESK_OFFICER = "workbench-mr-it";
    static final String FRONT_OFFICER = "workbench-front-it";
    static final String TAX_OFFICER = "workbench-tax-it";
    static final String ELSEWHERE_OFFICER = "workbench-elsewhere-it";

    static final RequestPostProcessor DESK = Callers.staff(DESK_OFFICER, Roles.WINDOW_OFFICER, "market-regulation");
    static final RequestPostProcessor FRONT =
            Callers.staff(FRONT_OFFICER, Roles.WINDOW_OFFICER, "district-admin-service");
    static final RequestPostProcessor TAX = Callers.staff(TAX_OFFICER, Roles.WINDOW_OFFICER, "tax");
    static final RequestPostProcessor ELSEWHERE =
            Callers.staff(ELSEWHERE_OFFICER, Roles.WINDOW_OFFICER, "market-regulation");

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    BookingDesk desk;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MutableClock clock;

    /**
     * A hall at 08:50, before it opens, with its officers posted: the desk at market-regulation windows 2
     * and 3, the front at comprehensive window 1, the tax officer at 5, another officer at another hall.
     */
    void hall(String hall) throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING.minusMinutes(10));
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 5));
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall + "-other", 5));
        Staff.post(mvc, DESK_OFFICER, "market-regulation", hall, "2", "3");
        Staff.post(mvc, FRONT_OFFICER, "district-admin-service", hall, "1");
        Staff.post(mvc, TAX_OFFICER, "tax", hall, "5");
        Staff.post(mvc, ELSEWHERE_OFFICER, "market-regulation", hall + "-other", "2");
    }

    /**
     * Four visitors on line B at 08:50: B001 booked for 09:00 (checked in), B002 a walk-in, B003 a
     * priority walk-in, B004 a walk-in. Answers the ticket ids in number order.
     */
    List<String> fourVisitors(String hall, int firstPerson) throws Exception {
        Booking booking = desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(firstPerson)),
                new Requester("u-" + firstPerson, "p" + firstPerson, false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                TestPoints.BUSINESS_REGISTRATION,
                LocalDateTime.parse("2026-12-01T09:00"),
                null,
                "wb-" + firstPerson));
        String b001 = id(post(
                        "/api/appointments/check-ins",
                        DESK,
                        "{\"bookingCode\":\"%s\",\"idNumber\":\"%s\"}"
                                .formatted(
                                        booking.code(),
                                        TestIds.person(firstPerson).value()))
                .andExpect(status().isCreated()));
        String b002 = walkIn(hall, firstPerson + 1, false);
        String b003 = walkIn(hall, firstPerson + 2, true);
        String b004 = walkIn(hall, firstPerson + 3, false);
        return List.of(b001, b002, b003, b004);
    }

    String walkIn(String hall, int person, boolean priority) throws Exception {
        return id(post(
                        "/api/appointments/tickets",
                        DESK,
                        "{\"servicePointId\":\"%s\",\"matterCode\":\"MR-ENT-REG\",\"idNumber\":\"%s\",\"priority\":%s}"
                                .formatted(hall, TestIds.person(person).value(), priority))
                .andExpect(status().isCreated()));
    }

    ResultActions call(String hall, String window) throws Exception {
        return post(
                "/api/appointments/service-points/" + hall + "/lines/B/call", DESK, "{\"window\":\"" + window + "\"}");
    }

    ResultActions post(String path, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions recall(String ticketId, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/appointments/tickets/" + ticketId + "/recall")
                .with(who));
    }

    static String id(ResultActions answer) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.id");
    }

    static String body(ResultActions answer) throws Exception {
        return answer.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOfficerSeesHisLinesWaitingInTheOrderCallNextTakesThemAndWhatIsCalled() throws Exception {
        String hall = "workbench-hall";
        hall(hall);
        List<String> tickets = fourVisitors(hall, 9701);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 5));
        String queue = "/api/appointments/service-points/" + hall + "/queue";

        String before = body(mvc.perform(get(queue).with(DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servicePointId").value(hall))
                .andExpect(jsonPath("$.windows").value(org.hamcrest.Matchers.contains("2", "3")))
                // A department window calls only its department's line.
                .andExpect(jsonPath("$.lines[*].line").value(org.hamcrest.Matchers.contains("B")))
                // Priority first, then the booked visitor in his slot, then ticket order.
                .andExpect(jsonPath("$.lines[0].waiting[*].number")
                        .value(org.hamcrest.Matchers.contains("B003", "B001", "B002", "B004")))
                .andExpect(jsonPath("$.lines[0].waiting[0].id").value(tickets.get(2)))
                .andExpect(jsonPath("$.lines[0].waiting[0].priority").value(true))
                .andExpect(jsonPath("$.lines[0].waiting[1].booked").value(true))
                .andExpect(jsonPath("$.lines[0].waiting[2].booked").value(false))
                .andExpect(jsonPath("$.lines[0].waiting[0].matterCode").value("MR-ENT-REG"))
                .andExpect(jsonPath("$.lines[0].waiting[0].issuedAt").value("2026-12-01T08:50:00+08:00"))
                .andExpect(jsonPath("$.lines[0].waiting[0].calledAt").doesNotExist())
                .andExpect(jsonPath("$.lines[0].called").isEmpty()));
        // Nothing that names the visitor: no ID number, no hash of it.
        for (int person = 9701; person <= 9704; person++) {
            assertThat(before)
                    .doesNotContain(TestIds.person(person).value())
                    .doesNotContain(hasher.principal(TestIds.person(person)).idHash());
        }
        assertThat(before).doesNotContain("principal").doesNotContain("bookingId");

        call(hall, "3").andExpect(jsonPath("$.number").value("B003"));
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get(queue).with(DESK))
                .andExpect(jsonPath("$.lines[0].waiting[*].number")
                        .value(org.hamcrest.Matchers.contains("B001", "B002", "B004")))
                .andExpect(jsonPath("$.lines[0].called[*].number").value(org.hamcrest.Matchers.contains("B003")))
                .andExpect(jsonPath("$.lines[0].called[0].window").value("3"))
                .andExpect(jsonPath("$.lines[0].called[0].calledAt").value("2026-12-01T09:05:00+08:00"))
                .andExpect(jsonPath("$.lines[0].called[0].recalls").value(0));
        // The first waiting is who call next takes.
        call(hall, "2").andExpect(jsonPath("$.number").value("B001"));

        // A comprehensive window calls any line: the front desk sees every line of the point.
        mvc.perform(get(queue).with(FRONT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.windows").value(org.hamcrest.Matchers.contains("1")))
                .andExpect(jsonPath("$.lines[*].line").value(org.hamcrest.Matchers.contains("A", "B", "T")))
                .andExpect(
                        jsonPath("$.lines[1].waiting[*].number").value(org.hamcrest.Matchers.contains("B002", "B004")))
                .andExpect(
                        jsonPath("$.lines[1].called[*].number").value(org.hamcrest.Matchers.contains("B003", "B001")))
                .andExpect(jsonPath("$.lines[1].called[*].window").value(org.hamcrest.Matchers.contains("3", "2")));
        // The tax window sees its own line, empty, and not line B.
        mvc.perform(get(queue).with(TAX))
                .andExpect(jsonPath("$.lines[*].line").value(org.hamcrest.Matchers.contains("T")))
                .andExpect(jsonPath("$.lines[0].waiting").isEmpty());

        // Served and absent tickets leave the view.
        post("/api/appointments/tickets/" + tickets.get(2) + "/finish", DESK, "{\"absent\":false}")
                .andExpect(status().isOk());
        post("/api/appointments/tickets/" + tickets.get(0) + "/finish", DESK, "{\"absent\":true}")
                .andExpect(status().isOk());
        mvc.perform(get(queue).with(DESK))
                .andExpect(jsonPath("$.lines[0].called").isEmpty());
    }

    @Test
    void onlyAnOfficerPostedAtThePointSeesItsQueue() throws Exception {
        String hall = "workbench-hall-refusals";
        hall(hall);
        walkIn(hall, 9711, false);
        String queue = "/api/appointments/service-points/" + hall + "/queue";

        mvc.perform(get(queue).with(ELSEWHERE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        mvc.perform(get(queue).with(Callers.citizen1())).andExpect(status().isForbidden());
        mvc.perform(get(queue).with(Callers.approver1())).andExpect(status().isForbidden());
        mvc.perform(get(queue)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/appointments/service-points/Not_A-Point!/queue").with(DESK))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/service-points/" + "a".repeat(65) + "/queue")
                        .with(DESK))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/service-points/no-such-workbench-hall/queue")
                        .with(DESK))
                .andExpect(status().isNotFound());
        // The officer of the other point sees his own point (and nothing of this one's).
        mvc.perform(get("/api/appointments/service-points/" + hall + "-other/queue")
                        .with(ELSEWHERE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].waiting").isEmpty());
    }

    @Test
    void aRecallAnnouncesTheCalledTicketAgainCountsItAndRecordsTicketRecalled() throws Exception {
        String hall = "workbench-hall-recall";
        hall(hall);
        List<String> tickets = fourVisitors(hall, 9721);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 5));
        String called = id(call(hall, "3").andExpect(jsonPath("$.number").value("B003")));

        // A waiting ticket is not recalled.
        recall(tickets.get(0), DESK)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket-not-recallable"));

        clock.advance(Duration.ofMinutes(2));
        try (EventTap events = new EventTap()) {
            recall(called, DESK)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.number").value("B003"))
                    .andExpect(jsonPath("$.status").value("CALLED"))
                    .andExpect(jsonPath("$.window").value("3"))
                    .andExpect(jsonPath("$.recalls").value(1));
            String recalled = events.await(r ->
                            called.equals(r.key()) && r.value().contains("onewindow.appointment.TicketRecalled.v1"))
                    .value();
            assertThat(recalled)
                    .contains("\"ticketNumber\":\"B003\"")
                    .contains("\"line\":\"B\"")
                    .contains("\"window\":\"3\"")
                    .contains("\"recalls\":1")
                    .contains("\"servicePointId\":\"" + hall + "\"")
                    .contains("\"department\":\"market-regulation\"")
                    .contains("\"recalledAt\":\"2026-12-01T01:07:00Z\"");
        }
        clock.advance(Duration.ofMinutes(1));
        recall(called, DESK).andExpect(jsonPath("$.recalls").value(2));
        mvc.perform(get("/api/appointments/service-points/" + hall + "/queue").with(DESK))
                .andExpect(jsonPath("$.lines[0].called[0].recalls").value(2));

        // Who may: as for finishing it.
        recall(called, ELSEWHERE)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        recall(called, TAX)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-your-department"));
        recall(called, Callers.citizen1()).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/appointments/tickets/" + called + "/recall"))
                .andExpect(status().isUnauthorized());
        recall("not-a-ticket", DESK).andExpect(status().isBadRequest());
        recall("00000000-0000-4000-8000-000000000000", DESK).andExpect(status().isNotFound());
        mvc.perform(get("/api/appointments/tickets/" + called).with(DESK))
                .andExpect(jsonPath("$.recalls").value(2));

        // Finished: no more recalls.
        post("/api/appointments/tickets/" + called + "/finish", DESK, "{\"absent\":true}")
                .andExpect(status().isOk());
        recall(called, DESK)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket-not-recallable"));
        mvc.perform(get("/api/appointments/tickets/" + called).with(DESK))
                .andExpect(jsonPath("$.recalls").value(2));
    }

    @Test
    void theBoardShowsNowCallingNextAndWaitingToAnyoneWithTicketNumbersOnly() throws Exception {
        String hall = "workbench-hall-board";
        hall(hall);
        List<String> tickets = fourVisitors(hall, 9731);
        String board = "/api/appointments/public/service-points/" + hall + "/board";

        mvc.perform(get(board))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servicePointId").value(hall))
                .andExpect(jsonPath("$.lines[*].line").value(org.hamcrest.Matchers.contains("A", "B", "T")))
                .andExpect(jsonPath("$.lines[1].nowCalling").isEmpty())
                .andExpect(jsonPath("$.lines[1].waiting").value(4));

        clock.set(LocalDateTime.of(2026, 12, 1, 9, 5));
        call(hall, "3").andExpect(jsonPath("$.number").value("B003"));
        clock.advance(Duration.ofMinutes(1));
        call(hall, "2").andExpect(jsonPath("$.number").value("B001"));
        clock.advance(Duration.ofMinutes(1));
        recall(tickets.get(2), DESK).andExpect(status().isOk());

        String answer = body(mvc.perform(get(board))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=1, public"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                // The recalled B003 shows again as the latest call, before B001 called after it.
                .andExpect(jsonPath("$.lines[1].nowCalling[*].number")
                        .value(org.hamcrest.Matchers.contains("B003", "B001")))
                .andExpect(jsonPath("$.lines[1].nowCalling[*].window").value(org.hamcrest.Matchers.contains("3", "2")))
                .andExpect(jsonPath("$.lines[1].nowCalling[0].at").value("2026-12-01T09:07:00+08:00"))
                .andExpect(jsonPath("$.lines[1].next").value(org.hamcrest.Matchers.contains("B002", "B004")))
                .andExpect(jsonPath("$.lines[1].waiting").value(2))
                .andExpect(jsonPath("$.lines[1].estimatedWaitMinutes").value(20))
                .andExpect(jsonPath("$.lines[0].waiting").value(0))
                .andExpect(jsonPath("$.lines[0].next").isEmpty()));
        for (int person = 9731; person <= 9734; person++) {
            assertThat(answer)
                    .doesNotContain(TestIds.person(person).value())
                    .doesNotContain(hasher.principal(TestIds.person(person)).idHash());
        }
        for (String ticket : tickets) {
            assertThat(answer).doesNotContain(ticket);
        }
        assertThat(answer).doesNotContain("MR-ENT-REG").doesNotContain("matterCode");

        // A repeat within the cache's second is a 304 on its ETag.
        String etag = mvc.perform(get(board)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get(board).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());

        mvc.perform(get(board).with(Callers.citizen1())).andExpect(status().isOk());
        mvc.perform(get("/api/appointments/public/service-points/Bad_Id!/board"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appointments/public/service-points/no-such-board-hall/board"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
    }
}
