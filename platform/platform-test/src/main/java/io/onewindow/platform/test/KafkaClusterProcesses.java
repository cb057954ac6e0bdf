package io.onewindow.platform.test;

import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka cluster of several KRaft nodes, each broker and controller in one, each a process of its
 * own ({@code kafka.Kafka}, the broker's main class, from this JVM's class path, where
 * spring-kafka-test puts the broker), so that one can be killed as a crash kills it ({@code kill
 * -9}) and started again on the same ports and data. Topics are replicated to every node by
 * default ({@code default.replication.factor}, 3 unless set) and a write needs
 * {@code min.insync.replicas} (2 unless set) of them, so a cluster of three stays writable for an
 * {@code acks=all} producer with one node gone. Topics are created on first use, with 3 partitions.
 *
 * <p>Each node's configuration, data ({@code kafka-N/}) and output ({@code logs/kafka-N.log}) are
 * under the work directory, which is emptied first.
 */
public final class KafkaClusterProcesses implements AutoCloseable {

    private final Builder settings;
    private final String clusterId = Uuid.randomUuid().toString();
    private final Map<Integer, Integer> brokerPorts = new LinkedHashMap<>();
    private final Map<Integer, Integer> controllerPorts = new LinkedHashMap<>();
    private final Map<Integer, Process> processes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "kafka-cluster-stop");
    private volatile boolean closed;

    private KafkaClusterProcesses(Builder settings) {
        this.settings = settings;
    }

    /** A cluster whose files go under {@code workDirectory}. */
    public static Builder builder(Path workDirectory) {
        return new Builder(workDirectory.toAbsolutePath().normalize());
    }

    /** {@code host:port,...} of every node, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return brokerPorts.values().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    /** The node ids, 1 to the number of nodes. */
    public List<Integer> nodes() {
        return List.copyOf(brokerPorts.keySet());
    }

    public synchronized boolean running(int node) {
        Process process = processes.get(node);
        return process != null && process.isAlive();
    }

    public synchronized long pid(int node) {
        return process(node).pid();
    }

    /** The file a node's output goes to. */
    public Path log(int node) {
        return settings.workDirectory.resolve("logs").resolve("kafka-" + node + ".log");
    }

    /** Kills a node at once ({@code kill -9}: no controlled shutdown) and waits until it is gone. */
    public synchronized void kill(int node) {
        Process process = process(node);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("kafka node " + node + " did not exit after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a killed or stopped node again (same ports, same data) and waits until the cluster sees it. */
    public synchronized void restart(int node) {
        if (running(node)) {
            return;
        }
        launch(node);
        awaitNodes(Set.of(node));
    }

    /** Stops every node (SIGTERM to all, then SIGKILL to those still there after 20 s). */
    @Override
    public void close() {
        closed = true;
        List<Process> running;
        synchronized (this) {
            running = new ArrayList<>(processes.values());
        }
        running.forEach(Process::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (Process process : running) {
            try {
                if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself
        }
    }

    private Process process(int node) {
        Process process = processes.get(node);
        if (process == null) {
            throw new IllegalArgumentException("kafka node " + node + " was not started");
        }
        return process;
    }

    private synchronized KafkaClusterProcesses startAll() {
        try {
            deleteRecursively(settings.workDirectory);
            Files.createDirectories(settings.workDirectory.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int node = 1; node <= settings.nodes; node++) {
            brokerPorts.put(node, PlatformProcesses.freePort());
            controllerPorts.put(node, PlatformProcesses.freePort());
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            List<Process> formats = new ArrayList<>();
            for (int node : nodes()) {
                writeConfiguration(node);
                formats.add(java(
                                List.of(),
                                "kafka.tools.StorageTool",
                                "format",
                                "-t",
                                clusterId,
                                "-c",
                                config(node).toString())
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(log(node).toFile()))
                        .start());
            }
            for (int i = 0; i < formats.size(); i++) {
                Process format = formats.get(i);
                if (!format.waitFor(settings.startTimeout.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
                    throw new IllegalStateException(
                            "formatting kafka node " + nodes().get(i) + " failed; see " + log(nodes().get(i)));
                }
            }
            for (int node : nodes()) {
                launch(node);
            }
            awaitNodes(brokerPorts.keySet());
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    private Path config(int node) {
        return settings.workDirectory.resolve("kafka-" + node).resolve("server.properties");
    }

    private void writeConfiguration(int node) throws IOException {
        Path directory = settings.workDirectory.resolve("kafka-" + node);
        Files.createDirectories(directory);
        String voters = controllerPorts.entrySet().stream()
                .map(e -> e.getKey() + "@127.0.0.1:" + e.getValue())
                .collect(Collectors.joining(","));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(node));
        properties.put("controller.quorum.voters", voters);
        properties.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPorts.get(node) + ",CONTROLLER://127.0.0.1:"
                        + controllerPorts.get(node));
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPorts.get(node));
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", directory.resolve("data").toString());
        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", "3");
        String replicas = Integer.toString(settings.replicationFactor);
        String minInSync = Integer.toString(settings.minInsyncReplicas);
        properties.put("default.replication.factor", replicas);
        properties.put("min.insync.replicas", minInSync);
        properties.put("unclean.leader.election.enable", "false");
        properties.put("offsets.topic.replication.factor", replicas);
        properties.put("offsets.topic.num.partitions", "10");
        properties.put("transaction.state.log.replication.factor", replicas);
        properties.put("transaction.state.log.min.isr", minInSync);
        properties.put("share.coordinator.state.topic.replication.factor", replicas);
        properties.put("share.coordinator.state.topic.min.isr", minInSync);
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.putAll(settings.brokerProperties);
        StringBuilder text = new StringBuilder("# written by KafkaClusterProcesses\n");
        properties.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(config(node), text);
    }

    private void launch(int node) {
        if (closed) {
            throw new IllegalStateException("the Kafka cluster was stopped");
        }
        try {
            Process process = java(
                            settings.jvmOptions, "kafka.Kafka", config(node).toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(node).toFile()))
                    .start();
            processes.put(node, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessBuilder java(List<String> jvmOptions, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Waits until every one of {@code expected} is a live broker of the cluster, as its metadata says. */
    private void awaitNodes(Collection<Integer> expected) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        long deadline = System.nanoTime() + settings.startTimeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                for (int node : expected) {
                    if (!running(node)) {
                        throw new IllegalStateException("kafka node " + node + " exited; see " + log(node));
                    }
                }
                try {
                    Set<Integer> live = admin
                            .describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes()
                            .get(10, TimeUnit.SECONDS)
                            .stream()
                            .map(Node::id)
                            .collect(Collectors.toSet());
                    if (live.containsAll(expected)) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("kafka nodes " + expected + " did not join within "
                            + settings.startTimeout + "; see " + settings.workDirectory.resolve("logs"));
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "Kafka cluster " + clusterId + " of " + brokerPorts.size() + " nodes (" + bootstrapServers()
                + ", replication " + settings.replicationFactor + ", min.insync.replicas "
                + settings.minInsyncReplicas + ")";
    }

    /** How to start the cluster; {@link #start} starts it. */
    public static final class Builder {

        private final Path workDirectory;
        private int nodes = 3;
        private int replicationFactor = 3;
        private int minInsyncReplicas = 2;
        private Duration startTimeout = Duration.ofMinutes(3);
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx320m"));
        private final Map<String, String> brokerProperties = new LinkedHashMap<>();

        private Builder(Path workDirectory) {
            this.workDirectory = workDirectory;
        }

        /** How many nodes (3 unless set). */
        public Builder nodes(int nodes) {
            this.nodes = nodes;
            return this;
        }

        /** Replicas of every topic (3 unless set). */
        public Builder replicationFactor(int replicationFactor) {
            this.replicationFactor = replicationFactor;
            return this;
        }

        /** In-sync replicas an {@code acks=all} write needs (2 unless set). */
        public Builder minInsyncReplicas(int minInsyncReplicas) {
            this.minInsyncReplicas = minInsyncReplicas;
            return this;
        }

        /** How long the nodes may take to join (3 minutes unless set). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** JVM options of every node instead of {@code -Xms64m -Xmx320m}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        /** A broker setting of every node, over the ones this class writes. */
        public Builder brokerProperty(String name, String value) {
            brokerProperties.put(name, value);
            return this;
        }

        /** Formats the nodes' storage, starts them, and waits until each is a live broker. */
        public KafkaClusterProcesses start() {
            if (nodes < replicationFactor || minInsyncReplicas > replicationFactor || minInsyncReplicas < 1) {
                throw new IllegalArgumentException("need nodes >= replication factor >= min.insync.replicas >= 1");
            }
            return new KafkaClusterProcesses(this).startAll();
        }
    }
}
