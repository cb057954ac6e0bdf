package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The topic plan: every topic the platform code names (platform-core's Topics) exists with its
 * dead-letter topic, replicated three times, with the same partitions and retention in the
 * Compose stack and on Kubernetes; consumers follow the group naming convention.
 */
class KafkaTopicsTest {

    /** A topic as planned: partitions, replication, min.insync.replicas, retention. */
    record Plan(int partitions, int replicas, int minInSync, long retentionMs, String cleanupPolicy) {}

    @Test
    void kubernetesCreatesEveryTopicOfThePlatformWithItsDeadLetterTopic() {
        Map<String, Plan> kubernetes = kubernetesPlan(Deploy.base());
        assertThat(kubernetes.keySet()).containsExactlyInAnyOrderElementsOf(platformTopics());
        assertThat(planProblems(kubernetes)).isEmpty();
    }

    @Test
    void composeCreatesTheSameTopicsAsKubernetes() {
        assertThat(composePlan()).isEqualTo(kubernetesPlan(Deploy.base()));
    }

    @Test
    void refusesAnUnderReplicatedTopicAndAMissingRetention() {
        Map<String, Plan> fixture = kubernetesPlan(Yaml.documents(Deploy.fixture("kafka/weak-topics.yaml")));

        assertThat(planProblems(fixture))
                .containsExactlyInAnyOrder(
                        "onewindow.approval.events: replication 1, expected 3",
                        "onewindow.approval.events: min.insync.replicas 1, expected 2",
                        "onewindow.approval.events: 1 partitions, too few to scale consumers out",
                        "onewindow.approval.events.DLT: no retention.ms");
    }

    @Test
    void eventsOutliveNoConsumersMemoryOfThemSoRedeliveryIsAlwaysRecognised() {
        String settings = Repository.read(
                Repository.path(
                        "platform/platform-messaging/src/main/java/io/onewindow/platform/messaging/consumer/ConsumerSettings.java"));
        Matcher retention = Pattern.compile("@DefaultValue\\(\"(\\d+)d\"\\)\\s+Duration processedEventsRetention")
                .matcher(settings);
        assertThat(retention.find())
                .as("processedEventsRetention default in days")
                .isTrue();
        long remembered = Duration.ofDays(Long.parseLong(retention.group(1))).toMillis();
        kubernetesPlan(Deploy.base()).forEach((topic, plan) -> {
            if (!topic.endsWith(".DLT")) {
                assertThat(plan.retentionMs()).as(topic).isLessThan(remembered);
            }
        });
    }

    @Test
    void theProductionKafkaClusterHasThreeBrokersThatReplicateThreeTimes() {
        List<Map<String, Object>> production = Deploy.production();
        int brokers = Kustomize.ofKind(production, "KafkaNodePool").stream()
                .filter(p -> Yaml.list(Yaml.at(p, "spec.roles")).contains("broker"))
                .mapToInt(p -> ((Number) Yaml.at(p, "spec.replicas")).intValue())
                .sum();
        assertThat(brokers).isEqualTo(3);
        Map<String, Object> kafka = Kustomize.find(production, "Kafka", "onewindow-kafka");
        assertThat(kafka).isNotNull();
        Map<String, Object> config = Yaml.map(Yaml.at(kafka, "spec.kafka.config"));
        assertThat(config)
                .containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopicAndConsumesInGroupsNamedAfterItself() {
        Map<String, String> ownTopic = Map.of(
                "appointment-service", "onewindow.appointment.events",
                "approval-service", "onewindow.approval.events",
                "e-license-service", "onewindow.license.events",
                "supervision-service", "onewindow.supervision.events",
                "notification-service", "onewindow.notification.events");
        // The console writes nothing and reads in a group of its own per instance, console-board-<uuid>.
        Map<String, String> groupPrefix = Map.of(Deploy.CONSOLE, "console-board-");
        List<Map<String, Object>> users = Kustomize.ofKind(Deploy.base(), "KafkaUser");
        List<String> clients = new ArrayList<>(Deploy.services());
        clients.add(Deploy.CONSOLE);
        assertThat(users.stream().map(Kustomize::name)).containsExactlyInAnyOrderElementsOf(clients);
        for (Map<String, Object> user : users) {
            String service = Kustomize.name(user);
            List<String> writable = new ArrayList<>();
            String group = null;
            for (Map<String, Object> acl : Yaml.maps(Yaml.at(user, "spec.authorization.acls"))) {
                List<Object> operations = Yaml.list(acl.get("operations"));
                String type = Yaml.at(acl, "resource.type");
                String name = Yaml.at(acl, "resource.name");
                if ("topic".equals(type) && operations.contains("Write")) {
                    writable.add(name);
                }
                if ("group".equals(type)) {
                    group = name;
                }
            }
            if (service.equals(Deploy.CONSOLE)) {
                assertThat(writable).as(service + " writes nothing").isEmpty();
                assertThat(consumerGroups(service))
                        .as(service + " listens in a group")
                        .isNotEmpty();
            } else {
                assertThat(writable.stream().filter(t -> !t.endsWith(".DLT")))
                        .as(service)
                        .containsExactly(ownTopic.get(service));
            }
            assertThat(group)
                    .as(service + " consumer groups")
                    .isEqualTo(groupPrefix.getOrDefault(service, service.replaceAll("-service$", "") + "-"));
            for (String groupId : consumerGroups(service)) {
                assertThat(groupId)
                        .as(service + " listens in a group its Kafka user may not use")
                        .startsWith(group);
            }
        }
    }

    @Test
    void readsTheConsumerGroupsOfTheListenersFromTheSources() {
        assertThat(consumerGroups("supervision-service")).isNotEmpty().allMatch(g -> g.startsWith("supervision-"));
        assertThat(consumerGroups("e-license-service")).contains("e-license-service");
    }

    /**
     * The group ids of a service's {@code @KafkaListener}s: literals, constants of the same file,
     * and {@code ${spring.application.name}} resolved from its application.yml.
     */
    static List<String> consumerGroups(String service) {
        String applicationName = String.valueOf((Object) Yaml.at(
                Yaml.document(Repository.path(service + "/src/main/resources/application.yml")),
                "spring.application.name"));
        List<String> groups = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(Repository.path(service + "/src/main/java"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Repository.read(file);
                Matcher listener = Pattern.compile(
                                "@KafkaListener\\s*\\((.*?)\\)\\s*(?:public|void|@|[A-Za-z])", Pattern.DOTALL)
                        .matcher(source);
                while (listener.find()) {
                    Matcher group = Pattern.compile("groupId\\s*=\\s*(\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_.]*)")
                            .matcher(listener.group(1));
                    if (!group.find()) {
                        continue;
                    }
                    String value = group.group(1);
                    if (value.startsWith("\"")) {
                        value = value.substring(1, value.length() - 1)
                                .replace("${spring.application.name}", applicationName);
                    } else {
                        String constant = value.substring(value.lastIndexOf('.') + 1);
                        Matcher declared = Pattern.compile("String\\s+" + constant + "\\s*=\\s*\"([^\"]*)\"")
                                .matcher(source);
                        if (!declared.find()) {
                            throw new IllegalStateException(file + ": group id constant " + value + " not found");
                        }
                        value = declared.group(1);
                    }
                    groups.add(value);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return groups;
    }

    /** What the platform code publishes to: the constants of platform-core's Topics, and their dead-letter topics. */
    static List<String> platformTopics() {
        String topics = Repository.read(
                Repository.path("platform/platform-core/src/main/java/io/onewindow/platform/events/Topics.java"));
        Matcher suffix =
                Pattern.compile("DEAD_LETTER_SUFFIX\\s*=\\s*\"([^\"]+)\"").matcher(topics);
        assertThat(suffix.find()).isTrue();
        List<String> names = new ArrayList<>();
        Matcher constants = Pattern.compile("String\\s+[A-Z_]+\\s*=\\s*\"(onewindow\\.[^\"]+)\"")
                .matcher(topics);
        while (constants.find()) {
            names.add(constants.group(1));
            names.add(constants.group(1) + suffix.group(1));
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    static List<String> planProblems(Map<String, Plan> plan) {
        List<String> problems = new ArrayList<>();
        plan.forEach((topic, p) -> {
            if (p.replicas() != 3) {
                problems.add(topic + ": replication " + p.replicas() + ", expected 3");
            }
            if (p.minInSync() != 2) {
                problems.add(topic + ": min.insync.replicas " + p.minInSync() + ", expected 2");
            }
            if (!topic.endsWith(".DLT") && p.partitions() < 6) {
                problems.add(topic + ": " + p.partitions() + " partitions, too few to scale consumers out");
            }
            if (p.retentionMs() <= 0) {
                problems.add(topic + ": no retention.ms");
            }
            if (!"delete".equals(p.cleanupPolicy())) {
                problems.add(topic + ": cleanup.policy " + p.cleanupPolicy() + " (event logs are not compacted)");
            }
        });
        return problems;
    }

    static Map<String, Plan> kubernetesPlan(List<Map<String, Object>> resources) {
        Map<String, Plan> plan = new LinkedHashMap<>();
        for (Map<String, Object> topic : Kustomize.ofKind(resources, "KafkaTopic")) {
            Map<String, Object> config = Yaml.map(Yaml.at(topic, "spec.config"));
            plan.put(
                    String.valueOf(Yaml.<Object>at(topic, "spec.topicName")),
                    new Plan(
                            number(Yaml.at(topic, "spec.partitions")),
                            number(Yaml.at(topic, "spec.replicas")),
                            number(config.get("min.insync.replicas")),
                            config.get("retention.ms") == null
                                    ? -1
                                    : Long.parseLong(String.valueOf(config.get("retention.ms"))),
                            String.valueOf(config.getOrDefault("cleanup.policy", "delete"))));
        }
        return plan;
    }

    /** The plan in deploy/compose/kafka/create-topics.sh: its PLAN lines and the configs every topic gets. */
    static Map<String, Plan> composePlan() {
        String script = Repository.read(Repository.path("deploy/compose/kafka/create-topics.sh"));
        Matcher minInSync =
                Pattern.compile("--config min\\.insync\\.replicas=(\\d+)").matcher(script);
        Matcher cleanup = Pattern.compile("--config cleanup\\.policy=(\\w+)").matcher(script);
        assertThat(minInSync.find() && cleanup.find()).isTrue();
        String lines = script.substring(script.indexOf("<<'PLAN'") + 8, script.indexOf("\nPLAN"));
        Map<String, Plan> plan = new LinkedHashMap<>();
        for (String line : lines.strip().split("\\R")) {
            String[] fields = line.strip().split("\\s+");
            plan.put(
                    fields[0],
                    new Plan(
                            Integer.parseInt(fields[1]),
                            Integer.parseInt(fields[2]),
                            Integer.parseInt(minInSync.group(1)),
                            Long.parseLong(fields[3]),
                            cleanup.group(1)));
        }
        return plan;
    }

    private static int number(Object value) {
        return value == null ? -1 : Integer.parseInt(String.valueOf(value));
    }
}
