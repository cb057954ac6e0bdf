package io.onewindow.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of a OneWindow document says the same way: a stable {@code operationId}
 * ({@code <controller>.<method>}, e.g. {@code caseFiling.file}, never springdoc's {@code _1}
 * suffixes), no security requirement under {@code <apiPrefix>/public/**} and the Keycloak login
 * elsewhere, and the error responses the platform really answers, each an RFC 9457
 * {@code application/problem+json} {@code Problem} with an example: 400 and 500 on every
 * operation, 401 and 403 where a token is needed, 409 on authenticated writes, 422 on authenticated
 * POSTs (an {@code Idempotency-Key} reused for another request), 404 where the
 * path names a resource, 413 and 415 where there is a request body, 412 and 428 on an update that
 * takes {@code If-Match}, and 429 (the gateway's rate limit, with {@code Retry-After}) on every
 * operation. Responses a controller
 * documents itself are kept.
 */
public class ApiOperationConventions implements OperationCustomizer, OpenApiCustomizer, Ordered {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** Sent by the gateway's rate limit on the answers it lets through and on its 429. */
    static final String RATE_LIMIT_REMAINING = "X-RateLimit-Remaining";

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** An origin is scheme, host and port: well below the longest host name (253) plus those. */
    static final int ORIGIN_LENGTH = 300;

    private final String apiPrefix;
    private final List<String> securitySchemes;
    private final Problems problems;

    public ApiOperationConventions(String apiPrefix, List<String> securitySchemes, Problems problems) {
        this.apiPrefix = apiPrefix.endsWith("/") ? apiPrefix.substring(0, apiPrefix.length() - 1) : apiPrefix;
        this.securitySchemes = List.copyOf(securitySchemes);
        this.problems = problems;
    }

    /** Before {@link ApiLimitConventions}, which bounds the problem schemas added here. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        operation.setOperationId(operationId(handlerMethod));
        return operation;
    }

    /** {@code CaseFilingController#file} → {@code caseFiling.file}. */
    static String operationId(HandlerMethod handlerMethod) {
        String controller = handlerMethod.getBeanType().getSimpleName();
        if (controller.endsWith("Controller") && controller.length() > "Controller".length()) {
            controller = controller.substring(0, controller.length() - "Controller".length());
        }
        return Character.toLowerCase(controller.charAt(0)) + controller.substring(1) + "."
                + handlerMethod.getMethod().getName();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith(apiPrefix + "/public/") || path.equals(apiPrefix + "/public");
        if (open) {
            // an empty list: this operation needs no token (the document's default asks for one)
            operation.setSecurity(new ArrayList<>());
        } else {
            operation.setSecurity(securitySchemes.stream()
                    .map(scheme -> new io.swagger.v3.oas.models.security.SecurityRequirement().addList(scheme))
                    .toList());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        String example = path.replaceAll("\\{[^}]+}", "1");
        String badInput = operation.getRequestBody() != null ? "unknown-field" : "validation";
        add(operation, HttpStatus.BAD_REQUEST, badInput, example);
        if (!open) {
            add(operation, HttpStatus.UNAUTHORIZED, "unauthorized", example);
            add(operation, HttpStatus.FORBIDDEN, "forbidden", example);
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                add(operation, HttpStatus.CONFLICT, "conflict", example);
            }
            if (method == PathItem.HttpMethod.POST) {
                // the write convention: an Idempotency-Key sent again with another request
                add(operation, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", example);
            }
        }
        if (declaresHeader(operation, "If-Match")) {
            // the write convention: an update guarded by the resource's ETag
            add(operation, HttpStatus.PRECONDITION_FAILED, "precondition-failed", example);
            add(operation, HttpStatus.PRECONDITION_REQUIRED, "precondition-required", example);
        }
        if (path.contains("{")) {
            add(operation, HttpStatus.NOT_FOUND, "not-found", example);
        }
        if (operation.getRequestBody() != null) {
            add(operation, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", example);
            add(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", example);
        }
        // the gateway's rate limit, on every route: Retry-After says when to try again
        add(operation, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", example);
        ApiResponse tooMany = operation.getResponses().get("429");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
            tooMany.addHeaderObject(
                            HttpHeaders.RETRY_AFTER,
                            new Header()
                                    .description("seconds until the caller's bucket has a request again")
                                    .schema(new IntegerSchema()
                                            .format("int32")
                                            .minimum(BigDecimal.ZERO)
                                            .maximum(BigDecimal.valueOf(Integer.MAX_VALUE))))
                    .addHeaderObject(
                            RATE_LIMIT_REMAINING,
                            new Header()
                                    .description("requests left in the caller's bucket (0 here)")
                                    .schema(new IntegerSchema()
                                            .format("int64")
                                            .minimum(BigDecimal.ZERO)
                                            .maximum(BigDecimal.valueOf(Long.MAX_VALUE))))
                    .addHeaderObject(ALLOW_ORIGIN, allowOrigin());
        }
        add(operation, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", example);
    }

    /** The CORS header the gateway adds to every answer it lets through to an allowed origin. */
    static Header allowOrigin() {
        return new Header()
                .description(
                        "the caller's Origin when it is one of the gateway's allowed CORS origins; absent otherwise")
                .schema(new StringSchema().maxLength(ORIGIN_LENGTH));
    }

    private static boolean declaresHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    private void add(Operation operation, HttpStatus status, String code, String path) {
        String key = String.valueOf(status.value());
        ApiResponse existing = operation.getResponses().get(key);
        String title = problems.title(code, status, Locale.CHINA);
        if (existing != null
                && existing.getContent() != null
                && existing.getContent().containsKey(PROBLEM_JSON)) {
            return;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", Problems.TYPE_PREFIX + code);
        value.put("title", title);
        value.put("status", status.value());
        value.put("detail", title);
        value.put("instance", path);
        value.put("code", code);
        if (status == HttpStatus.BAD_REQUEST) {
            value.put("errors", List.of(Map.of("field", "name", "code", code, "message", title)));
        }
        value.put("correlationId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MediaType problem = new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .addExamples(code, new Example().summary(title).value(value));
        String description = existing != null && existing.getDescription() != null ? existing.getDescription() : title;
        operation
                .getResponses()
                .addApiResponse(
                        key,
                        new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType(PROBLEM_JSON, problem)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem; titles in Chinese unless Accept-Language: en")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .example("urn:onewindow:problem:validation")
                                .description("urn:onewindow:problem:<code>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("the <code> of type, for switching on"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                                .description("every bad field of a 400, at once"))
                .addProperty(
                        "correlationId",
                        new StringSchema()
                                .description("the X-Correlation-Id of the request, to quote when asking for help"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("the public JSON path, e.g. slot.start"))
                .addProperty("code", new StringSchema().description("a stable code, e.g. NotBlank"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "code", "message"));
    }
}
