package io.onewindow.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.testapp.TestMongo;
import io.onewindow.platform.testapp.TestServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one time convention through a service's real JSON mapper, parameter conversion and API
 * document: answers at the service's offset, requests with any offset, nonsense a 400 naming it.
 */
@SpringBootTest(
        classes = TestServiceApplication.class,
        properties = {
            "onewindow.service.name=test-service",
            "onewindow.service.api-prefix=/api/things",
            "spring.kafka.bootstrap-servers=127.0.0.1:1"
        })
@AutoConfigureMockMvc
class ApiTimeConventionTest {

    private static final TestMongo MONGO = new TestMongo();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.register(registry, "api_time_convention_test");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdown();
    }

    @Test
    void answersABodysInstantsAtTheServiceOffsetWhateverOffsetTheyCameWith() throws Exception {
        for (String at : new String[] {"2026-12-07T01:00:00Z", "2026-12-06T20:00:00-05:00", "2026-12-07T09:00:00"}) {
            mvc.perform(post("/api/things/public/meetings")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"at\":\"" + at
                                    + "\",\"until\":\"2026-12-07T03:30:00Z\",\"day\":\"2026-12-07\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.at").value("2026-12-07T09:00:00+08:00"))
                    .andExpect(jsonPath("$.until").value("2026-12-07T11:30:00+08:00"))
                    .andExpect(jsonPath("$.day").value("2026-12-07"));
        }
    }

    @Test
    void readsQueryParametersAsBodiesAreRead() throws Exception {
        mvc.perform(get("/api/things/public/meetings")
                        .param("at", "2026-12-07T01:00:00Z")
                        .param("until", "2026-12-07T09:30:00+08:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.at").value("2026-12-07T09:00:00+08:00"))
                .andExpect(jsonPath("$.until").value("2026-12-07T09:30:00+08:00"));
        mvc.perform(get("/api/things/public/meetings").param("at", "2026-12-07T09:00:00"))
                .andExpect(jsonPath("$.at").value("2026-12-07T09:00:00+08:00"));
    }

    @Test
    void refusesANonsenseTimeInABodyNamingTheField() throws Exception {
        mvc.perform(post("/api/things/public/meetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"at\":\"2026-13-07T09:00:00+08:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:wrong-type"))
                .andExpect(jsonPath("$.errors[0].field").value("at"));
    }

    @Test
    void refusesANonsenseTimeInAQueryNamingTheParameter() throws Exception {
        mvc.perform(get("/api/things/public/meetings").param("at", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:wrong-type"))
                .andExpect(jsonPath("$.errors[0].field").value("at"));
    }

    @Test
    void documentsInstantsAsDateTimeWithAnOffsetExampleAndDatesAsPlainDates() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.TestServiceApplicationMeeting.properties.at.format")
                        .value("date-time"))
                .andExpect(jsonPath("$.components.schemas.TestServiceApplicationMeeting.properties.at.example")
                        .value("2026-12-07T09:00:00+08:00"))
                .andExpect(jsonPath("$.components.schemas.TestServiceApplicationMeeting.properties.until.example")
                        .value("2026-12-07T09:00:00+08:00"))
                .andExpect(jsonPath("$.components.schemas.TestServiceApplicationMeeting.properties.day.format")
                        .value("date"))
                .andExpect(jsonPath("$.components.schemas.TestServiceApplicationMeeting.properties.day.example")
                        .value("2026-12-07"))
                .andExpect(jsonPath("$.paths['/api/things/public/meetings'].get.parameters[0].description")
                        .value(containsString("+08:00")));
    }
}
