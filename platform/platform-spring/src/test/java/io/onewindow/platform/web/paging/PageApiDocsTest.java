package io.onewindow.platform.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class PageApiDocsTest {

    private final PageApiDocs docs = new PageApiDocs();

    static class Handlers {
        List<String> paged(PageParams params) {
            return List.of();
        }

        @NoTotalCount
        List<String> uncounted(PageParams params) {
            return List.of();
        }

        List<String> unpaged(String q) {
            return List.of();
        }
    }

    private Operation document(String method) throws NoSuchMethodException {
        HandlerMethod handler = new HandlerMethod(
                new Handlers(),
                Handlers.class.getDeclaredMethod(method, method.equals("unpaged") ? String.class : PageParams.class));
        return docs.customize(new Operation(), handler);
    }

    @Test
    void aPagedOperationDocumentsPageSizeAndBothHeaders() throws NoSuchMethodException {
        Operation operation = document("paged");
        assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("page", "size");
        Schema<?> size = operation.getParameters().get(1).getSchema();
        assertThat(size.getMaximum()).isEqualTo(BigDecimal.valueOf(100));
        assertThat(size.getDefault()).isEqualTo(20);
        assertThat(operation.getResponses().get("200").getHeaders()).containsKeys("Link", "X-Total-Count");
    }

    @Test
    void aListWithoutTotalDoesNotPromiseTheCount() throws NoSuchMethodException {
        assertThat(document("uncounted").getResponses().get("200").getHeaders())
                .containsKey("Link")
                .doesNotContainKey("X-Total-Count");
    }

    @Test
    void anUnpagedOperationIsLeftAlone() throws NoSuchMethodException {
        Operation operation = document("unpaged");
        assertThat(operation.getParameters()).isNull();
        assertThat(operation.getResponses()).isNull();
    }
}
