package io.onewindow.systemtests;

import io.onewindow.localinfra.LocalMongoServer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole platform, once per test JVM: the four services and the gateway as separate
 * processes started from their runnable jars, exactly as {@code deploy/local.sh} runs them,
 * against this JVM's real Kafka broker, the local run's MongoDB (mongo-java-server on an H2
 * file, {@link LocalMongoServer}) and a real Keycloak.
 *
 * <p>Fault tests stop and restart its parts: a service process ({@link #stopService},
 * {@link #startService}), the Kafka broker ({@link #stopKafka}, {@link #startKafka}) and MongoDB
 * ({@link #restartMongo}); supervision-service runs on a clock the tests can move
 * ({@link #moveSupervisionClock}). Each test that stops something starts it again.
 *
 * <p>With {@code -Donewindow.systemtests.clock=<ISO date-time>} ({@link PlatformClock}) every
 * service runs on a clock that starts at that instant: each gets an
 * {@code onewindow.clock.offset-file} holding the platform's offset from real time, and the tests
 * read "now" and "today" from {@link PlatformClock}. The gateway has no business clock and keeps
 * the real one; so do Keycloak's tokens and Kafka.
 */
final class RunningPlatform {

    /** A service: its module, the environment variable of its port and the gateway's URI variable. */
    record Service(String module, String portVariable, String gatewayUriVariable, String apiPrefix) {}

    static final List<Service> SERVICES = List.of(
            new Service(
                    "appointment-service", "APPOINTMENT_SERVICE_PORT", "APPOINTMENT_SERVICE_URI", "/api/appointments"),
            new Service("approval-service", "APPROVAL_SERVICE_PORT", "APPROVAL_SERVICE_URI", "/api/approvals"),
            new Service("e-license-service", "E_LICENSE_SERVICE_PORT", "E_LICENSE_SERVICE_URI", "/api/licenses"),
            new Service(
                    "supervision-service", "SUPERVISION_SERVICE_PORT", "SUPERVISION_SERVICE_URI", "/api/supervision"));

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static RunningPlatform shared;

    private final Path root;
    private final Path logs;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final KeycloakTestServer keycloak;
    private final Path jars;
    private final Path clocks;
    private final Path mongoFile;
    private LocalMongoServer mongo;
    private int mongoPort;

    private RunningPlatform() {
        root = Path.of(System.getProperty("onewindow.repository.root", ".."))
                .toAbsolutePath()
                .normalize();
        logs = root.resolve("system-tests/target/platform-logs");
        jars = root.resolve("system-tests/target/platform-jars");
        clocks = root.resolve("system-tests/target/platform-clock");
        mongoFile = root.resolve("system-tests/target/platform-data/mongo.mv");
        keycloak = KeycloakTestServer.shared();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "platform-stop"));
        start();
    }

    static synchronized RunningPlatform shared() {
        if (shared == null) {
            shared = new RunningPlatform();
        }
        return shared;
    }

    KeycloakTestServer keycloak() {
        return keycloak;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    String serviceUrl(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    /** The MongoDB the services use, {@code mongodb://127.0.0.1:PORT}. */
    String mongoUri() {
        return mongo.connectionString();
    }

    /** Stops a service's process (as a crash or an operator would); the gateway keeps running. */
    synchronized void stopService(String module) {
        Process process = processes.get(module);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a stopped service again on its port with its environment, and waits until it is healthy. */
    synchronized void startService(String module) {
        if (processes.get(module).isAlive()) {
            return;
        }
        try {
            launch(module, environments.get(module));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(module);
    }

    /** Shuts the Kafka broker down (the KRaft controller stays): producers and consumers lose it. */
    void stopKafka() {
        kafka().getCluster().brokers().values().forEach(BrokerServer::shutdown);
    }

    /** Starts the broker again: same node, same port, same log directories. */
    void startKafka() {
        kafka().getCluster().brokers().values().forEach(BrokerServer::startup);
        try {
            kafka().getCluster().waitForReadyBrokers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the Kafka broker did not come back", e);
        }
    }

    private static EmbeddedKafkaKraftBroker kafka() {
        return (EmbeddedKafkaKraftBroker) SharedKafkaBroker.shared();
    }

    /**
     * Restarts MongoDB as {@code deploy/local.sh} would: the server closes every connection and
     * its H2 file, stays down for {@code down}, and opens the same file on the same port.
     */
    synchronized void restartMongo(Duration down) {
        mongo.close();
        sleep(down.toMillis());
        startMongo();
    }

    private void startMongo() {
        try {
            mongo = LocalMongoServer.start("127.0.0.1", mongoPort, mongoFile);
            mongoPort = mongo.port();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves supervision-service's clock: from now on it runs {@code offset} ahead of the platform's
     * clock ({@link PlatformClock}: real time unless moved), read by its
     * {@code onewindow.clock.offset-file}; {@link Duration#ZERO} puts it back on the platform's clock.
     */
    void moveSupervisionClock(Duration offset) {
        writeClockOffset("supervision-service", PlatformClock.offset().plus(offset));
    }

    /**
     * Moves approval-service's clock as {@link #moveSupervisionClock} moves supervision's:
     * {@code offset} ahead of the platform's clock; {@link Duration#ZERO} puts it back.
     */
    void moveApprovalClock(Duration offset) {
        writeClockOffset("approval-service", PlatformClock.offset().plus(offset));
    }

    /** The offset file of a service's clock (read when it changes, see {@code OffsetFileClock}). */
    private Path clockFile(String module) {
        return clocks.resolve(module + ".offset");
    }

    /**
     * Whether the service runs on an offset file: supervision and approval always (journeys move
     * them), every service on a moved platform clock.
     */
    private static boolean hasClockFile(String module) {
        return module.equals("supervision-service") || module.equals("approval-service") || PlatformClock.moved();
    }

    /** Replaces a service's offset file in one step, with a new modification time so the service rereads it. */
    private void writeClockOffset(String module, Duration offset) {
        try {
            Path file = clockFile(module);
            Path next = file.resolveSibling(module + ".next");
            Files.writeString(next, offset.toString());
            Files.setLastModifiedTime(next, java.nio.file.attribute.FileTime.from(Instant.now()));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() {
        try {
            Files.createDirectories(logs);
            Files.createDirectories(jars);
            Files.createDirectories(clocks);
            for (Service service : SERVICES) {
                Files.deleteIfExists(clockFile(service.module()));
            }
            if (PlatformClock.moved()) {
                System.out.println("System tests: the platform's clock starts at "
                        + PlatformClock.now().atZone(PlatformClock.SERVICE_ZONE) + " (-D" + PlatformClock.PROPERTY
                        + "), " + PlatformClock.offset() + " from real time");
                for (Service service : SERVICES) {
                    writeClockOffset(service.module(), PlatformClock.offset());
                }
            }
            Files.createDirectories(mongoFile.getParent());
            Files.deleteIfExists(mongoFile);
            startMongo();
            Map<String, String> common = Map.of(
                    // The operators' route for official years, empty: 2027 is counted provisionally
                    // until a journey publishes it through the admin API.
                    "ONEWINDOW_CALENDAR_DIRECTORY",
                    root.resolve("system-tests/src/test/resources/calendar").toString(),
                    "MONGODB_URI",
                    mongo.connectionString(),
                    "KAFKA_BOOTSTRAP_SERVERS",
                    SharedKafkaBroker.bootstrapServers(),
                    "KEYCLOAK_ISSUER_URI",
                    keycloak.issuerUri());
            // Every application knows where the others listen (approval-service calls e-license-service
            // synchronously to check e-licenses given in place of paper), as the gateway does.
            Map<String, String> serviceUris = new LinkedHashMap<>();
            for (Service service : SERVICES) {
                int port = freePort();
                ports.put(service.module(), port);
                serviceUris.put(service.gatewayUriVariable(), "http://127.0.0.1:" + port);
            }
            Map<String, String> gatewayEnvironment = new LinkedHashMap<>(common);
            gatewayEnvironment.putAll(serviceUris);
            for (Service service : SERVICES) {
                Map<String, String> environment = new LinkedHashMap<>(common);
                environment.putAll(serviceUris);
                environment.put(service.portVariable(), Integer.toString(ports.get(service.module())));
                if (hasClockFile(service.module())) {
                    environment.put(
                            "ONEWINDOW_CLOCK_OFFSET_FILE",
                            clockFile(service.module()).toString());
                }
                if (service.module().equals("supervision-service")) {
                    // Journey 3 moves its clock; the sweep re-evaluates cards every two seconds.
                    environment.put("ONEWINDOW_SUPERVISION_SWEEP_INTERVAL", "PT2S");
                }
                environments.put(service.module(), environment);
                launch(service.module(), environment);
            }
            int gatewayPort = freePort();
            ports.put("gateway", gatewayPort);
            gatewayEnvironment.put("GATEWAY_PORT", Integer.toString(gatewayPort));
            environments.put("gateway", gatewayEnvironment);
            launch("gateway", gatewayEnvironment);
            for (String module : processes.keySet()) {
                awaitHealthy(module);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch(String module, Map<String, String> environment) throws IOException {
        String version = System.getProperty("onewindow.project.version", "0.1.0-SNAPSHOT");
        Path built = root.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
        Path jar = jars.resolve(built.getFileName());
        if (!processes.containsKey(module)) {
            if (!Files.isRegularFile(built)) {
                throw new IllegalStateException(built + " is missing: build with ./mvnw verify (or package) first");
            }
            // Started from a copy taken now: a rebuild of the module while the tests run must not
            // change the jar of a running process, or of one a fault test restarts.
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logs.resolve(module + ".log").toFile()));
        builder.environment().putAll(environment);
        processes.put(module, builder.start());
    }

    private void awaitHealthy(String module) {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + ports.get(module) + "/actuator/health");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(module);
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        module + " exited with " + process.exitValue() + "; see " + logs.resolve(module + ".log"));
            }
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(
                module + " was not healthy within " + START_TIMEOUT + "; see " + logs.resolve(module + ".log"));
    }

    private void stop() {
        processes.values().forEach(Process::destroy);
        try {
            for (Service service : SERVICES) {
                Files.deleteIfExists(clockFile(service.module()));
            }
        } catch (IOException e) {
            // the next start deletes them
        }
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
