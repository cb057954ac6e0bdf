package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a paged list of a service (the one list convention) with {@code size=2}, as a client
 * following the {@code Link} header would, and checks what every paged list promises: the first
 * page has two items and a {@code next} link at the gateway's public URL, every page says the same
 * {@code X-Total-Count}, the last page has no {@code next}, the pages together hold the total, and
 * {@code size=101} and {@code page=-1} are 400 problems naming the parameter.
 */
public final class PagedListChecks {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([a-z]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PagedListChecks() {}

    /**
     * @param path the list's path, with its query if any (e.g. {@code /api/x/things?status=OPEN})
     * @param publicBaseUrl where the links point ({@code onewindow.api-docs.public-base-url})
     * @param atLeast how many items the caller knows the list has (more than two)
     * @return every item, page after page
     */
    public static List<JsonNode> walk(
            MockMvc mvc, String path, RequestPostProcessor caller, String publicBaseUrl, int atLeast) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonNode> items = new ArrayList<>();
        String next = path + separator + "size=2";
        Long total = null;
        int pages = 0;
        while (next != null) {
            MvcResult page = mvc.perform(get(next).with(caller)).andReturn();
            assertThat(page.getResponse().getStatus()).as(next).isEqualTo(200);
            JsonNode body = JSON.readTree(page.getResponse().getContentAsString());
            assertThat(body.isArray()).as("a list stays a JSON array").isTrue();
            long said = Long.parseLong(page.getResponse().getHeader("X-Total-Count"));
            if (total == null) {
                total = said;
                assertThat(total).as("X-Total-Count").isGreaterThanOrEqualTo(atLeast);
                assertThat(body.size()).as("the first page is full").isEqualTo(2);
            }
            assertThat(said).as("every page counts the same list").isEqualTo(total);
            body.forEach(items::add);
            String link = page.getResponse().getHeader("Link");
            assertThat(link).as("Link of " + next).contains("rel=\"first\"");
            next = null;
            Matcher m = LINK.matcher(link);
            while (m.find()) {
                assertThat(m.group(1)).startsWith(publicBaseUrl + path.replaceAll("\\?.*", ""));
                if ("next".equals(m.group(2))) {
                    next = m.group(1).substring(publicBaseUrl.length());
                }
            }
            if (++pages > 1000) {
                throw new AssertionError("no last page after 1000 pages of " + path);
            }
        }
        assertThat(pages).as("more than one page").isGreaterThan(1);
        assertThat((long) items.size()).as("the pages hold the total").isEqualTo(total);
        refused(mvc, path + separator + "size=101", caller, "size");
        refused(mvc, path + separator + "page=-1", caller, "page");
        return items;
    }

    private static void refused(MockMvc mvc, String path, RequestPostProcessor caller, String field) throws Exception {
        MvcResult answer = mvc.perform(get(path).with(caller)).andReturn();
        assertThat(answer.getResponse().getStatus()).as(path).isEqualTo(400);
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getResponse().getContentAsString());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as("the problem names the parameter").containsExactly(field);
    }
}
