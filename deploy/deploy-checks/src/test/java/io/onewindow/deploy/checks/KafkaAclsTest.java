package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Production Kafka ACLs follow the topic map exactly: each service (its own TLS client
 * certificate, principal User:CN=&lt;service&gt;) writes only its own events topic and the
 * dead-letter topics of what it consumes (the consumers' error handler writes a failed record to
 * {@code <topic>.DLT} of the topic it came from), and reads only the topics it consumes.
 */
class KafkaAclsTest {

    /** Who consumes what (issue 14): the map the ACLs are held to. */
    static final Map<String, Set<String>> CONSUMES = Map.of(
            "appointment-service", Set.of("onewindow.approval.events"),
            // approval-service consumes appointment events from issue 14 on (another engineer's change).
            "approval-service", Set.of("onewindow.appointment.events"),
            "e-license-service", Set.of("onewindow.approval.events"),
            "supervision-service",
                    Set.of("onewindow.appointment.events", "onewindow.approval.events", "onewindow.license.events"),
            "notification-service",
                    Set.of(
                            "onewindow.appointment.events",
                            "onewindow.approval.events",
                            "onewindow.license.events",
                            "onewindow.supervision.events",
                            // NoticeCreated read back by the outbound channels (consumer group notification-delivery)
                            "onewindow.notification.events"));

    /**
     * The applications that only read (their own Kafka user, no topic of their own, no dead-letter
     * topic): the console's queue boards hear the appointment events.
     */
    static final Map<String, Set<String>> READS_ONLY = Map.of(Deploy.CONSOLE, Set.of("onewindow.appointment.events"));

    /** What a service's Kafka user may do to topics: the topics it may write and read. */
    record Access(Set<String> writes, Set<String> reads, List<String> other) {}

    @Test
    void everyListenerInTheSourcesIsInTheTopicMap() {
        for (String service : Deploy.services()) {
            assertThat(CONSUMES.get(service))
                    .as(service + " listens to topics the ACL map does not give it")
                    .containsAll(consumedTopics(service));
        }
        assertThat(consumedTopics("supervision-service")).hasSize(3);
        READS_ONLY.forEach((reader, topics) -> assertThat(consumedTopics(reader))
                .as(reader + " listens to topics the ACL map does not give it")
                .isEqualTo(topics));
    }

    @Test
    void eachServiceWritesItsOwnTopicAndTheDeadLetterTopicsOfWhatItConsumesAndReadsOnlyThat() {
        assertThat(aclProblems(Deploy.production())).isEmpty();
    }

    @Test
    void refusesBroadAclsAndPasswordUsers() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("kafka/broad-acls.yaml"));

        assertThat(aclProblems(fixture))
                .containsExactlyInAnyOrder(
                        "appointment-service: authenticates with scram-sha-512, not its TLS client certificate",
                        "appointment-service: writes [onewindow.appointment.events, onewindow.appointment.events.DLT,"
                                + " onewindow.approval.events.DLT, onewindow.license.events.DLT], expected"
                                + " [onewindow.appointment.events, onewindow.approval.events.DLT]",
                        "appointment-service: reads [onewindow.*], expected [onewindow.approval.events]",
                        "approval-service: may All on topic onewindow.approval.events",
                        "approval-service: reads [], expected [onewindow.appointment.events]",
                        "e-license-service: no KafkaUser",
                        "supervision-service: no KafkaUser",
                        "notification-service: no KafkaUser",
                        "console: writes [onewindow.appointment.events.DLT], expected none");
    }

    static List<String> aclProblems(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> users = Kustomize.ofKind(resources, "KafkaUser");
        for (String service : Deploy.services()) {
            Map<String, Object> user = users.stream()
                    .filter(u -> service.equals(Kustomize.name(u)))
                    .findFirst()
                    .orElse(null);
            if (user == null) {
                problems.add(service + ": no KafkaUser");
                continue;
            }
            String authentication = Yaml.at(user, "spec.authentication.type");
            if (!"tls".equals(authentication)) {
                problems.add(service + ": authenticates with " + authentication + ", not its TLS client certificate");
            }
            Access access = access(user);
            problems.addAll(access.other().stream().map(o -> service + ": " + o).toList());
            String own = ownTopic(service);
            Set<String> expectedWrites = new TreeSet<>(Set.of(own));
            CONSUMES.get(service).forEach(t -> expectedWrites.add(t + ".DLT"));
            if (!access.writes().equals(expectedWrites)) {
                problems.add(service + ": writes " + access.writes() + ", expected " + expectedWrites);
            }
            Set<String> expectedReads = new TreeSet<>(CONSUMES.get(service));
            if (!access.reads().equals(expectedReads)) {
                problems.add(service + ": reads " + access.reads() + ", expected " + expectedReads);
            }
        }
        READS_ONLY.forEach((reader, topics) -> {
            Map<String, Object> user = users.stream()
                    .filter(u -> reader.equals(Kustomize.name(u)))
                    .findFirst()
                    .orElse(null);
            if (user == null) {
                problems.add(reader + ": no KafkaUser");
                return;
            }
            if (!"tls".equals(Yaml.at(user, "spec.authentication.type"))) {
                problems.add(reader + ": authenticates with " + Yaml.at(user, "spec.authentication.type")
                        + ", not its TLS client certificate");
            }
            Access access = access(user);
            problems.addAll(access.other().stream().map(o -> reader + ": " + o).toList());
            if (!access.writes().isEmpty()) {
                problems.add(reader + ": writes " + access.writes() + ", expected none");
            }
            if (!access.reads().equals(new TreeSet<>(topics))) {
                problems.add(reader + ": reads " + access.reads() + ", expected " + new TreeSet<>(topics));
            }
        });
        return problems;
    }

    /** The topic ACLs of a KafkaUser: prefixes shown as {@code name*}; groups are KafkaTopicsTest's. */
    static Access access(Map<String, Object> user) {
        Set<String> writes = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        List<String> other = new ArrayList<>();
        for (Map<String, Object> acl : Yaml.maps(Yaml.at(user, "spec.authorization.acls"))) {
            String type = Yaml.at(acl, "resource.type");
            String name = Yaml.at(acl, "resource.name");
            String pattern = Yaml.at(acl, "resource.patternType");
            String shown = "prefix".equals(pattern) ? name + "*" : "*".equals(name) ? "*" : name;
            for (Object operation : Yaml.list(acl.get("operations"))) {
                switch (type + ":" + operation) {
                    case "topic:Write" -> writes.add(shown);
                    case "topic:Read" -> reads.add(shown);
                    case "topic:Describe", "group:Read", "group:Describe" -> {}
                    default -> other.add("may " + operation + " on " + type + " " + shown);
                }
            }
        }
        return new Access(writes, reads, other);
    }

    /** The service's own topic: onewindow.service.events-topic of its application.yml. */
    static String ownTopic(String service) {
        return String.valueOf((Object) Yaml.at(
                Yaml.document(Repository.path(service + "/src/main/resources/application.yml")),
                "onewindow.service.events-topic"));
    }

    /**
     * A listener's topic as written: a literal, or a {@code ${property:default}} placeholder resolved
     * from the application's application.yml, else its default.
     */
    static String resolve(String application, String topic) {
        Matcher placeholder = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}").matcher(topic);
        if (!placeholder.matches()) {
            return topic;
        }
        Object configured = Yaml.at(
                Yaml.document(Repository.path(application + "/src/main/resources/application.yml")),
                placeholder.group(1));
        if (configured != null) {
            return resolve(application, String.valueOf(configured));
        }
        if (placeholder.group(2) == null) {
            throw new IllegalStateException(application + ": topic " + topic + " has no value");
        }
        return placeholder.group(2);
    }

    /** The topics of a service's {@code @KafkaListener}s ({@code Topics.X} constants or literals). */
    static Set<String> consumedTopics(String service) {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher constant = Pattern.compile("String\\s+([A-Z_]+)\\s*=\\s*\"(onewindow\\.[^\"]+)\"")
                .matcher(Repository.read(Repository.path(
                        "platform/platform-core/src/main/java/io/onewindow/platform/events/Topics.java")));
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.path(service + "/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher listener = Pattern.compile(
                                "@KafkaListener\\s*\\((.*?)\\)\\s*(?:public|void|@|[A-Za-z])", Pattern.DOTALL)
                        .matcher(Repository.read(file));
                while (listener.find()) {
                    Matcher topic = Pattern.compile("topics\\s*=\\s*(\\{[^}]*}|\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_.]*)")
                            .matcher(listener.group(1));
                    if (!topic.find()) {
                        throw new IllegalStateException(file + ": a @KafkaListener without topics = ...");
                    }
                    for (String item : topic.group(1).replaceAll("^\\{|}$", "").split(",")) {
                        String value = item.strip();
                        if (value.startsWith("\"")) {
                            topics.add(resolve(service, value.substring(1, value.length() - 1)));
                        } else {
                            String name = value.substring(value.lastIndexOf('.') + 1);
                            if (!constants.containsKey(name)) {
                                throw new IllegalStateException(
                                        file + ": topic " + value + " is not a Topics constant");
                            }
                            topics.add(constants.get(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }
}
