package io.onewindow.platform.web.paging;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every paged operation (a handler with a {@link PageParams} parameter) the same way:
 * the query parameters {@code page} and {@code size} with their defaults and bounds, and on the
 * 200 answer the {@code Link} header and, unless the operation says its list has no total,
 * {@code X-Total-Count}.
 */
public final class PageApiDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(p -> PageParams.class.equals(p.getParameterType()));
        if (!paged) {
            return operation;
        }
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "page".equals(p.getName()) || "size".equals(p.getName()));
        }
        operation.addParametersItem(new Parameter()
                .in("query")
                .name("page")
                .description("0-based page number (see Link rel=next/prev/first/last)")
                .schema(new IntegerSchema()
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(PageParams.MAX_PAGE))
                        ._default(0)));
        operation.addParametersItem(new Parameter()
                .in("query")
                .name("size")
                .description("items per page; more than " + PageParams.MAX_SIZE + " is a 400 problem naming size")
                .schema(new IntegerSchema()
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(PageParams.MAX_SIZE))
                        ._default(PageParams.DEFAULT_SIZE)));
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null) {
            ok = new ApiResponse().description("OK");
            operation.getResponses().addApiResponse("200", ok);
        }
        ok.addHeaderObject(
                "Link",
                new Header()
                        .description("RFC 8288 links to the first, prev, next and (with a total) last page")
                        .schema(new StringSchema()));
        if (!handlerMethod.hasMethodAnnotation(NoTotalCount.class)) {
            ok.addHeaderObject(
                    PageParams.TOTAL_COUNT,
                    new Header()
                            .description("how many items the whole list has")
                            .schema(new IntegerSchema().format("int64")));
        }
        return operation;
    }
}
