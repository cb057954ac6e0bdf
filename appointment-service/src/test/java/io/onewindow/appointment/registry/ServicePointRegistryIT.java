package io.onewindow.appointment.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import io.onewindow.appointment.support.RegistryTags;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The registry's admin API for points: create, change, close for good; bad input refused naming
 * the field with nothing written; only platform administrators; every change on the topic as
 * {@code ServicePointRecorded} with the next version.
 */
@AppointmentIntegrationTest
class ServicePointRegistryIT {

    static final String BASE = "/api/appointments/admin/service-points";
    static final String PARENT = "registry-parent";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    BookingDesk desk;

    @Autowired
    BookingStore bookings;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MutableClock clock;

    static String point(String id, String parent) {
        return """
                {"id":"%s","name":"番禺区测试便民服务中心","tier":5,"parentId":%s,
                 "address":"广州市番禺区测试路8号","latitude":22.95,"longitude":113.36,
                 "openingHours":{"MONDAY":["09:00-12:00","13:30-17:00"],"FRIDAY":["09:00-12:00"]},
                 "windows":[
                   {"number":"1","name":"综合受理窗口","comprehensive":true,"delivery":true},
                   {"number":"B1","name":"市场监管窗口","comprehensive":false,"department":"market-regulation","delivery":false}],
                 "visitorInformation":{"parking":"地下停车场，80个车位","transport":"地铁3号线市桥站B出口",
                   "selfServiceTerminals":6,"twentyFourHourZone":true}}""".formatted(id, parent == null ? "null" : "\"" + parent + "\"");
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    void parentExists() {
        if (points.find(PARENT).isEmpty()) {
            points.upsert(TestPoints.hallWithPlacesPerSlot(PARENT, 3));
        }
    }

    @Test
    void anAdminCreatesAndChangesAPointEachVersionOnTheTopicAndShownToThePublic() throws Exception {
        parentExists();
        try (EventTap events = new EventTap()) {
            send(post(BASE), Callers.admin1(), point("registry-new", PARENT))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.registryVersion").value(1))
                    .andExpect(jsonPath("$.open").value(true))
                    .andExpect(jsonPath("$.windows[0].comprehensive").value(true));
            String created = events.await(r -> "registry-new".equals(r.key())
                            && r.value().contains("onewindow.appointment.ServicePointRecorded.v1"))
                    .value();
            assertThat(created)
                    .contains("\"change\":\"CREATED\"")
                    .contains("\"version\":1")
                    .contains("\"parentId\":\"registry-parent\"")
                    .contains("\"recordedBySubject\":\"u-admin1\"")
                    .contains("\"department\":\"market-regulation\"");

            String changed = point("registry-new", PARENT)
                    .replace("{\"id\":\"registry-new\",", "{")
                    .replace("番禺区测试便民服务中心", "番禺区测试政务服务站")
                    .replaceAll("\"openingHours\":\\{[^}]*\\},", "")
                    .replace(
                            "\"delivery\":true}",
                            "\"delivery\":true},\n{\"number\":\"T1\",\"name\":\"税务窗口\","
                                    + "\"comprehensive\":false,\"department\":\"tax\",\"delivery\":false}");
            send(
                            put(BASE + "/registry-new").header("If-Match", RegistryTags.current(mvc, "registry-new")),
                            Callers.admin1(),
                            changed)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.registryVersion").value(2))
                    .andExpect(jsonPath("$.windows.length()").value(3));
            events.await(r -> "registry-new".equals(r.key())
                    && r.value().contains("\"change\":\"CHANGED\"")
                    && r.value().contains("\"version\":2")
                    && r.value().contains("番禺区测试政务服务站"));
        }
        mvc.perform(get("/api/appointments/public/service-points/registry-new"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.windowCount").value(3))
                .andExpect(jsonPath("$.windows[2].number").value("T1"))
                .andExpect(jsonPath("$.visitorInformation.parking").value("地下停车场，80个车位"))
                .andExpect(jsonPath("$.visitorInformation.selfServiceTerminals").value(6))
                .andExpect(jsonPath("$.visitorInformation.twentyFourHourZone").value(true))
                .andExpect(jsonPath("$.openingHours.MONDAY[1]").value("13:30-17:00"));

        // The same id again: 409, the first stays.
        send(post(BASE), Callers.admin1(), point("registry-new", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("service-point-exists"));
        assertThat(points.require("registry-new").parentId()).isEqualTo(PARENT);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        parentExists();
        String id = "registry-bad";
        record Bad(String body, String field) {}
        String good = point(id, PARENT);
        List<Bad> cases = List.of(
                new Bad(good.replace("\"tier\":5", "\"tier\":\"5\""), "tier"),
                new Bad(good.replace("\"tier\":5", "\"tier\":7"), "tier"),
                new Bad(good.replace("\"latitude\":22.95", "\"latitude\":91.0"), "latitude"),
                new Bad(good.replace("\"longitude\":113.36", "\"longitude\":-181"), "longitude"),
                new Bad(good.replace("番禺区测试便民服务中心", "长".repeat(101)), "name"),
                new Bad(good.replace("番禺区测试便民服务中心", "$gt"), "name"),
                new Bad(good.replace("\"registry-parent\"", "{\"$gt\":\"\"}"), "parentId"),
                new Bad(good.replace("\"id\":\"registry-bad\"", "\"id\":\"Bad_ID\""), "id"),
                new Bad(good.replace("\"id\":\"registry-bad\"", "\"id\":\"" + "a".repeat(65) + "\""), "id"),
                new Bad(good.replace("\"registry-parent\"", "\"no-such-parent\""), "parentId"),
                new Bad(good.replace("\"09:00-12:00\",\"13:30-17:00\"", "\"12:00-09:00\""), "openingHours"),
                new Bad(good.replace("\"number\":\"B1\"", "\"number\":\"1\""), "windows"),
                new Bad(
                        good.replace("\"comprehensive\":true,", "\"comprehensive\":true,\"department\":\"tax\","),
                        "windows[0].department"),
                new Bad(good.replace(",\"department\":\"market-regulation\"", ""), "windows[1].department"),
                new Bad(
                        good.replace("\"selfServiceTerminals\":6", "\"selfServiceTerminals\":-1"),
                        "visitorInformation.selfServiceTerminals"),
                new Bad(good.replace("\"windows\":[", "\"unknownField\":1,\"windows\":["), "unknownField"));
        for (Bad bad : cases) {
            send(post(BASE), Callers.admin1(), bad.body())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("urn:onewindow:problem:")))
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(bad.field())));
        }
        send(post(BASE), Callers.admin1(), "{\"id\":\"registry-bad\",").andExpect(status().isBadRequest());
        send(post(BASE), Callers.admin1(), good.replace("番禺区测试便民服务中心", "x".repeat(1_100_000)))
                .andExpect(status().is(413));
        assertThat(points.find(id)).isEmpty();
        assertThat(points.find("Bad_ID")).isEmpty();
    }

    @Test
    void onlyPlatformAdministratorsCreateChangeOrClosePoints() throws Exception {
        parentExists();
        for (RequestPostProcessor who : List.of(
                Callers.citizen1(),
                Callers.officer1(),
                Callers.deptadmin1(),
                Callers.catalogadmin1(),
                Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration"))) {
            send(post(BASE), who, point("registry-refused", PARENT)).andExpect(status().isForbidden());
            send(post(BASE + "/" + PARENT + "/close"), who, "{\"reason\":\"撤销\"}")
                    .andExpect(status().isForbidden());
        }
        assertThat(points.find("registry-refused")).isEmpty();
        assertThat(points.require(PARENT).isOpen()).isTrue();
        mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(point("registry-refused", PARENT)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void closingAPointForGoodCancelsItsFutureBookingsAndTakesItOutOfBooking() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        String hall = "registry-closing";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 5));
        Booking booking = desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(8601)),
                new Requester("u-8601", "p8601", false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                TestPoints.BUSINESS_REGISTRATION,
                LocalDateTime.of(2026, 12, 3, 10, 0),
                null,
                "r-8601"));

        try (EventTap events = new EventTap()) {
            send(post(BASE + "/" + hall + "/close"), Callers.admin1(), "{\"reason\":\"网点搬迁，请到区政务服务中心办理\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.open").value(false))
                    .andExpect(jsonPath("$.cancelledBookings").value(1));
            events.await(r -> booking.id().equals(r.key())
                    && r.value().contains("\"reason\":\"SCHEDULE_CHANGED\"")
                    && r.value().contains("网点搬迁"));
            events.await(r -> hall.equals(r.key())
                    && r.value().contains("\"change\":\"CLOSED\"")
                    && r.value().contains("\"open\":false"));
        }
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        mvc.perform(get("/api/appointments/public/service-points").param("text", "测试大厅 " + hall))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/appointments/public/service-points/" + hall))
                .andExpect(jsonPath("$.open").value(false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.book(new BookingDesk.BookCommand(
                        hasher.principal(TestIds.person(8602)),
                        new Requester("u-8602", "p8602", false, BookingChannel.PORTAL, "fp"),
                        null,
                        hall,
                        TestPoints.BUSINESS_REGISTRATION,
                        LocalDateTime.of(2026, 12, 3, 10, 20),
                        null,
                        "r-8602")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(hall);
        // Closed: no second close, no change; the demo-style upsert leaves it closed.
        send(post(BASE + "/" + hall + "/close"), Callers.admin1(), "{\"reason\":\"再次\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("service-point-closed"));
        assertThat(points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 5))).isFalse();
        assertThat(points.require(hall).isOpen()).isFalse();
    }
}
