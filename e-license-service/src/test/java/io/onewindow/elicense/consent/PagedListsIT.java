package io.onewindow.elicense.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.PagedListChecks;
import io.onewindow.platform.web.ApiDocsProperties;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The one list convention on e-license-service's lists: paged in the store, counted, linked, refused when too big. */
@ServiceIT
class PagedListsIT {

    static final String CITIZEN1_LICENSE = "lic-demo-citizen1-food";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiDocsProperties docs;

    @Test
    void theGrantsOnALicenseArePagedNewestFirstWithTotalAndLinksAtTheGateway() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/licenses/" + CITIZEN1_LICENSE + "/grants")
                            .with(Callers.citizen1())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"department\":\"tax\",\"purpose\":\"paging %d\",\"validUntil\":\"%s\"}"
                                    .formatted(i, Instant.now().plusSeconds(3600))))
                    .andExpect(status().is2xxSuccessful());
        }

        List<JsonNode> grants = PagedListChecks.walk(
                mvc, "/api/licenses/" + CITIZEN1_LICENSE + "/grants", Callers.citizen1(), docs.publicBaseUrl(), 3);

        assertThat(grants.stream()
                        .map(g -> java.time.OffsetDateTime.parse(
                                        g.path("createdAt").asString())
                                .toInstant())
                        .toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(grants.stream().map(g -> g.path("id").asString()).distinct().count())
                .as("no grant on two pages")
                .isEqualTo(grants.size());
    }

    @Test
    void anotherHolderCannotPageThroughTheGrants() throws Exception {
        mvc.perform(get("/api/licenses/" + CITIZEN1_LICENSE + "/grants?size=2").with(Callers.citizen2()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWalletRefusesAPageTooLargeNamingSize() throws Exception {
        mvc.perform(get("/api/licenses/mine?size=101").with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/licenses/mine?page=-1").with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
