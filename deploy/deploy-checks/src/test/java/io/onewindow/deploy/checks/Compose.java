package io.onewindow.deploy.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Compose file with its services' environments resolved (environment plus env_file). */
final class Compose {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private final Path file;
    private final Map<String, Object> model;

    private Compose(Path file, Map<String, Object> model) {
        this.file = file;
        this.model = model;
    }

    static Compose load(Path file) {
        return new Compose(file, Yaml.document(file));
    }

    Path file() {
        return file;
    }

    Map<String, Object> model() {
        return model;
    }

    Map<String, Object> services() {
        return Yaml.map(model.get("services"));
    }

    Map<String, Object> service(String name) {
        return Yaml.map(services().get(name));
    }

    /** How many containers Compose starts for a service. */
    int replicas(String name) {
        Object replicas = Yaml.at(service(name), "deploy.replicas");
        return replicas == null ? 1 : Integer.parseInt(String.valueOf(replicas));
    }

    /** An image reference with ${VAR:-default} replaced by its default, as Compose would without the variable. */
    static String interpolate(String value) {
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String fallback = matcher.group(2);
            matcher.appendReplacement(
                    result, Matcher.quoteReplacement(fallback == null ? "${" + matcher.group(1) + "}" : fallback));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The env files a service reads, resolved against the Compose file's directory. */
    List<Path> envFiles(String name) {
        Object envFile = service(name).get("env_file");
        List<Path> files = new ArrayList<>();
        if (envFile instanceof String single) {
            files.add(file.getParent().resolve(single));
        } else {
            for (Object entry : Yaml.list(envFile)) {
                Object path = entry instanceof Map<?, ?> m ? m.get("path") : entry;
                files.add(file.getParent().resolve(String.valueOf(path)));
            }
        }
        return files;
    }

    /** Everything a service's containers get in their environment: env files first, then environment. */
    Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Path envFile : envFiles(name)) {
            environment.putAll(EnvFile.read(envFile));
        }
        Object declared = service(name).get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object entry : Yaml.list(declared)) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(
                        equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return environment;
    }

    /** The OneWindow application a service runs (its image is onewindow/<application>), or null. */
    String application(String name, List<String> applications) {
        Object image = service(name).get("image");
        if (image == null) {
            return null;
        }
        String imageName =
                ImageReference.parse(interpolate(String.valueOf(image))).name();
        String last = imageName.substring(imageName.lastIndexOf('/') + 1);
        return applications.contains(last) && imageName.contains("onewindow") ? last : null;
    }
}
