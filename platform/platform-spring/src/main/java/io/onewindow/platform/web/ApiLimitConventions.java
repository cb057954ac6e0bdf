package io.onewindow.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * Bounds on every value of a OneWindow document, so a client (and the OWASP lint of the build)
 * knows the largest input the service takes: a string without {@code maxLength}, {@code enum} or
 * {@code const} from its record's constraints gets a bound by its format (a date 10 characters, an
 * instant 35, a UUID 36, a file the multipart file limit) or else the request body limit; an array
 * without {@code maxItems} the request body limit; an integer without bounds the range of its Java
 * type ({@code int32} or {@code int64}). Bounds a record declares ({@code @Size}, {@code @Max},
 * {@code @Positive}) are kept. A Java-only regular expression flag ({@code (?s)}) is rewritten in
 * the ECMA dialect OpenAPI patterns use.
 */
public class ApiLimitConventions implements OpenApiCustomizer, Ordered {

    static final int DATE_LENGTH = 10;
    /** {@code 2026-12-03T09:45:00.123456789+08:00}. */
    static final int INSTANT_LENGTH = 35;

    static final int UUID_LENGTH = 36;

    private final long maxBodyBytes;
    private final long maxFileBytes;

    public ApiLimitConventions(long maxBodyBytes, long maxFileBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxFileBytes = maxFileBytes;
    }

    /** Last, so the schemas every other customizer adds are bounded too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> bound(schema, seen));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> bound(parameter, seen));
            }
            item.readOperations().forEach(operation -> bound(operation, seen));
        });
    }

    private void bound(Operation operation, Set<Schema<?>> seen) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> bound(parameter, seen));
        }
        if (operation.getRequestBody() != null) {
            bound(operation.getRequestBody().getContent(), seen);
        }
        if (operation.getResponses() != null) {
            for (ApiResponse response : operation.getResponses().values()) {
                // an answer that documents headers a browser script reads (ETag, Link,
                // X-Total-Count, ...) also documents the gateway's CORS header that lets it
                if (response.getHeaders() != null
                        && !response.getHeaders().isEmpty()
                        && !response.getHeaders().containsKey(ApiOperationConventions.ALLOW_ORIGIN)) {
                    response.addHeaderObject(
                            ApiOperationConventions.ALLOW_ORIGIN, ApiOperationConventions.allowOrigin());
                }
                bound(response.getContent(), seen);
                if (response.getHeaders() != null) {
                    for (Header header : response.getHeaders().values()) {
                        bound(header.getSchema(), seen);
                    }
                }
            }
        }
    }

    private void bound(Parameter parameter, Set<Schema<?>> seen) {
        bound(parameter.getSchema(), seen);
        bound(parameter.getContent(), seen);
    }

    private void bound(Content content, Set<Schema<?>> seen) {
        if (content == null) {
            return;
        }
        for (MediaType mediaType : content.values()) {
            bound(mediaType.getSchema(), seen);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void bound(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
            return;
        }
        if (has(schema, "string")) {
            boundString((Schema) schema);
        }
        if (has(schema, "array") && schema.getMaxItems() == null) {
            schema.setMaxItems((int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
        }
        if (has(schema, "integer")) {
            boundInteger(schema);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> bound(property, seen));
        }
        bound(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            bound(values, seen);
        }
        for (Collection<Schema> composed : new Collection[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (composed != null) {
                composed.forEach(part -> bound(part, seen));
            }
        }
        if (schema.getPrefixItems() != null) {
            schema.getPrefixItems().forEach(part -> bound(part, seen));
        }
    }

    private void boundString(Schema<Object> schema) {
        if (schema.getPattern() != null && schema.getPattern().startsWith("(?s)")) {
            // ECMA has no inline flags: "." that also matches a line break is [\s\S]
            schema.setPattern(schema.getPattern().substring(4).replace(".", "[\\s\\S]"));
        }
        if (schema.getMaxLength() != null || schema.getEnum() != null || schema.getConst() != null) {
            return;
        }
        String format = schema.getFormat();
        long max;
        if ("date".equals(format)) {
            max = DATE_LENGTH;
        } else if ("date-time".equals(format)) {
            max = INSTANT_LENGTH;
        } else if ("uuid".equals(format)) {
            max = UUID_LENGTH;
        } else if ("binary".equals(format) || "byte".equals(format)) {
            max = "byte".equals(format) ? (maxFileBytes + 2) / 3 * 4 : maxFileBytes;
        } else {
            max = maxBodyBytes;
        }
        schema.setMaxLength((int) Math.min(Integer.MAX_VALUE, max));
    }

    private static void boundInteger(Schema<?> schema) {
        if (schema.getFormat() == null) {
            schema.setFormat("int64");
        }
        boolean int32 = "int32".equals(schema.getFormat());
        if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
            schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    private static boolean has(Schema<?> schema, String type) {
        return type.equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains(type));
    }
}
