package io.onewindow.platform.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.web.GatewayServerUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class PageParamsTest {

    private final PageParamsResolver resolver =
            new PageParamsResolver(new GatewayServerUrl("http://127.0.0.1:8080", "/api/approvals"));

    private static final List<Integer> FIVE =
            IntStream.rangeClosed(1, 5).boxed().toList();

    private PageParams resolve(String query, String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/approvals/cases");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(
                        nameValue[0],
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    private static List<InvalidValueException.Violation> refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidValueException e) {
            assertThat(e.code()).isEqualTo("validation");
            return e.violations();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void withoutParametersIsTheFirstPageOfTwenty() {
        PageParams params = resolve("");
        assertThat(params.page()).isZero();
        assertThat(params.size()).isEqualTo(20);
    }

    @Test
    void takesTheMaximumSizeAndPageButRefusesOneMoreNamingTheParameter() {
        assertThat(resolve("size=100&page=10000").size()).isEqualTo(100);
        assertThat(refusal(() -> resolve("size=101"))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("size");
            assertThat(v.code()).isEqualTo("Max");
        });
        assertThat(refusal(() -> resolve("page=10001")))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("page"));
    }

    @Test
    void refusesANegativePageAZeroSizeAndWordsListingEveryBadValueAtOnce() {
        assertThat(refusal(() -> resolve("page=-1&size=0")))
                .extracting(InvalidValueException.Violation::field, InvalidValueException.Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page", "Min"),
                        org.assertj.core.groups.Tuple.tuple("size", "Min"));
        assertThat(refusal(() -> resolve("size=ten")))
                .singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("wrong-type"));
        assertThatThrownBy(() -> resolve("page=99999999999")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void firstPageLinksToTheNextAndLastAtTheGatewayKeepingOtherQueryParameters() {
        ResponseEntity<List<Integer>> answer =
                resolve("status=open&size=2").ok(resolve("status=open&size=2").slice(FIVE));
        assertThat(answer.getBody()).containsExactly(1, 2);
        assertThat(answer.getHeaders().getFirst(PageParams.TOTAL_COUNT)).isEqualTo("5");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("<http://127.0.0.1:8080/api/approvals/cases?status=open&page=0&size=2>; rel=\"first\", "
                        + "<http://127.0.0.1:8080/api/approvals/cases?status=open&page=1&size=2>; rel=\"next\", "
                        + "<http://127.0.0.1:8080/api/approvals/cases?status=open&page=2&size=2>; rel=\"last\"");
    }

    @Test
    void lastPageHasAPreviousPageAndNoNext() {
        PageParams last = resolve("page=2&size=2");
        ResponseEntity<List<Integer>> answer = last.ok(last.slice(FIVE));
        assertThat(answer.getBody()).containsExactly(5);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LINK))
                .contains("page=1&size=2>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aPagePastTheEndIsEmptyAndPointsBackToTheLastPage() {
        PageParams beyond = resolve("page=7&size=2");
        ResponseEntity<List<Integer>> answer = beyond.ok(beyond.slice(FIVE));
        assertThat(answer.getBody()).isEmpty();
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LINK))
                .contains("page=2&size=2>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void linksGoToTheAddressTheGatewayWasAskedThrough() {
        PageParams params = resolve("size=2", "X-OneWindow-Gateway-Base-Url", "https://portal.example/gw");
        assertThat(params.ok(params.slice(FIVE)).getHeaders().getFirst(HttpHeaders.LINK))
                .startsWith("<https://portal.example/gw/api/approvals/cases?page=0&size=2>; rel=\"first\"");
    }

    @Test
    void encodesQueryValuesInTheLinks() {
        PageParams params = resolve("name=%E5%BC%A0%20%7Bx%7D&size=2");
        assertThat(params.ok(params.slice(FIVE)).getHeaders().getFirst(HttpHeaders.LINK))
                .contains("name=%E5%BC%A0%20%7Bx%7D")
                .doesNotContain("张")
                .doesNotContain("{x}");
    }

    @Test
    void aListWithoutTotalSaysOnlyWhetherThereIsANextPage() {
        PageParams params = resolve("size=2");
        ResponseEntity<List<Integer>> more = params.ok(params.withoutTotal(List.of(1, 2, 3)));
        assertThat(more.getBody()).containsExactly(1, 2);
        assertThat(more.getHeaders().containsHeader(PageParams.TOTAL_COUNT)).isFalse();
        assertThat(more.getHeaders().getFirst(HttpHeaders.LINK))
                .contains("rel=\"next\"")
                .doesNotContain("last");
        ResponseEntity<List<Integer>> end = params.ok(params.withoutTotal(List.of(1, 2)));
        assertThat(end.getHeaders().getFirst(HttpHeaders.LINK)).doesNotContain("rel=\"next\"");
    }

    @Test
    void storePagesAreSortedWithTheIdAsTiebreaker() {
        PageParams params = PageParams.of(3, 10);
        assertThat(params.offset()).isEqualTo(30);
        assertThat(params.pageable(Sort.by(Sort.Direction.DESC, "createdAt")).getSort())
                .containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
        assertThat(params.pageable(Sort.by("_id")).getSort()).containsExactly(Sort.Order.asc("_id"));
    }

    @Test
    void resolvesOnlyItsOwnType() throws NoSuchMethodException {
        MethodParameter paged = new MethodParameter(Handlers.class.getDeclaredMethod("paged", PageParams.class), 0);
        MethodParameter other = new MethodParameter(Handlers.class.getDeclaredMethod("other", String.class), 0);
        assertThat(resolver.supportsParameter(paged)).isTrue();
        assertThat(resolver.supportsParameter(other)).isFalse();
    }

    static class Handlers {
        void paged(PageParams params) {}

        void other(String value) {}
    }
}
