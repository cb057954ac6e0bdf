package io.onewindow.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyApiDocsTest {

    private final IdempotencyKeyApiDocs docs =
            new IdempotencyKeyApiDocs("/api/appointments", List.of("/api/appointments", "/api/appointments/linked"));

    private static OpenAPI document() {
        return new OpenAPI()
                .paths(new Paths()
                        .addPathItem("/api/appointments", new PathItem().post(new Operation()))
                        .addPathItem("/api/appointments/{id}/cancel", new PathItem().post(new Operation()))
                        .addPathItem(
                                "/api/appointments/mandates",
                                new PathItem().get(new Operation()).post(new Operation()))
                        .addPathItem("/api/appointments/public/feedback", new PathItem().post(new Operation())));
    }

    private static List<String> headers(Operation operation) {
        return operation.getParameters() == null
                ? List.of()
                : operation.getParameters().stream()
                        .filter(p -> "header".equals(p.getIn()))
                        .map(Parameter::getName)
                        .toList();
    }

    @Test
    void everyPostOutsideTheExcludedAndPublicPathsListsTheOptionalHeader() {
        OpenAPI openApi = document();
        docs.customise(openApi);

        Operation cancel =
                openApi.getPaths().get("/api/appointments/{id}/cancel").getPost();
        assertThat(headers(cancel)).containsExactly("Idempotency-Key");
        assertThat(cancel.getParameters().get(0).getRequired()).isFalse();
        assertThat(headers(openApi.getPaths().get("/api/appointments/mandates").getPost()))
                .containsExactly("Idempotency-Key");
    }

    @Test
    void readsExcludedPathsAndPublicPathsAreLeftAlone() {
        OpenAPI openApi = document();
        docs.customise(openApi);

        assertThat(headers(openApi.getPaths().get("/api/appointments/mandates").getGet()))
                .isEmpty();
        assertThat(headers(openApi.getPaths().get("/api/appointments").getPost()))
                .isEmpty();
        assertThat(headers(openApi.getPaths()
                        .get("/api/appointments/public/feedback")
                        .getPost()))
                .isEmpty();
    }

    @Test
    void anOperationDeclaringTheHeaderItselfKeepsItsOwn() {
        Operation own = new Operation()
                .addParametersItem(new HeaderParameter().name("Idempotency-Key").description("own"));
        OpenAPI openApi = new OpenAPI().paths(new Paths().addPathItem("/api/cases", new PathItem().post(own)));
        new IdempotencyKeyApiDocs("/api/approvals", List.of()).customise(openApi);

        assertThat(own.getParameters()).hasSize(1);
        assertThat(own.getParameters().get(0).getDescription()).isEqualTo("own");
    }
}
