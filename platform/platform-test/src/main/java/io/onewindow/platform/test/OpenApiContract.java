package io.onewindow.platform.test;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.onewindow.platform.web.ApiSchemaClasses;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a OneWindow OpenAPI document promises an integrator who generates a client from it,
 * read from the document a service serves: each method returns what is wrong, empty when the
 * document keeps the promise.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {}

    /** Every operation has an operationId, unique, and none ends in springdoc's {@code _1}-style suffix. */
    public static List<String> operationIdProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asString("");
            if (id.isBlank()) {
                problems.add(where + " has no operationId");
            } else if (id.matches(".*_\\d+$")) {
                problems.add(where + " has a numbered operationId " + id);
            } else if (seen.put(id, where) != null) {
                problems.add(where + " shares operationId " + id + " with " + seen.get(id));
            }
        });
        return problems;
    }

    /**
     * Public operations ({@code <apiPrefix>/public/**}) need no token ({@code security: []}),
     * every other one does; each lists its problem responses: 400 and 500, 401 and 403 when it
     * needs a token, 404 when its path has an id, 413 and 415 when it takes a body.
     */
    public static List<String> securityAndErrorProblems(JsonNode document, String apiPrefix) {
        List<String> problems = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            String path = where.substring(where.indexOf(' ') + 1);
            boolean open = path.startsWith(apiPrefix + "/public/");
            JsonNode security = operation.path("security");
            if (open && (!security.isArray() || !security.isEmpty())) {
                problems.add(where + " is public but documented as needing a token");
            }
            if (!open && (!security.isArray() || security.isEmpty())) {
                problems.add(where + " needs a token but has no security requirement");
            }
            List<String> expected = new ArrayList<>(List.of("400", "500"));
            if (!open) {
                expected.addAll(List.of("401", "403"));
            }
            if (path.contains("{")) {
                expected.add("404");
            }
            if (operation.has("requestBody")) {
                expected.addAll(List.of("413", "415"));
            }
            for (String status : expected) {
                JsonNode problem =
                        operation.path("responses").path(status).path("content").path("application/problem+json");
                if (!problem.path("schema").path("$ref").asString("").endsWith("/Problem")) {
                    problems.add(where + " does not document " + status + " as a Problem");
                } else if (!problem.path("examples").isObject()
                        || problem.path("examples").isEmpty()) {
                    problems.add(where + " has no example of its " + status + " problem");
                }
            }
        });
        return problems;
    }

    /**
     * Every property of every JSON request body schema (and of the schemas it refers to) is a
     * field of the record it stands for: a generated client sends nothing the service refuses as
     * {@code unknown-field}.
     */
    public static List<String> requestBodyProblems(JsonNode document, ApiSchemaClasses names) {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        forEachOperation(document, (where, operation) -> {
            JsonNode content = operation.path("requestBody").path("content");
            for (var media : content.properties()) {
                JsonNode schema = media.getValue().path("schema");
                String ref = schema.path("$ref").asString("");
                if (media.getKey().contains("json")
                        && !ref.isEmpty()
                        && names.classOf(ref.substring(ref.lastIndexOf('/') + 1))
                                .isEmpty()) {
                    problems.add(where + " takes a body " + ref + " that stands for none of OneWindow's classes");
                }
                checkSchema(document, schema, names, where, checked, problems);
            }
        });
        return problems;
    }

    private static void checkSchema(
            JsonNode document,
            JsonNode schema,
            ApiSchemaClasses names,
            String where,
            Set<String> checked,
            List<String> problems) {
        if (schema.has("items")) {
            checkSchema(document, schema.path("items"), names, where, checked, problems);
            return;
        }
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (!checked.add(name)) {
            return;
        }
        JsonNode definition = document.path("components").path("schemas").path(name);
        if (definition.isMissingNode()) {
            problems.add(where + " refers to a schema " + name + " the document lacks");
            return;
        }
        Class<?> type = names.classOf(name).orElse(null);
        if (type != null && type.isRecord()) {
            Set<String> fields = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                if (renamed == null && component.getAnnotation(JsonProperty.class) != null) {
                    renamed = component.getAnnotation(JsonProperty.class);
                }
                fields.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName());
            }
            for (var property : definition.path("properties").properties()) {
                if (!fields.contains(property.getKey())) {
                    problems.add(where + ": schema " + name + " has " + property.getKey() + ", which " + type.getName()
                            + " does not");
                }
            }
        }
        for (var property : definition.path("properties").properties()) {
            checkSchema(document, property.getValue(), names, where, checked, problems);
        }
    }

    private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> action) {
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    /**
     * The time convention in the document: every {@code format: date-time} carries an example with
     * the offset of {@code zone} (e.g. {@code 2026-12-07T09:00:00+08:00}), every {@code format: date}
     * an example that is a plain date.
     */
    public static List<String> timeProblems(JsonNode document, java.time.ZoneId zone) {
        List<String> problems = new ArrayList<>();
        checkTimes(document, "$", zone, problems);
        return problems;
    }

    private static void checkTimes(JsonNode node, String path, java.time.ZoneId zone, List<String> problems) {
        if (node.isObject()) {
            String format = node.path("format").asString("");
            String example = node.path("example").asString("");
            if (format.equals("date-time")) {
                try {
                    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(example);
                    if (!at.getOffset().equals(zone.getRules().getOffset(at.toInstant()))) {
                        problems.add(path + ": date-time example " + example + " is not at the offset of " + zone);
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(path + ": date-time without an RFC 3339 example with offset ('" + example + "')");
                }
            } else if (format.equals("date") && !example.matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(path + ": date without a plain date example ('" + example + "')");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                checkTimes(field.getValue(), path + "." + field.getKey(), zone, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTimes(node.get(i), path + "[" + i + "]", zone, problems);
            }
        }
    }
}
