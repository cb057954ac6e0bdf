package io.onewindow.platform.concurrency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the write convention's conditional requests: on an update that takes an {@link IfMatch},
 * the {@code If-Match} header and the {@code ETag} of its answer (the 412 and 428 problems are added
 * with the other problems by {@code ApiOperationConventions}); on a {@link Tagged} GET, the {@code
 * ETag}, {@code If-None-Match} and the 304.
 */
public class ConditionalRequestApiDocs implements OperationCustomizer {

    static final String IF_MATCH = "The ETag of the resource as last read (a GET or the answer of the last update)."
            + " Required to change or remove an existing resource (428 precondition-required without it); 412"
            + " precondition-failed when the resource changed since (read it again). `*` means only that it must"
            + " exist. A PUT that creates the resource needs none.";
    static final String ETAG = "The strong entity tag of the resource's state; send it as If-Match to update it.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean update = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> IfMatch.class.equals(parameter.getParameterType()));
        boolean tagged = handlerMethod.hasMethodAnnotation(Tagged.class);
        if (update) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IfMatch.HEADER)
                    .required(false)
                    .description(IF_MATCH)
                    .schema(new StringSchema().example("\"q1b2…\"")));
        }
        if (tagged) {
            operation.addParametersItem(new HeaderParameter()
                    .name("If-None-Match")
                    .required(false)
                    .description("The ETag last read: answered 304 without a body while it still matches.")
                    .schema(new StringSchema()));
            if (operation.getResponses() != null) {
                operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified"));
            }
        }
        if ((update || tagged) && operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(
                            "ETag", new Header().description(ETAG).schema(new StringSchema()));
                }
            });
        }
        return operation;
    }
}
