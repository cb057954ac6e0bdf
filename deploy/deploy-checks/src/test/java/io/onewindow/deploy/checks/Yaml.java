package io.onewindow.deploy.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML documents as plain maps and lists (merge keys {@code <<} resolved, as Compose does). */
final class Yaml {

    private Yaml() {}

    static List<Map<String, Object>> documents(Path file) {
        return documents(Repository.read(file), file.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text, String origin) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : yaml.loadAll(text)) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map)) {
                    throw new IllegalArgumentException(origin + ": a document is not a mapping");
                }
                documents.add((Map<String, Object>) document);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static Map<String, Object> document(Path file) {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    /** The value at a dotted path of map keys, or null. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map ? (Map<String, Object>) node : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List ? (List<Object>) node : List.of();
    }

    static List<Map<String, Object>> maps(Object node) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : list(node)) {
            maps.add(map(item));
        }
        return maps;
    }

    /** A deep copy, so that a transformation never changes what another test loaded. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return node;
    }
}
