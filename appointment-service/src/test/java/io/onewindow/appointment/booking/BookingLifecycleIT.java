package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.RegistryTags;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** No-shows, bans and schedule changes on a clock the test moves. */
@AppointmentIntegrationTest
class BookingLifecycleIT {

    @Autowired
    BookingDesk desk;

    @Autowired
    NoShowSweep sweep;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    BookingStore bookings;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor person(ResidentIdNumber id) {
        return Callers.as(new Caller(
                "u-" + id.value(),
                "p" + id.value(),
                Set.of(Roles.CITIZEN),
                null,
                id.value(),
                null,
                "onewindow-portal"));
    }

    Booking book(String hall, int person, LocalDateTime start) {
        return book(hall, person, start, TestPoints.BUSINESS_REGISTRATION);
    }

    Booking book(String hall, int person, LocalDateTime start, String matter) {
        return desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(person)),
                new Requester("u-" + person, "p" + person, false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                matter,
                start,
                null,
                "r-" + hall + start + person));
    }

    @Test
    void twoNoShowsInAMonthBanBookingForNinetyDaysUntilAnAdminLiftsIt() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot("noshow-hall", 5));
        ResidentIdNumber id = TestIds.person(4001);
        Booking wednesday = book("noshow-hall", 4001, LocalDateTime.of(2026, 12, 2, 9, 0));
        // One active booking per matter: the second visit is for another matter.
        Booking thursday = book("noshow-hall", 4001, LocalDateTime.of(2026, 12, 3, 9, 0), TestPoints.TRANSFER);
        Booking attended = book("noshow-hall", 4002, LocalDateTime.of(2026, 12, 2, 9, 0));
        bookings.change(
                attended.id(),
                b -> b.checkIn(
                        attended.principal().idHash(),
                        "u-officer",
                        "officer1",
                        "B001",
                        attended.slotStart(),
                        Duration.ofMinutes(15)));

        // Wednesday 09:35: the 09:00-09:20 slot plus 15 minutes grace is not over yet.
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 35));
        sweep.sweepNoShows();
        assertThat(bookings.find(wednesday.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);

        clock.set(LocalDateTime.of(2026, 12, 3, 12, 0));
        try (EventTap events = new EventTap()) {
            // Other stories share the database, so the sweep may mark their missed bookings too.
            assertThat(sweep.sweepNoShows()).isGreaterThanOrEqualTo(2);
            assertThat(sweep.sweepNoShows()).isZero();
            assertThat(bookings.find(wednesday.id()).orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
            assertThat(bookings.find(thursday.id()).orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
            assertThat(bookings.find(attended.id()).orElseThrow().status()).isEqualTo(BookingStatus.CHECKED_IN);
            events.await(r -> wednesday.id().equals(r.key()) && r.value().contains("onewindow.appointment.NoShow.v1"));
            events.await(r -> r.value().contains("onewindow.appointment.BookingBanImposed.v1")
                    && r.value().contains(wednesday.principal().idHash()));
        }

        assertThatThrownBy(() -> book("noshow-hall", 4001, LocalDateTime.of(2026, 12, 4, 9, 0)))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "booking-banned");
        mvc.perform(get("/api/appointments/mine/ban").with(person(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("NO_SHOWS"))
                .andExpect(jsonPath("$.noShows").value(2))
                .andExpect(jsonPath("$.until").value("2027-03-03T12:00:00+08:00"))
                .andExpect(jsonPath("$.principalIdMasked").value(id.masked()));
        mvc.perform(get("/api/appointments/mine/ban").with(person(TestIds.person(4002))))
                .andExpect(status().isNotFound());

        String lift = """
                {"idNumber":"%s","reason":"hospital stay proven"}""".formatted(id.value());
        mvc.perform(post("/api/appointments/bans/lift")
                        .with(Callers.deptadmin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lift))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appointments/bans/lift")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lift))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liftedAt").exists());
        // Lifted: books again (next week: the two missed visits still count for this week's limit).
        assertThat(book("noshow-hall", 4001, LocalDateTime.of(2026, 12, 7, 9, 0))
                        .status())
                .isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void closingADayCancelsItsBookingsWithTheReasonAndOffersNoSlots() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot("closing-hall", 5));
        Booking onFriday = book("closing-hall", 4101, LocalDateTime.of(2026, 12, 4, 10, 0));
        Booking onThursday = book("closing-hall", 4102, LocalDateTime.of(2026, 12, 3, 10, 0));
        String close = """
                {"day":"2026-12-04","reason":"消防演练，暂停对外服务"}""";

        mvc.perform(post("/api/appointments/service-points/closing-hall/closures")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(close))
                .andExpect(status().isForbidden());
        assertThat(bookings.find(onFriday.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);

        try (EventTap events = new EventTap()) {
            mvc.perform(post("/api/appointments/service-points/closing-hall/closures")
                            .with(Callers.admin1())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(close))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cancelledBookings").value(1));
            events.await(r -> onFriday.id().equals(r.key())
                    && r.value().contains("\"reason\":\"SCHEDULE_CHANGED\"")
                    && r.value().contains("消防演练"));
            events.await(r ->
                    "closing-hall".equals(r.key()) && r.value().contains("onewindow.appointment.ScheduleChanged.v1"));
        }
        assertThat(bookings.find(onFriday.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.find(onThursday.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        mvc.perform(get("/api/appointments/public/service-points/closing-hall/slots")
                        .param("matter", TestPoints.BUSINESS_REGISTRATION)
                        .param("from", "2026-12-04")
                        .param("to", "2026-12-04"))
                .andExpect(jsonPath("$.length()").value(0));
        // The person whose booking was cancelled may book another day at once: the limits were given back.
        assertThat(book("closing-hall", 4101, LocalDateTime.of(2026, 12, 7, 10, 0))
                        .status())
                .isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void changingOpeningHoursCancelsOnlyTheBookingsOutsideTheNewHours() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot("hours-hall", 5));
        Booking morning = book("hours-hall", 4201, LocalDateTime.of(2026, 12, 2, 9, 0));
        Booking afternoon = book("hours-hall", 4202, LocalDateTime.of(2026, 12, 2, 14, 10));
        String mornings = """
                {"hours":{"MONDAY":["09:00-12:00"],"TUESDAY":["09:00-12:00"],"WEDNESDAY":["09:00-12:00"],
                 "THURSDAY":["09:00-12:00"],"FRIDAY":["09:00-12:00"]},"reason":"下午暂停服务"}""";

        mvc.perform(put("/api/appointments/service-points/hours-hall/opening-hours")
                        .with(Callers.citizen1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mornings))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/appointments/service-points/hours-hall/opening-hours")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mornings.replace("09:00-12:00\"],\"TUESDAY", "25:00-12:00\"],\"TUESDAY")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/appointments/service-points/hours-hall/opening-hours")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mornings.replace("09:00-12:00\"],\"TUESDAY", "12:00-09:00\"],\"TUESDAY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-opening-hours"));
        mvc.perform(put("/api/appointments/service-points/hours-hall/opening-hours")
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mornings.replace("MONDAY", "FUNDAY")))
                .andExpect(status().isBadRequest());
        assertThat(bookings.find(afternoon.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);

        try (EventTap events = new EventTap()) {
            mvc.perform(put("/api/appointments/service-points/hours-hall/opening-hours")
                            .with(Callers.admin1())
                            .header("If-Match", RegistryTags.current(mvc, "hours-hall"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(mornings))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cancelledBookings").value(1));
            events.await(r -> "hours-hall".equals(r.key()) && r.value().contains("\"change\":\"HOURS_CHANGED\""));
            events.await(r -> afternoon.id().equals(r.key()) && r.value().contains("下午暂停服务"));
        }
        assertThat(bookings.find(afternoon.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.find(morning.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
    }
}
