package io.onewindow.platform.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed copy of a service's OpenAPI document, {@code docs/openapi/<service>.json}: what
 * integrators generate clients from and what the build lints. The running service's document
 * must equal it; after an intended API change the copy is refreshed by running the service's
 * {@code *ServiceIT} with {@code -Dopenapi.snapshot.update=true} and reviewed in the diff.
 */
public final class ContractSnapshot {

    /** The system property that rewrites the committed copies instead of comparing with them. */
    public static final String UPDATE = "openapi.snapshot.update";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ContractSnapshot() {}

    /** The file holding {@code service}'s committed document, found from the working directory up. */
    public static Path file(String service) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no repository root (mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs").resolve("openapi").resolve(service + ".json");
    }

    /** The document with object keys sorted, as it is committed (stable diffs). */
    public static String canonical(JsonNode document) {
        return JSON.writeValueAsString(sorted(document)) + "\n";
    }

    /**
     * Compares the live document with the committed one, or rewrites the committed one when
     * {@value #UPDATE} is {@code true}. Answers the JSON pointers that differ (at most 20), empty
     * when they are equal.
     */
    public static List<String> differences(String service, JsonNode live) throws IOException {
        Path file = file(service);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, canonical(live), StandardCharsets.UTF_8);
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            return List.of(file + " is missing: run the service's *ServiceIT with -D" + UPDATE + "=true");
        }
        JsonNode committed = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        compare("", committed, live, found);
        if (!found.isEmpty()) {
            found.add(
                    0,
                    "the running service's OpenAPI document differs from " + file
                            + "; if the change is intended, run the service's *ServiceIT with -D" + UPDATE
                            + "=true and commit the file. Differing pointers (committed vs live):");
        }
        return found;
    }

    private static void compare(String pointer, JsonNode committed, JsonNode live, List<String> found) {
        if (found.size() >= 20) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            TreeSet<String> names = new TreeSet<>(committed.propertyNames());
            names.addAll(live.propertyNames());
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    found.add(child + ": only in the live document");
                } else if (!live.has(name)) {
                    found.add(child + ": only in the committed document");
                } else {
                    compare(child, committed.get(name), live.get(name), found);
                }
            }
        } else if (committed.isArray() && live.isArray() && committed.size() == live.size()) {
            for (int i = 0; i < committed.size(); i++) {
                compare(pointer + "/" + i, committed.get(i), live.get(i), found);
            }
        } else if (!committed.equals(live)) {
            found.add(pointer + ": " + abbreviated(committed) + " vs " + abbreviated(live));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            new TreeSet<>(node.propertyNames()).forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
