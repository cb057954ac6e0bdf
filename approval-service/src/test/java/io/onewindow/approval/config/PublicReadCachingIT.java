package io.onewindow.approval.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.platform.test.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Public reads are public-cacheable with an ETag and 304; personal reads are never. */
class PublicReadCachingIT extends ApprovalIntegrationTest {

    @Test
    void theCatalogAndTheCalendarCarryAnETagPublicCacheControlAndAnswer304() throws Exception {
        for (String path : new String[] {"/api/approvals/public/matters", "/api/approvals/public/calendar/2026"}) {
            String etag = mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, public"))
                    .andReturn()
                    .getResponse()
                    .getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).isNotBlank();

            mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isNotModified())
                    .andExpect(header().string(HttpHeaders.ETAG, etag))
                    .andExpect(content().string(""));
            mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aMissingGuideIsNotKept() throws Exception {
        mvc.perform(get("/api/approvals/public/matters/NO-SUCH-MATTER"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(header().doesNotExist(HttpHeaders.ETAG));
    }

    @Test
    void aPersonalReadIsNeverPublicCacheable() throws Exception {
        String cacheControl = mvc.perform(get("/api/approvals/cases").with(Callers.citizen2()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CACHE_CONTROL);
        assertThat(cacheControl).contains("no-store").doesNotContain("public");
    }
}
