package io.onewindow.appointment.staff;

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
import io.onewindow.appointment.support.Staff;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff posts: who may post whom, the event, and the queue acting only where an officer is posted —
 * with the comprehensive window receiving another department's part.
 */
@AppointmentIntegrationTest
class StaffPostsIT {

    static final String STAFF = "/api/appointments/admin/staff/";

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

    @Autowired
    MongoTemplate mongo;

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String posts(String department, String hall, String... windows) {
        StringBuilder list = new StringBuilder();
        for (String window : windows) {
            list.append(list.isEmpty() ? "" : ",")
                    .append("{\"servicePointId\":\"%s\",\"window\":\"%s\"}".formatted(hall, window));
        }
        return "{\"department\":\"%s\",\"posts\":[%s]}".formatted(department, list);
    }

    long tickets(String hall) {
        return mongo.count(Query.query(Criteria.where("servicePointId").is(hall)), "tickets");
    }

    @Test
    void adminsPostStaffOfTheirDepartmentAtWindowsThatExistAndTheChangeIsPublished() throws Exception {
        String hall = "staff-hall";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 3));

        try (EventTap events = new EventTap()) {
            send(
                            put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                            Callers.deptadmin1(),
                            posts("market-regulation", hall, "2", "1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.posts.length()").value(2));
            String recorded = events.await(r -> "mr-officer-a".equals(r.key())
                            && r.value().contains("onewindow.appointment.StaffAssignmentsRecorded.v1"))
                    .value();
            assertThat(recorded)
                    .contains("\"department\":\"market-regulation\"")
                    .contains("\"window\":\"2\"")
                    .contains("\"recordedBySubject\":\"u-deptadmin1\"");
        }
        // The same posts again: nothing changes.
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        posts("market-regulation", hall, "2", "1"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(STAFF + "mr-officer-a").with(Callers.deptadmin1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posts[0].servicePointId").value(hall));

        // Another department's administrator: 403 for his staff and for a request naming another department.
        RequestPostProcessor deptadmin2 = Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration");
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        deptadmin2,
                        posts("market-regulation", hall, "3"))
                .andExpect(status().isForbidden());
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        deptadmin2,
                        posts("real-estate-registration", hall, "4"))
                .andExpect(status().isForbidden());
        mvc.perform(get(STAFF + "mr-officer-a").with(deptadmin2)).andExpect(status().isForbidden());
        for (RequestPostProcessor who : List.of(Callers.officer1(), Callers.citizen1(), Callers.inspector1())) {
            send(
                            put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                            who,
                            posts("market-regulation", hall, "3"))
                    .andExpect(status().isForbidden());
        }
        // Windows that do not exist or serve another department; bad input.
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        posts("market-regulation", hall, "2", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-window"))
                .andExpect(jsonPath("$.errors[0].field").value("posts[1].window"));
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        posts("market-regulation", hall, "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("window-of-another-department"));
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        posts("market-regulation", "no-such-hall", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("posts[0].servicePointId"));
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        posts("market-regulation", hall, "$gt"))
                .andExpect(status().isBadRequest());
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        "{\"department\":{\"$gt\":\"\"},\"posts\":[]}")
                .andExpect(status().isBadRequest());
        send(
                        put(STAFF + "mr-officer-a").headers(Staff.ifMatch(mvc, "mr-officer-a")),
                        Callers.admin1(),
                        "{\"department\":\"market-regulation\",\"posts\":")
                .andExpect(status().isBadRequest());
        mvc.perform(get(STAFF + "mr-officer-a").with(Callers.admin1()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.posts.length()").value(2));
        mvc.perform(get(STAFF + "never-posted").with(Callers.admin1())).andExpect(status().isNotFound());
    }

    @Test
    void postsAreCreatedWithoutIfMatchAndReplacedOnlyWithTheirCurrentTag() throws Exception {
        String hall = "staff-etag-hall";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 3));
        String body = posts("market-regulation", hall, "2");

        // Never posted: the PUT creates his posts, no If-Match needed; a tag or "*" cannot match.
        send(put(STAFF + "mr-etag").header("If-Match", "*"), Callers.admin1(), body)
                .andExpect(status().isPreconditionFailed());
        String first = send(put(STAFF + "mr-etag"), Callers.admin1(), body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(mvc.perform(get(STAFF + "mr-etag").with(Callers.admin1()))
                        .andReturn()
                        .getResponse()
                        .getHeader("ETag"))
                .isEqualTo(first);

        // Posted: without If-Match 428, with another tag 412, nothing written either way.
        send(put(STAFF + "mr-etag"), Callers.admin1(), posts("market-regulation", hall, "1"))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.code").value("precondition-required"));
        send(
                        put(STAFF + "mr-etag").header("If-Match", "\"stale\""),
                        Callers.admin1(),
                        posts("market-regulation", hall, "1"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(STAFF + "mr-etag").with(Callers.admin1()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.posts[0].window").value("2"));

        // Another department's administrator: 403 even with the right tag, never 412 or 428.
        RequestPostProcessor deptadmin2 = Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration");
        send(put(STAFF + "mr-etag").header("If-Match", first), deptadmin2, posts("market-regulation", hall, "1"))
                .andExpect(status().isForbidden());
        send(put(STAFF + "mr-etag"), deptadmin2, posts("market-regulation", hall, "1"))
                .andExpect(status().isForbidden());

        String second = send(
                        put(STAFF + "mr-etag").header("If-Match", first),
                        Callers.deptadmin1(),
                        posts("market-regulation", hall, "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(second).isNotEqualTo(first);
        send(put(STAFF + "mr-etag").header("If-Match", first), Callers.admin1(), posts("market-regulation", hall, "2"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(STAFF + "mr-etag").with(Callers.admin1()).header("If-None-Match", second))
                .andExpect(status().isNotModified());
    }

    @Test
    void anOfficerActsOnlyWherePostedAndAComprehensiveWindowChecksInAnotherDepartmentsPart() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        String hall = "posted-hall";
        String elsewhere = "posted-elsewhere-hall";
        points.upsert(TestPoints.hall(hall, 3, 3));
        points.upsert(TestPoints.hall(elsewhere, 3, 3));
        Staff.post(mvc, "posted-mr", "market-regulation", elsewhere, "2");
        RequestPostProcessor mrOfficer = Callers.staff("posted-mr", Roles.WINDOW_OFFICER, "market-regulation");
        RequestPostProcessor unposted = Callers.staff("unposted-mr", Roles.WINDOW_OFFICER, "market-regulation");
        Booking visit = desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(8801)),
                new Requester("u-8801", "p8801", false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                TestPoints.BUSINESS_REGISTRATION,
                LocalDateTime.of(2026, 12, 1, 10, 0),
                null,
                "r-8801"));
        String byCard = "{\"bookingCode\":\"%s\",\"idNumber\":\"%s\"}";

        // Not posted at this hall (posted elsewhere, or nowhere): 403, the booking untouched, no ticket.
        for (RequestPostProcessor officer : List.of(mrOfficer, unposted)) {
            send(
                            post("/api/appointments/check-ins"),
                            officer,
                            byCard.formatted(visit.code(), TestIds.person(8801).value()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("not-posted-here"));
            send(post("/api/appointments/tickets"), officer, """
                            {"servicePointId":"%s","matterCode":"MR-ENT-REG","idNumber":"%s"}""".formatted(
                                    hall, TestIds.person(8802).value()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("not-posted-here"));
        }
        // Even another person's card is not recorded as refused when the officer is not posted here.
        send(
                        post("/api/appointments/check-ins"),
                        mrOfficer,
                        byCard.formatted(visit.code(), TestIds.person(8803).value()))
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        Booking untouched = bookings.find(visit.id()).orElseThrow();
        assertThat(untouched.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(tickets(hall)).isZero();

        // Posted at window 2 of this hall: checks in, but calls only at the window he holds.
        Staff.post(mvc, "posted-mr", "market-regulation", hall, "2");
        String ticket = send(
                        post("/api/appointments/check-ins"),
                        mrOfficer,
                        byCard.formatted(visit.code(), TestIds.person(8801).value()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String ticketId = ticket.substring(ticket.indexOf("\"id\":\"") + 6, ticket.indexOf("\"id\":\"") + 42);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 55));
        send(post("/api/appointments/service-points/" + hall + "/lines/B/call"), mrOfficer, "{\"window\":\"3\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        send(post("/api/appointments/service-points/" + hall + "/lines/B/call"), mrOfficer, "{\"window\":\"2\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ticketId));
        send(post("/api/appointments/tickets/" + ticketId + "/finish"), unposted, "{\"absent\":false}")
                .andExpect(status().isForbidden());
        send(post("/api/appointments/tickets/" + ticketId + "/finish"), mrOfficer, "{\"absent\":false}")
                .andExpect(jsonPath("$.status").value("SERVED"));

        // The housing transfer (registration + deed tax, one code): the comprehensive window's officer
        // (district-admin-service) checks in both parts at once, with one ticket; a tax officer not
        // posted here cannot.
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        List<Booking> linked = desk.bookLinked(new BookingDesk.BookLinkedCommand(
                hasher.principal(TestIds.person(8804)),
                new Requester("u-8804", "p8804", false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                TestPoints.HOUSING_TRANSFER,
                LocalDateTime.of(2026, 12, 1, 10, 30),
                null,
                "r-8804"));
        String code = linked.get(0).code();
        Staff.post(mvc, "posted-tax", "tax", elsewhere, "5");
        send(
                        post("/api/appointments/check-ins"),
                        Callers.staff("posted-tax", Roles.WINDOW_OFFICER, "tax"),
                        byCard.formatted(code, TestIds.person(8804).value()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-posted-here"));
        Staff.post(mvc, "posted-comprehensive", "district-admin-service", hall, "1");
        RequestPostProcessor comprehensive =
                Callers.staff("posted-comprehensive", Roles.WINDOW_OFFICER, "district-admin-service");
        send(
                        post("/api/appointments/check-ins"),
                        comprehensive,
                        byCard.formatted(code, TestIds.person(8804).value()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.linkedBusiness").value(TestPoints.HOUSING_TRANSFER))
                .andExpect(jsonPath("$.linkedParts.length()").value(2));
        send(
                        post("/api/appointments/check-ins"),
                        comprehensive,
                        byCard.formatted(code, TestIds.person(8804).value()))
                .andExpect(status().isNotFound());
        assertThat(linked)
                .allSatisfy(part -> assertThat(
                                bookings.find(part.id()).orElseThrow().status())
                        .isEqualTo(BookingStatus.CHECKED_IN));
        assertThat(tickets(hall)).isEqualTo(2);
    }
}
