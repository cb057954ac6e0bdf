package io.onewindow.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules deploy/ must follow, each a function from what was read to the list of what breaks
 * it (empty when all is well), so the tests can show each rule failing on a bad fixture.
 */
final class DeployRules {

    /**
     * A setting whose name says it holds a secret. Its value in the repository must be a
     * reference (Kubernetes {@code valueFrom}, a Compose {@code ${VAR}}, a {@code /run/secrets/}
     * file), or — in the Compose stack only — a value that says it is a demo value. A name ending in
     * {@code _URI}/{@code _URL} is an address (e.g. a token endpoint), not a secret; a password
     * inside an address is {@link #CREDENTIALS_IN_URI}'s.
     */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?!.*[_.-](uri|url)$).*(password|passwd|secret|token|credential|private[_-]?key|api[_-]?key|jaas"
                    + "|keyfile).*");

    /** User and password inside a URI: {@code scheme://user:password@host}. */
    static final Pattern CREDENTIALS_IN_URI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:([^@\\s/]+)@");

    private DeployRules() {}

    // --- workloads ---------------------------------------------------------------------------

    /** Long-running containers need liveness, readiness and resources; run-to-completion ones resources. */
    static List<String> probesAndResources(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        for (Workloads.Container container : Workloads.containers(resources)) {
            Map<String, Object> spec = container.spec();
            if (Workloads.LONG_RUNNING.contains(container.workloadKind())) {
                if (spec.get("livenessProbe") == null) {
                    problems.add(container.describe() + " has no livenessProbe");
                }
                if (spec.get("readinessProbe") == null) {
                    problems.add(container.describe() + " has no readinessProbe");
                }
            }
            for (String field : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                if (Yaml.at(spec, "resources." + field) == null) {
                    problems.add(container.describe() + " has no resources." + field);
                }
            }
        }
        return problems;
    }

    // --- images -------------------------------------------------------------------------------

    /** Every image reference in a tree of YAML (keys {@code image} and {@code imageName}), by where it is. */
    static Map<String, String> images(String origin, Object node) {
        Map<String, String> images = new LinkedHashMap<>();
        collectImages(origin, node, images);
        return images;
    }

    private static void collectImages(String where, Object node, Map<String, String> images) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if ((key.equals("image") || key.equals("imageName")) && entry.getValue() instanceof String image) {
                    images.put(where + "." + key + "=" + image, image);
                } else {
                    collectImages(where + "." + key, entry.getValue(), images);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectImages(where + "[" + i + "]", list.get(i), images);
            }
        }
    }

    static List<String> unpinnedImages(Map<String, String> images) {
        List<String> problems = new ArrayList<>();
        images.forEach((where, image) -> {
            String reason = ImageReference.parse(Compose.interpolate(image)).unpinnedReason();
            if (reason != null) {
                problems.add(where + ": image " + image + " " + reason);
            }
        });
        return problems;
    }

    /** A Dockerfile: pinned bases, a non-root numeric user, a health check against the actuator. */
    static List<String> dockerfile(String text, String origin) {
        List<String> problems = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        String user = null;
        boolean healthcheck = false;
        for (String line : text.replace("\\\n", " ").split("\\R")) {
            String trimmed = line.strip();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.startsWith("FROM ")) {
                String[] words = trimmed.split("\\s+");
                String image = words[1].startsWith("--platform") ? words[2] : words[1];
                if (!stages.contains(image)) {
                    String reason = ImageReference.parse(image).unpinnedReason();
                    if (reason != null) {
                        problems.add(origin + ": FROM " + image + " " + reason);
                    }
                }
                int as = upper.indexOf(" AS ");
                if (as > 0) {
                    stages.add(trimmed.substring(as + 4).trim());
                }
                user = null;
            } else if (upper.startsWith("USER ")) {
                user = trimmed.substring(5).trim();
            } else if (upper.startsWith("HEALTHCHECK ")) {
                healthcheck = upper.contains("/ACTUATOR/HEALTH");
            }
        }
        if (user == null) {
            problems.add(origin + ": the final stage runs as root (no USER)");
        } else if (!user.matches("[1-9][0-9]*(:[0-9]+)?")) {
            problems.add(origin + ": USER " + user + " is not a numeric non-root uid");
        }
        if (!healthcheck) {
            problems.add(origin + ": no HEALTHCHECK against /actuator/health");
        }
        return problems;
    }

    // --- secrets ------------------------------------------------------------------------------

    /** A value that is a reference to a secret kept elsewhere, not the secret itself. */
    static boolean isReference(String value) {
        String v = value.strip();
        return v.isEmpty()
                || v.startsWith("/run/secrets/")
                || v.matches(".*\\$\\$?\\{[A-Za-z_][A-Za-z0-9_]*}.*")
                || v.matches(".*\\$\\([A-Za-z_][A-Za-z0-9_]*\\).*");
    }

    static boolean isDemo(String value) {
        return value.toLowerCase(Locale.ROOT).contains("demo");
    }

    /**
     * Secrets in the Compose stack: a value under a secret-like name, or a password inside a URI,
     * must be a reference or say {@code demo}; so must every file that Compose mounts as a secret.
     */
    static List<String> composeSecrets(Compose compose) {
        List<String> problems = new ArrayList<>();
        scanForSecrets(compose.file().getFileName().toString(), null, compose.model(), true, problems);
        for (String service : compose.services().keySet()) {
            for (var envFile : compose.envFiles(service)) {
                EnvFile.read(envFile)
                        .forEach((key, value) ->
                                checkValue(envFile.getFileName() + ": " + key, key, value, true, problems));
            }
        }
        Yaml.map(compose.model().get("secrets")).forEach((name, declaration) -> {
            Object file = Yaml.map(declaration).get("file");
            if (file != null) {
                String content = Repository.read(compose.file().getParent().resolve(String.valueOf(file)));
                if (!isDemo(content)) {
                    problems.add("secret " + name + " (" + file + ") holds a value not marked demo");
                }
            }
        });
        return problems;
    }

    /**
     * Secrets in Kubernetes manifests: none at all. No Secret carries data (they are made by the
     * operators or by the district's secret management), no env value, ConfigMap entry or other
     * field under a secret-like name is a literal, no URI carries a password — demo or not.
     */
    static List<String> kubernetesSecrets(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> resource : resources) {
            String where = Kustomize.kind(resource) + "/" + Kustomize.name(resource);
            if ("Secret".equals(resource.get("kind"))
                    && (!Yaml.map(resource.get("data")).isEmpty()
                            || !Yaml.map(resource.get("stringData")).isEmpty())) {
                problems.add(where + " carries secret values in the repository");
            }
            scanForSecrets(where, null, resource, false, problems);
        }
        return problems;
    }

    private static void scanForSecrets(
            String where, String key, Object node, boolean demoAllowed, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            // An env entry {name: X, value: Y}: the name is the key that matters.
            if (map.get("name") instanceof String name
                    && map.containsKey("value")
                    && !(map.get("value") instanceof Map)) {
                checkValue(where + ": env " + name, name, String.valueOf(map.get("value")), demoAllowed, problems);
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String childKey = String.valueOf(entry.getKey());
                // {name, value} was checked above; Compose `secrets:` lists names of secrets, not values.
                if ((childKey.equals("value") && map.get("name") instanceof String)
                        || childKey.equals("secrets") && entry.getValue() instanceof List) {
                    continue;
                }
                scanForSecrets(where + "." + childKey, childKey, entry.getValue(), demoAllowed, problems);
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String text && text.contains("=") && !text.contains(" ")) {
                    // KEY=VALUE list entries (Compose environment as a list)
                    checkValue(
                            where,
                            text.substring(0, text.indexOf('=')),
                            text.substring(text.indexOf('=') + 1),
                            demoAllowed,
                            problems);
                } else {
                    scanForSecrets(where, key, item, demoAllowed, problems);
                }
            }
        } else if (node != null && !(node instanceof Boolean) && !(node instanceof Number)) {
            checkValue(where, key == null ? "" : key, String.valueOf(node), demoAllowed, problems);
        }
    }

    private static void checkValue(String where, String key, String value, boolean demoAllowed, List<String> problems) {
        var uri = CREDENTIALS_IN_URI.matcher(value);
        boolean secretName = SECRET_NAME.matcher(key).matches()
                && !key.toLowerCase(Locale.ROOT).endsWith("secretname")
                && !key.equalsIgnoreCase("secretKeyRef")
                // the Keycloak operator's http.tlsSecret names the Secret of its certificate
                && !key.equalsIgnoreCase("tlsSecret")
                && !key.toLowerCase(Locale.ROOT).endsWith("secretref");
        boolean passwordInUri = false;
        while (uri.find()) {
            passwordInUri |= !isReference(uri.group(1));
        }
        if (!secretName && !passwordInUri) {
            return;
        }
        if (!passwordInUri && isReference(value)) {
            return;
        }
        if (demoAllowed && isDemo(value)) {
            return;
        }
        problems.add(where + " holds a plain-text secret" + (demoAllowed ? " not marked demo" : ""));
    }
}
