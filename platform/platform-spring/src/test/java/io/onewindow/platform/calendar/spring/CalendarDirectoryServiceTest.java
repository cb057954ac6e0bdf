package io.onewindow.platform.calendar.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import io.onewindow.platform.testapp.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A service on 2026-12-20, when a 20-working-day limit runs into 2027: counted provisionally from
 * the holiday law and said so while 2027 is not published, counted officially once its file is
 * in the calendar directory, without a restart; a date past the provisional horizon is refused
 * with a clean 503 problem naming the horizon; health and the gauge show the coverage throughout.
 */
@SpringBootTest(
        classes = TestServiceApplication.class,
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "onewindow.calendar.rescan-interval=0s",
            "management.endpoint.health.show-details=always"
        })
@AutoConfigureMockMvc
@Import(CalendarDirectoryServiceTest.December20.class)
class CalendarDirectoryServiceTest {

    private static final TestMongo MONGO = new TestMongo();
    private static Path directory;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @TestConfiguration
    static class December20 {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        MONGO.register(registry, "calendar_directory_test");
        directory = Files.createTempDirectory("onewindow-calendar");
        registry.add("onewindow.calendar.directory", () -> directory.toString());
    }

    private ResultActions deadline(String language) throws Exception {
        return deadline(language, "2026-12-20");
    }

    private ResultActions deadline(String language, String from) throws Exception {
        return mvc.perform(get("/api/deadlines")
                .param("from", from)
                .param("workingDays", "20")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.citizen()));
    }

    private double gauge() {
        return meters.get("onewindow.calendar.coverage.days").gauge().value();
    }

    @Test
    void countsProvisionallyUntilTheOfficialFileArrivesAndRefusesPastTheHorizon() throws Exception {
        deadline("en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2027-01-18"))
                .andExpect(jsonPath("$.provisional").value(true));
        deadline("en", "2028-12-20")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:calendar-not-covered"))
                .andExpect(jsonPath("$.title").value("The working-day calendar does not cover the year needed yet"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("horizon: 2028")))
                .andExpect(jsonPath("$.horizon").value(2028))
                .andExpect(jsonPath("$.year").value(2029));
        deadline("zh-CN", "2028-12-20")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("工作日历尚未包含所需年份"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.calendar.status").value("UP"))
                .andExpect(jsonPath("$.components.calendar.details.firstCoveredDate")
                        .value("2025-01-01"))
                .andExpect(jsonPath("$.components.calendar.details.lastCoveredDate")
                        .value("2026-12-31"))
                .andExpect(jsonPath("$.components.calendar.details.daysOfCoverageLeft")
                        .value(11))
                .andExpect(jsonPath("$.components.calendar.details.provisionalYears[0]")
                        .value("2027"))
                .andExpect(jsonPath("$.components.calendar.details.horizon").value("2028"))
                .andExpect(jsonPath("$.components.calendar.details.warning").exists());
        assertThat(gauge()).isEqualTo(11.0);

        // The district adds the year's file (test data here) when the State Council publishes it.
        Files.writeString(directory.resolve("2027.csv"), CalendarDirectoryTest.TEST_2027);

        deadline("en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2027-01-18"))
                .andExpect(jsonPath("$.provisional").value(false));
        deadline("en", "2028-12-20")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true));
        assertThat(gauge()).isEqualTo(376.0);
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.calendar.details.lastCoveredDate")
                        .value("2027-12-31"))
                .andExpect(jsonPath("$.components.calendar.details.warning").doesNotExist());
    }
}
