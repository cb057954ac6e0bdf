package io.onewindow.appointment.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.PagedListChecks;
import io.onewindow.platform.web.ApiDocsProperties;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The one list convention on appointment-service's lists: paged in the store, counted, linked, still cacheable. */
@AppointmentIntegrationTest
class PagedListsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    ApiDocsProperties docs;

    @Test
    void theServicePointSearchIsPagedInTheStoreByIdWithTotalAndLinksAtTheGateway() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String id : List.of("page-c-" + run, "page-a-" + run, "page-b-" + run)) {
            points.upsert(TestPoints.hallWithPlacesPerSlot(id, 1));
        }

        List<JsonNode> found = PagedListChecks.walk(
                mvc,
                "/api/appointments/public/service-points?text=" + run,
                request -> request,
                docs.publicBaseUrl(),
                3);

        assertThat(found.stream().map(p -> p.path("id").asString()))
                .containsExactly("page-a-" + run, "page-b-" + run, "page-c-" + run);
    }

    @Test
    void eachPageOfAPublicListKeepsItsCacheHeadersAndETag() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String id : List.of("etag-a-" + run, "etag-b-" + run, "etag-c-" + run)) {
            points.upsert(TestPoints.hallWithPlacesPerSlot(id, 1));
        }
        String path = "/api/appointments/public/service-points?size=2&page=1&text=" + run;
        String etag = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void myBookingsRefuseAPageTooLargeOrBeforeTheFirstNamingTheParameter() throws Exception {
        mvc.perform(get("/api/appointments/mine?size=101").with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/appointments/mine?page=-1").with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/appointments/mine").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"));
    }
}
