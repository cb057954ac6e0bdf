package io.onewindow.platform.idempotency;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Documents the optional {@code Idempotency-Key} header on every POST operation the
 * {@link IdempotencyFilter} serves: all but the excluded paths and the public ones (an anonymous
 * caller's key is ignored). An operation that declares the header itself keeps its own text.
 */
public class IdempotencyKeyApiDocs implements OpenApiCustomizer {

    static final String DESCRIPTION = "Makes the request safe to retry: a retry with the same key and the same body"
            + " is answered with the first answer (header Idempotent-Replayed: true) without acting again; the same key"
            + " with another body is refused (422 idempotency-key-reused); while the first request still runs, 409"
            + " idempotency-key-in-flight with Retry-After. 1-255 visible ASCII characters (else 400"
            + " idempotency-key-invalid), scoped to the caller, method and path, kept for a day.";

    private final String publicPaths;
    private final List<String> excludedPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    public IdempotencyKeyApiDocs(String apiPrefix, List<String> excludedPaths) {
        this.publicPaths = apiPrefix + "/public/**";
        this.excludedPaths = List.copyOf(excludedPaths);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openApi.getPaths().entrySet()) {
            Operation post = entry.getValue().getPost();
            if (post != null && applies(entry.getKey()) && !declaresHeader(post)) {
                post.addParametersItem(new HeaderParameter()
                        .name(IdempotencyFilter.HEADER)
                        .required(false)
                        .description(DESCRIPTION)
                        .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
            }
        }
    }

    boolean applies(String path) {
        return !paths.match(publicPaths, path)
                && excludedPaths.stream().noneMatch(pattern -> paths.match(pattern, path));
    }

    private static boolean declaresHeader(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(p ->
                                "header".equals(p.getIn()) && IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
    }
}
