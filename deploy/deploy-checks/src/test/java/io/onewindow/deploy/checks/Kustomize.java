package io.onewindow.deploy.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of kustomize that OneWindow's manifests use, so that the checks see what
 * {@code kubectl kustomize} would produce without needing kubectl: resources (files and
 * directories), namespace, images, strategic-merge patches from files, and configMapGenerator.
 * A kustomization with any other field is refused rather than half understood.
 * {@link KustomizeRendererTest} compares the result with the real kustomize where kubectl is
 * installed. Generated ConfigMaps keep their plain names (kustomize adds a content hash).
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches", "configMapGenerator");
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace",
            "ClusterRole",
            "ClusterRoleBinding",
            "CustomResourceDefinition",
            "PriorityClass",
            "StorageClass",
            "IngressClass");

    private Kustomize() {}

    static List<Map<String, Object>> build(Path directory) {
        Path kustomization = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(kustomization)) {
            throw new IllegalArgumentException(directory + " has no kustomization.yaml");
        }
        Map<String, Object> spec = Yaml.document(kustomization);
        for (String field : spec.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(kustomization + ": field '" + field
                        + "' is not understood by the deploy checks; teach Kustomize.java or do without it");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : Yaml.list(spec.get("resources"))) {
            Path resource = directory.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else {
                for (Map<String, Object> document : Yaml.documents(resource)) {
                    resources.add(Yaml.copy(document));
                }
            }
        }
        for (Map<String, Object> generator : Yaml.maps(spec.get("configMapGenerator"))) {
            resources.add(configMap(directory, generator));
        }
        for (Map<String, Object> patch : Yaml.maps(spec.get("patches"))) {
            applyPatch(directory, patch, resources);
        }
        for (Map<String, Object> image : Yaml.maps(spec.get("images"))) {
            resources.forEach(resource -> retag(resource, image));
        }
        Object namespace = spec.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.get("kind"))) {
                    metadata(resource).put("namespace", namespace);
                }
            }
        }
        return resources;
    }

    static String kind(Map<String, Object> resource) {
        return String.valueOf(resource.get("kind"));
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(metadata(resource).get("name"));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(name(r)))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> resource) {
        return (Map<String, Object>) resource.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    }

    private static Map<String, Object> configMap(Path directory, Map<String, Object> generator) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object entry : Yaml.list(generator.get("files"))) {
            String spec = String.valueOf(entry);
            int equals = spec.indexOf('=');
            String key = equals < 0 ? Path.of(spec).getFileName().toString() : spec.substring(0, equals);
            Path file = directory
                    .resolve(equals < 0 ? spec : spec.substring(equals + 1))
                    .normalize();
            data.put(key, Repository.read(file));
        }
        for (Object entry : Yaml.list(generator.get("literals"))) {
            String literal = String.valueOf(entry);
            int equals = literal.indexOf('=');
            data.put(literal.substring(0, equals), literal.substring(equals + 1));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", Objects.requireNonNull(generator.get("name"), "configMapGenerator without name"));
        Map<String, Object> configMap = new LinkedHashMap<>();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        configMap.put("metadata", metadata);
        configMap.put("data", data);
        return configMap;
    }

    private static void applyPatch(Path directory, Map<String, Object> patch, List<Map<String, Object>> resources) {
        if (patch.get("path") == null || patch.containsKey("patch") || patch.containsKey("target")) {
            throw new IllegalArgumentException(
                    directory + ": only strategic-merge patches given by path are understood: " + patch);
        }
        Path file = directory.resolve(String.valueOf(patch.get("path")));
        for (Map<String, Object> document : Yaml.documents(file)) {
            Map<String, Object> target = find(resources, kind(document), name(document));
            if (target == null) {
                throw new IllegalArgumentException(
                        file + ": patches " + kind(document) + "/" + name(document) + ", which is not there");
            }
            merge(target, document);
        }
    }

    /** Strategic merge as kustomize does it for the fields used here: lists of named items merge by name. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object change = entry.getValue();
            if (current instanceof Map && change instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) change);
            } else if (current instanceof List<?> currentList
                    && change instanceof List<?> changeList
                    && named(currentList)
                    && named(changeList)) {
                List<Object> merged = new ArrayList<>(currentList);
                for (Object item : changeList) {
                    Map<String, Object> itemMap = (Map<String, Object>) item;
                    Map<String, Object> existing = merged.stream()
                            .map(m -> (Map<String, Object>) m)
                            .filter(m -> Objects.equals(m.get("name"), itemMap.get("name")))
                            .findFirst()
                            .orElse(null);
                    if (existing == null) {
                        merged.add(Yaml.copy(itemMap));
                    } else {
                        merge(existing, itemMap);
                    }
                }
                target.put(entry.getKey(), merged);
            } else {
                target.put(entry.getKey(), Yaml.copy(change));
            }
        }
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static void retag(Object node, Map<String, Object> image) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (("containers".equals(entry.getKey()) || "initContainers".equals(entry.getKey()))
                        && entry.getValue() instanceof List<?> containers) {
                    for (Object container : containers) {
                        Map<String, Object> c = (Map<String, Object>) container;
                        if (c.get("image") instanceof String reference) {
                            c.put("image", retagged(reference, image));
                        }
                    }
                }
                retag(entry.getValue(), image);
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> retag(item, image));
        }
    }

    private static String retagged(String reference, Map<String, Object> image) {
        ImageReference parsed = ImageReference.parse(reference);
        if (!parsed.name().equals(image.get("name"))) {
            return reference;
        }
        String name = image.get("newName") != null ? String.valueOf(image.get("newName")) : parsed.name();
        if (image.get("digest") != null) {
            return name + "@" + image.get("digest");
        }
        String tag = image.get("newTag") != null ? String.valueOf(image.get("newTag")) : parsed.tag();
        return tag == null ? name : name + ":" + tag;
    }
}
