package io.onewindow.appointment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Public service points and slots are public-cacheable with an ETag and 304; personal reads never. */
@AppointmentIntegrationTest
class PublicReadCachingIT {

    static final String HALL = "etag-hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void hall() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        points.upsert(TestPoints.hallWithPlacesPerSlot(HALL, 3));
    }

    @Test
    void servicePointsAndSlotsCarryAnETagTheirMaxAgeAndAnswer304() throws Exception {
        check("/api/appointments/public/service-points/" + HALL, "max-age=60, public");
        check("/api/appointments/public/service-points?tier=4", "max-age=60, public");
        check(
                "/api/appointments/public/service-points/" + HALL + "/slots?matter=" + TestPoints.BUSINESS_REGISTRATION,
                "max-age=5, public");
    }

    @Test
    void aMissingServicePointAndTheLiveQueueAreNotPublicCacheable() throws Exception {
        mvc.perform(get("/api/appointments/public/service-points/no-such-hall"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
        String queue = mvc.perform(get("/api/appointments/public/service-points/" + HALL + "/queue"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.ETAG))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CACHE_CONTROL);
        assertThat(queue).doesNotContain("public");
    }

    @Test
    void aPersonalReadIsNeverPublicCacheable() throws Exception {
        String cacheControl = mvc.perform(get("/api/appointments/mine").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CACHE_CONTROL);
        assertThat(cacheControl).contains("no-store").doesNotContain("public");
    }

    private void check(String uri, String cacheControl) throws Exception {
        String etag = mvc.perform(get(uri))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, cacheControl))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(etag).as(uri).isNotBlank();

        mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().string(""));
        mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
    }
}
