package io.onewindow.appointment.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.BookingStore;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.catalog.PublishedMatters;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.Catalog;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.RegistryTags;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Offerings of published catalog matters: name and department from the catalog, the department's
 * administrator only for his department, unknown matters refused, a withdrawal or a re-timing
 * cancelling the future bookings it leaves without a slot.
 */
@AppointmentIntegrationTest
class OfferingsIT {

    static final String BASE = "/api/appointments/admin/service-points/";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    PublishedMatters catalog;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    BookingDesk desk;

    @Autowired
    BookingStore bookings;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MutableClock clock;

    ResultActions putOffer(String hall, String matter, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(put(BASE + hall + "/offers/" + matter)
                .header("If-Match", RegistryTags.current(mvc, hall))
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    void published(String code, String name, String department) throws Exception {
        if (catalog.find(code).isEmpty()) {
            Catalog.publish(kafka, codec, Catalog.version(code, 1, name, department));
            Catalog.await(code + " known", () -> catalog.find(code).isPresent());
        }
    }

    Booking book(String hall, int person, String matter, LocalDateTime start) {
        return desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(person)),
                new Requester("u-" + person, "p" + person, false, BookingChannel.PORTAL, "fp"),
                null,
                hall,
                matter,
                start,
                null,
                "r-" + hall + person));
    }

    @Test
    void aPublishedMatterIsOfferedWithTheCatalogsNameAndDepartmentByItsDepartmentsAdministrator() throws Exception {
        String hall = "offer-hall";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 3));
        published("IT-MR-101", "个体工商户变更登记（测试）", "market-regulation");
        published("IT-TX-101", "税务测试事项", "tax");
        String offer = """
                {"line":"K","minutesPerVisit":20,"placesPerSlot":2}""";

        // Unknown to the catalog: 400 naming matterCode, nothing written.
        putOffer(hall, "NO-SUCH-MATTER", Callers.admin1(), offer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-matter"))
                .andExpect(jsonPath("$.errors[0].field").value("matterCode"));
        // Another department's administrator, an officer, a citizen: 403, nothing written.
        putOffer(hall, "IT-TX-101", Callers.deptadmin1(), offer)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-your-department"));
        putOffer(hall, "IT-MR-101", Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration"), offer)
                .andExpect(status().isForbidden());
        putOffer(hall, "IT-MR-101", Callers.officer1(), offer).andExpect(status().isForbidden());
        putOffer(hall, "IT-MR-101", Callers.citizen1(), offer).andExpect(status().isForbidden());
        assertThat(points.require(hall).offer("IT-MR-101")).isEmpty();
        assertThat(points.require(hall).offer("IT-TX-101")).isEmpty();
        // Bad values: named.
        putOffer(hall, "IT-MR-101", Callers.deptadmin1(), offer.replace("\"K\"", "\"k\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line"));
        putOffer(hall, "IT-MR-101", Callers.deptadmin1(), offer.replace("20", "\"20\""))
                .andExpect(status().isBadRequest());
        putOffer(hall, "IT-MR-101", Callers.deptadmin1(), offer.replace("\"K\"", "\"A\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("line-of-another-department"));

        try (EventTap events = new EventTap()) {
            putOffer(hall, "IT-MR-101", Callers.deptadmin1(), offer)
                    .andExpect(status().isOk())
                    .andExpect(
                            jsonPath("$.matters[?(@.code=='IT-MR-101')].name").value("个体工商户变更登记（测试）"))
                    .andExpect(jsonPath("$.matters[?(@.code=='IT-MR-101')].department")
                            .value("market-regulation"));
            events.await(r -> hall.equals(r.key())
                    && r.value().contains("\"change\":\"OFFER_CHANGED\"")
                    && r.value().contains("\"matterCode\":\"IT-MR-101\"")
                    && r.value().contains("\"recordedBySubject\":\"u-deptadmin1\""));
        }
        mvc.perform(get("/api/appointments/public/service-points/" + hall))
                .andExpect(jsonPath("$.matters[?(@.code=='IT-MR-101')].name").value("个体工商户变更登记（测试）"))
                .andExpect(jsonPath("$.matters[?(@.code=='IT-MR-101')].line").value("K"));
        putOffer(hall, "IT-TX-101", Callers.admin1(), offer.replace("\"K\"", "\"X\""))
                .andExpect(status().isOk());
    }

    @Test
    void withdrawingOrReTimingAnOfferingCancelsTheBookingsItNoLongerFitsWithTheReason() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        String hall = "offer-withdraw-hall";
        points.upsert(TestPoints.hallWithPlacesPerSlot(hall, 3));
        published(TestPoints.BUSINESS_REGISTRATION, "企业设立登记", "market-regulation");
        Booking at0920 = book(hall, 8701, TestPoints.BUSINESS_REGISTRATION, LocalDateTime.of(2026, 12, 3, 9, 20));
        Booking at0940 = book(hall, 8702, TestPoints.BUSINESS_REGISTRATION, LocalDateTime.of(2026, 12, 3, 9, 40));
        Booking at1000 = book(hall, 8703, TestPoints.BUSINESS_REGISTRATION, LocalDateTime.of(2026, 12, 3, 10, 0));

        // 20-minute visits become 30: slots at 09:00, 09:30, 10:00 — 09:20 and 09:40 no longer exist.
        try (EventTap events = new EventTap()) {
            putOffer(hall, TestPoints.BUSINESS_REGISTRATION, Callers.deptadmin1(), """
                            {"line":"B","minutesPerVisit":30,"placesPerSlot":3,"reason":"办理时长调整为30分钟"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cancelledBookings").value(2));
            events.await(r -> at0920.id().equals(r.key())
                    && r.value().contains("\"reason\":\"SCHEDULE_CHANGED\"")
                    && r.value().contains("办理时长调整为30分钟"));
        }
        assertThat(bookings.find(at0920.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.find(at0940.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.find(at1000.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);

        // Withdrawal: another department's administrator refused, nothing written.
        mvc.perform(delete(BASE + hall + "/offers/" + TestPoints.BUSINESS_REGISTRATION)
                        .param("reason", "暂停办理")
                        .with(Callers.staff("deptadmin2", Roles.DEPT_ADMIN, "real-estate-registration")))
                .andExpect(status().isForbidden());
        assertThat(bookings.find(at1000.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        // A matter a linked business joins cannot be withdrawn alone.
        mvc.perform(delete(BASE + hall + "/offers/" + TestPoints.DEED_TAX)
                        .param("reason", "暂停办理")
                        .with(Callers.admin1())
                        .header("If-Match", RegistryTags.current(mvc, hall)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("offer-in-linked-business"));
        mvc.perform(delete(BASE + hall + "/offers/" + TestPoints.BUSINESS_REGISTRATION)
                        .param("reason", "$where")
                        .with(Callers.deptadmin1())
                        .header("If-Match", RegistryTags.current(mvc, hall)))
                .andExpect(status().isBadRequest());
        try (EventTap events = new EventTap()) {
            mvc.perform(delete(BASE + hall + "/offers/" + TestPoints.BUSINESS_REGISTRATION)
                            .param("reason", "该事项已移至区政务服务中心办理")
                            .with(Callers.deptadmin1())
                            .header("If-Match", RegistryTags.current(mvc, hall)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cancelledBookings").value(1));
            events.await(r -> at1000.id().equals(r.key())
                    && r.value().contains("\"reason\":\"SCHEDULE_CHANGED\"")
                    && r.value().contains("该事项已移至区政务服务中心办理"));
        }
        assertThat(bookings.find(at1000.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(points.require(hall).offer(TestPoints.BUSINESS_REGISTRATION)).isEmpty();
        mvc.perform(delete(BASE + hall + "/offers/" + TestPoints.BUSINESS_REGISTRATION)
                        .param("reason", "再次")
                        .with(Callers.admin1())
                        .header("If-Match", RegistryTags.current(mvc, hall)))
                .andExpect(status().isNotFound());
    }
}
