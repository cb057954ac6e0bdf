package io.onewindow.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The time convention in the OpenAPI document: every {@code format: date-time} (an instant) has an
 * example at the service's offset ({@link ApiTime#example()}, e.g. {@code 2026-12-07T09:00:00+08:00})
 * and says it takes any offset; every {@code format: date} (a calendar date) a plain date.
 */
public class ApiTimeDocs implements OpenApiCustomizer {

    static final String DATE_EXAMPLE = "2026-12-07";

    private final ApiTime time;

    public ApiTimeDocs(ApiTime time) {
        this.time = time;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                List<Parameter> parameters = operation.getParameters();
                if (parameters != null) {
                    for (Parameter parameter : parameters) {
                        if (parameter.getSchema() != null && isInstant(parameter.getSchema())) {
                            annotateParameter(parameter);
                        }
                        visit(parameter.getSchema(), seen);
                    }
                }
                if (operation.getRequestBody() != null) {
                    visit(operation.getRequestBody().getContent(), seen);
                }
                if (operation.getResponses() != null) {
                    for (ApiResponse response : operation.getResponses().values()) {
                        visit(response.getContent(), seen);
                    }
                }
            }
        }
    }

    private void visit(Content content, Set<Schema<?>> seen) {
        if (content != null) {
            for (MediaType media : content.values()) {
                visit(media.getSchema(), seen);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void visit(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isInstant(schema)) {
            if (schema.getExample() == null) {
                schema.setExample(time.example());
            }
            if (schema.getDescription() == null) {
                schema.setDescription(
                        "RFC 3339 with an offset; answers carry " + offsetOf() + ", requests take any offset");
            }
        } else if ("date".equals(schema.getFormat()) && schema.getExample() == null) {
            schema.setExample(DATE_EXAMPLE);
        }
        if (schema.getProperties() != null) {
            ((java.util.Map<String, Schema>) schema.getProperties()).values().forEach(p -> visit(p, seen));
        }
        visit(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            visit(additional, seen);
        }
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(s -> visit(s, seen));
            }
        }
    }

    private void annotateParameter(Parameter parameter) {
        String note = "RFC 3339 with an offset (e.g. " + time.example()
                + "); without one, the district's local time. Encode '+' as %2B in a query string.";
        parameter.setDescription(parameter.getDescription() == null ? note : parameter.getDescription() + " " + note);
    }

    private static boolean isInstant(Schema<?> schema) {
        return "date-time".equals(schema.getFormat());
    }

    private String offsetOf() {
        return time.zone()
                .getRules()
                .getOffset(java.time.Instant.parse("2026-12-07T01:00:00Z"))
                .getId();
    }
}
