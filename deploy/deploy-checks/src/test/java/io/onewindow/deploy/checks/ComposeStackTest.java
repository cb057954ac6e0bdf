package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The single-host production-like stack: replica set, Kafka cluster, Keycloak, two of each service,
 * one gateway and one console, Prometheus.
 */
class ComposeStackTest {

    private static final String KEYCLOAK_DOCKERFILE = "deploy/docker/keycloak.Dockerfile";

    @Test
    void hasTheProductionShape() {
        assertThat(shapeProblems(Deploy.compose(), Deploy.applications())).isEmpty();
    }

    @Test
    void refusesAStackWithTwoMongoMembersOneBrokerAndSingleInstances() {
        Compose fixture = Compose.load(Deploy.fixture("compose/too-small.yaml"));

        assertThat(shapeProblems(fixture, List.of("appointment-service")))
                .contains(
                        "MongoDB: 2 replica set members, expected 3",
                        "MongoDB: no one-shot service runs rs.initiate",
                        "Kafka: 1 KRaft brokers, expected 3",
                        "appointment-service: 1 instance(s), expected 2",
                        "Keycloak: no Keycloak 26 service");
    }

    @Test
    void prometheusScrapesEveryApplicationOnItsManagementPort() {
        Map<String, Object> prometheus = Yaml.document(Repository.path("deploy/compose/prometheus/prometheus.yml"));
        Set<String> scraped = new TreeSet<>();
        for (Map<String, Object> job : Yaml.maps(prometheus.get("scrape_configs"))) {
            for (Map<String, Object> discovery : Yaml.maps(job.get("dns_sd_configs"))) {
                assertThat(String.valueOf(discovery.get("port"))).isEqualTo("9080");
                assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
                Yaml.list(discovery.get("names")).forEach(n -> scraped.add(String.valueOf(n)));
            }
        }
        assertThat(scraped).containsAll(Deploy.applications());
        assertThat(Deploy.compose().services()).containsKey("prometheus");
    }

    @Test
    void theGatewayRoutesToTheComposeServices() {
        Map<String, String> environment = Deploy.compose().environment("gateway");
        for (String service : Deploy.services()) {
            String variable = service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URI";
            assertThat(environment.get(variable)).isEqualTo("http://" + service + ":" + Deploy.defaultPort(service));
        }
    }

    @Test
    void theConsoleIsReachedThroughTheGatewayOnlyAndNeedsNoDatabase() {
        Compose compose = Deploy.compose();
        Map<String, Object> console = compose.service(Deploy.CONSOLE);
        assertThat(console.get("ports"))
                .as("the console's port is not published")
                .isNull();
        Map<String, String> environment = compose.environment(Deploy.CONSOLE);
        assertThat(environment).doesNotContainKeys("MONGODB_URI", "MONGODB_DATABASE");
        assertThat(environment.get("GATEWAY_URL")).isEqualTo("http://gateway:" + Deploy.defaultPort("gateway"));
        assertThat(environment.get("CONSOLE_PUBLIC_BASE_URL"))
                .as("the browser's address: the gateway's published port")
                .isEqualTo("http://localhost:" + Deploy.defaultPort("gateway"));
        assertThat(Yaml.map(console.get("depends_on"))).doesNotContainKeys("mongo-init");
        assertThat(Yaml.list(compose.service("gateway").get("depends_on"))).contains(Deploy.CONSOLE);
    }

    @Test
    void refusesASecondConsoleWhoseUsersWouldLoseTheirLogins() {
        Compose fixture = Compose.load(Deploy.fixture("compose/too-small.yaml"));

        assertThat(shapeProblems(fixture, List.of("console"))).contains("console: 2 instance(s), expected 1");
    }

    static List<String> shapeProblems(Compose compose, List<String> applications) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = compose.services();

        // MongoDB: three mongod in one replica set, initiated by a one-shot service.
        List<String> members = services.keySet().stream()
                .filter(s -> image(compose, s).startsWith("mongo:")
                        && commandLine(compose, s).contains("--replSet"))
                .toList();
        if (members.size() != 3) {
            problems.add("MongoDB: " + members.size() + " replica set members, expected 3");
        }
        Set<String> replicaSets = new TreeSet<>();
        members.forEach(m -> replicaSets.add(commandLine(compose, m).replaceAll(".*--replSet\\s+(\\S+).*", "$1")));
        if (replicaSets.size() > 1) {
            problems.add("MongoDB: members in different replica sets " + replicaSets);
        }
        boolean initiated = services.keySet().stream()
                .anyMatch(s -> "no".equals(String.valueOf(compose.service(s).get("restart")))
                        && mountedScripts(compose, s).stream()
                                .anyMatch(text -> text.contains("rs.initiate")
                                        && members.stream().allMatch(m -> text.contains(m + ":27017"))));
        if (!initiated) {
            problems.add("MongoDB: no one-shot service runs rs.initiate");
        }

        // Kafka: three KRaft nodes with the broker role, and a one-shot topic creation.
        List<String> brokers = services.keySet().stream()
                .filter(s -> image(compose, s).startsWith("apache/kafka:"))
                .filter(s -> String.valueOf(compose.environment(s).get("KAFKA_PROCESS_ROLES"))
                        .contains("broker"))
                .toList();
        if (brokers.size() != 3) {
            problems.add("Kafka: " + brokers.size() + " KRaft brokers, expected 3");
        }
        Set<String> nodeIds = new TreeSet<>();
        brokers.forEach(b -> nodeIds.add(String.valueOf(compose.environment(b).get("KAFKA_NODE_ID"))));
        if (nodeIds.size() != brokers.size()) {
            problems.add("Kafka: node ids are not distinct " + nodeIds);
        }
        boolean topicsCreated = services.keySet().stream()
                .anyMatch(s -> image(compose, s).startsWith("apache/kafka:")
                        && mountedScripts(compose, s).stream()
                                .anyMatch(text ->
                                        text.contains("kafka-topics.sh") && text.contains("--replication-factor")));
        if (!topicsCreated) {
            problems.add("Kafka: no one-shot service creates the topics");
        }

        // Keycloak 26 (the image with OneWindow's extension, built from Keycloak's) on its own PostgreSQL,
        // importing the realm.
        List<String> keycloaks = services.keySet().stream()
                .filter(s -> image(compose, s).startsWith("quay.io/keycloak/keycloak:26.")
                        || KEYCLOAK_DOCKERFILE.equals(Yaml.<Object>at(compose.service(s), "build.dockerfile")))
                .toList();
        if (keycloaks.isEmpty()) {
            problems.add("Keycloak: no Keycloak 26 service");
        }
        for (String keycloak : keycloaks) {
            Map<String, String> environment = compose.environment(keycloak);
            if (!"postgres".equals(environment.get("KC_DB"))
                    || services.keySet().stream()
                            .noneMatch(s -> image(compose, s).startsWith("postgres:"))) {
                problems.add("Keycloak: not on its own PostgreSQL");
            }
            if (!commandLine(compose, keycloak).contains("--import-realm")
                    || Yaml.list(compose.service(keycloak).get("volumes")).stream()
                            .noneMatch(v -> String.valueOf(v)
                                    .contains("keycloak/onewindow-realm.json:/opt/keycloak/data/import/"))) {
                problems.add("Keycloak: realm onewindow is not imported");
            }
        }

        // The applications: two instances of each service; one gateway (its rate-limit buckets in its
        // memory) and one console (the logins in its memory: Docker's DNS would spread a user's
        // requests over several).
        for (String application : applications) {
            List<String> running = services.keySet().stream()
                    .filter(s -> application.equals(compose.application(s, Deploy.applications())))
                    .toList();
            int instances = running.stream().mapToInt(compose::replicas).sum();
            boolean single = application.equals("gateway") || application.equals(Deploy.CONSOLE);
            int expected = single ? 1 : 2;
            if (instances < expected || (application.equals(Deploy.CONSOLE) && instances > 1)) {
                problems.add(application + ": " + instances + " instance(s), expected " + expected);
            }
        }
        return problems;
    }

    private static String image(Compose compose, String service) {
        return Compose.interpolate(String.valueOf(compose.service(service).getOrDefault("image", "")));
    }

    private static String commandLine(Compose compose, String service) {
        return String.valueOf(compose.service(service).get("entrypoint")) + " "
                + compose.service(service).get("command");
    }

    /** The text of the files a service mounts from the repository. */
    private static List<String> mountedScripts(Compose compose, String service) {
        List<String> texts = new ArrayList<>();
        for (Object volume : Yaml.list(compose.service(service).get("volumes"))) {
            String source = String.valueOf(volume).split(":")[0];
            if (source.startsWith(".")) {
                java.nio.file.Path file =
                        compose.file().getParent().resolve(source).normalize();
                if (java.nio.file.Files.isRegularFile(file)) {
                    texts.add(Repository.read(file));
                }
            }
        }
        return texts;
    }
}
