package io.onewindow.deploy.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the checks look at, read once per test JVM. */
final class Deploy {

    static final Path COMPOSE_FILE = Repository.path("deploy/compose/compose.yaml");
    static final Path K8S_BASE = Repository.path("deploy/k8s/base");
    static final Path K8S_PRODUCTION = Repository.path("deploy/k8s/overlays/production");
    static final Path DOCKERFILE = Repository.path("deploy/docker/Dockerfile");

    private static List<String> applications;
    private static List<Map<String, Object>> base;
    private static List<Map<String, Object>> production;

    private Deploy() {}

    static synchronized List<String> applications() {
        if (applications == null) {
            applications = Repository.applications();
            if (applications.size() < 6) {
                throw new IllegalStateException("expected the six applications, found " + applications);
            }
        }
        return applications;
    }

    /**
     * The console: pages for staff and the halls' queue boards. It owns no data (no MongoDB), calls
     * the services only through the gateway, logs users in at Keycloak and only reads Kafka.
     */
    static final String CONSOLE = "console";

    /** The services behind the gateway's {@code /api}: every application but the gateway and the console. */
    static List<String> services() {
        return applications().stream()
                .filter(a -> !a.equals("gateway") && !a.equals(CONSOLE))
                .toList();
    }

    static Compose compose() {
        return Compose.load(COMPOSE_FILE);
    }

    static synchronized List<Map<String, Object>> base() {
        if (base == null) {
            base = Kustomize.build(K8S_BASE);
        }
        return Yaml.copy(base);
    }

    static synchronized List<Map<String, Object>> production() {
        if (production == null) {
            production = Kustomize.build(K8S_PRODUCTION);
        }
        return Yaml.copy(production);
    }

    /** Both Kubernetes renderings, by name. */
    static Map<String, List<Map<String, Object>>> kubernetes() {
        return Map.of("base", base(), "production", production());
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures").resolve(name).toAbsolutePath();
    }

    /** The port an application listens on by default (server.port in its application.yml). */
    static int defaultPort(String application) {
        Map<String, Object> yaml = Yaml.document(Repository.path(application + "/src/main/resources/application.yml"));
        String port = String.valueOf((Object) Yaml.at(yaml, "server.port"));
        java.util.regex.Matcher placeholder =
                java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):(\\d+)}").matcher(port);
        if (placeholder.matches()) {
            return Integer.parseInt(placeholder.group(2));
        }
        return Integer.parseInt(port);
    }

    /** The variable that moves an application's port (server.port: ${VARIABLE:default}). */
    static String portVariable(String application) {
        Map<String, Object> yaml = Yaml.document(Repository.path(application + "/src/main/resources/application.yml"));
        String port = String.valueOf((Object) Yaml.at(yaml, "server.port"));
        java.util.regex.Matcher placeholder =
                java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):(\\d+)}").matcher(port);
        return placeholder.matches() ? placeholder.group(1) : null;
    }
}
