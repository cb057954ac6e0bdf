package io.onewindow.appointment.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.Agency;
import io.onewindow.appointment.support.AgencyIntegrationTest;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.EventTap;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.appointment.support.Tokens;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The intermediary's day limit, lowered below the agent's so the one agent of the realm reaches it. */
@AgencyIntegrationTest
@TestPropertySource(
        properties = {
            "spring.mongodb.database=appointment_agency_limits_it",
            "onewindow.appointment.intermediary-bookings-per-day=2"
        })
class AgencyLimitsIT {

    static final String HALL = "agency-limits-hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    IdentityPseudonyms pseudonyms;

    ResultActions book(String principal, String start) throws Exception {
        return mvc.perform(post("/api/appointments")
                .with(Tokens.of("agent1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"servicePointId":"%s","matterCode":"%s","start":"%s","principalIdNumber":"%s"}""".formatted(HALL, TestPoints.BUSINESS_REGISTRATION, start, principal)));
    }

    @Test
    void theIntermediarysDayIsUsedUpAcrossItsAgentsAndTheRefusalIsRecorded() throws Exception {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 4));
        Agency.enrolAgent1(mvc, Tokens.of("admin1"));
        for (int i = 0; i < 4; i++) {
            Agency.grantAtWindow(
                    mvc, Tokens.of("officer1"), TestIds.person(200 + i).value(), LocalDate.of(2026, 12, 31));
        }
        book(TestIds.person(200).value(), "2026-12-02T09:00:00").andExpect(status().isCreated());
        book(TestIds.person(201).value(), "2026-12-02T09:20:00").andExpect(status().isCreated());
        long bookings = mongo.getCollection("bookings").countDocuments();
        try (EventTap events = new EventTap()) {
            String third = TestIds.person(202).value();
            book(third, "2026-12-02T09:40:00")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("agency.intermediary-limit"));
            assertThat(mongo.getCollection("bookings").countDocuments()).isEqualTo(bookings);
            events.await(r -> r.value().contains("AgentBookingRefused.v1")
                    && r.value().contains("\"reason\":\"INTERMEDIARY_LIMIT\"")
                    && r.value().contains("\"principalPseudonym\":\"" + pseudonyms.ofIdNumber(third) + "\"")
                    && r.value().contains("\"intermediaryCode\":\"" + Agency.INTERMEDIARY + "\""));
            book(third, "2026-12-03T09:40:00").andExpect(status().isCreated());
        }
    }
}
