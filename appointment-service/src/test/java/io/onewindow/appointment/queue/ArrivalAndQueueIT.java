package io.onewindow.appointment.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Check-in with code and card, queue tickets, calling order and the public live status. */
@AppointmentIntegrationTest
class ArrivalAndQueueIT {

    static final String HALL = "queue-hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    BookingDesk desk;

    @Autowired
    BookingStore bookings;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MutableClock clock;

    Booking bookToday(int person, String time) {
        return desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(person)),
                new Requester("u-" + person, "p" + person, false, BookingChannel.WECHAT, "fp"),
                null,
                HALL,
                TestPoints.BUSINESS_REGISTRATION,
                LocalDateTime.parse("2026-12-01T" + time),
                null,
                "r" + person));
    }

    ResultActions post(String path, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void checksInOnlyThePersonOnTheCardAndQueuesThemWithWalkIns() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 5));
        Staff.post(mvc, "officer1", "market-regulation", HALL, "2", "3");
        Booking booking = bookToday(5001, "10:00");
        String byCard = """
                {"bookingCode":"%s","idNumber":"%s"}""";

        try (EventTap events = new EventTap()) {
            post(
                            "/api/appointments/check-ins",
                            Callers.officer1(),
                            byCard.formatted(
                                    booking.code(), TestIds.person(5002).value()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("check-in-identity-mismatch"));
            String refused = events.await(r -> booking.id().equals(r.key())
                            && r.value().contains("onewindow.appointment.CheckInRefused.v1"))
                    .value();
            assertThat(refused)
                    .contains("\"officerUsername\":\"officer1\"")
                    .contains("\"servicePointId\":\"queue-hall\"")
                    .contains("\"department\":\"market-regulation\"");
        }
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);

        // Another department's officer cannot find it; a citizen cannot check anyone in.
        post(
                        "/api/appointments/check-ins",
                        Callers.staff("taxofficer", Roles.WINDOW_OFFICER, "tax"),
                        byCard.formatted(booking.code(), TestIds.person(5001).value()))
                .andExpect(status().isNotFound());
        post(
                        "/api/appointments/check-ins",
                        Callers.citizen1(),
                        byCard.formatted(booking.code(), TestIds.person(5001).value()))
                .andExpect(status().isForbidden());
        post("/api/appointments/check-ins", Callers.officer1(), byCard.formatted(booking.code(), "440113199003071230"))
                .andExpect(status().isBadRequest());

        post(
                        "/api/appointments/check-ins",
                        Callers.officer1(),
                        byCard.formatted(booking.code(), TestIds.person(5001).value()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("B001"))
                .andExpect(jsonPath("$.bookingId").value(booking.id()));
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CHECKED_IN);
        post(
                        "/api/appointments/check-ins",
                        Callers.officer1(),
                        byCard.formatted(booking.code(), TestIds.person(5001).value()))
                .andExpect(status().isNotFound());

        String walkIn = """
                {"servicePointId":"queue-hall","matterCode":"MR-ENT-REG","idNumber":"%s","priority":%s}""";
        post(
                        "/api/appointments/tickets",
                        Callers.officer1(),
                        walkIn.formatted(TestIds.person(5003).value(), false))
                .andExpect(jsonPath("$.number").value("B002"));
        post(
                        "/api/appointments/tickets",
                        Callers.officer1(),
                        walkIn.formatted(TestIds.person(5004).value(), true))
                .andExpect(jsonPath("$.number").value("B003"));
        post(
                        "/api/appointments/tickets",
                        Callers.staff("taxofficer", Roles.WINDOW_OFFICER, "tax"),
                        walkIn.formatted(TestIds.person(5005).value(), false))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/appointments/public/service-points/queue-hall/queue"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.line=='B')].waiting").value(3))
                .andExpect(jsonPath("$[?(@.line=='B')].estimatedWaitMinutes").value(60));

        // 09:05: the elderly visitor first, then (the booked visitor came early) ticket order.
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 5));
        String window = "{\"window\":\"3\"}";
        String first = post("/api/appointments/service-points/queue-hall/lines/B/call", Callers.officer1(), window)
                .andExpect(jsonPath("$.number").value("B003"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        post(
                        "/api/appointments/service-points/queue-hall/lines/B/call",
                        Callers.staff("taxofficer", Roles.WINDOW_OFFICER, "tax"),
                        window)
                .andExpect(status().isForbidden());
        String firstId = first.substring(first.indexOf("\"id\":\"") + 6, first.indexOf("\"id\":\"") + 42);
        clock.advance(Duration.ofMinutes(12));
        post("/api/appointments/tickets/" + firstId + "/finish", Callers.officer1(), "{\"absent\":false}")
                .andExpect(jsonPath("$.status").value("SERVED"));
        post("/api/appointments/service-points/queue-hall/lines/B/call", Callers.officer1(), window)
                .andExpect(jsonPath("$.number").value("B001"));
        clock.advance(Duration.ofMinutes(1));
        post("/api/appointments/service-points/queue-hall/lines/B/call", Callers.officer1(), window)
                .andExpect(jsonPath("$.number").value("B002"));
        post("/api/appointments/service-points/queue-hall/lines/B/call", Callers.officer1(), window)
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/appointments/public/service-points/queue-hall/queue"))
                .andExpect(jsonPath("$[?(@.line=='B')].nowServing").value("B002"))
                .andExpect(jsonPath("$[?(@.line=='B')].waiting").value(0));
    }
}
