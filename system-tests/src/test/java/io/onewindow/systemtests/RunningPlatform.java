package io.onewindow.systemtests;

import io.onewindow.localinfra.LocalMongoServer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole platform, once per test JVM: the four services and the gateway as separate
 * processes started from their runnable jars by platform-test's {@link PlatformProcesses} (the
 * one platform starter, which the benchmarks use too), exactly as {@code deploy/local.sh} runs
 * them, against this JVM's real Kafka broker, the local run's MongoDB (mongo-java-server on an H2
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

    /** The four services (the gateway routes to them). */
    static final List<PlatformApplication> SERVICES = PlatformApplication.SERVICES;

    private static RunningPlatform shared;

    private final Path root;
    private final KeycloakTestServer keycloak;
    private final Path clocks;
    private final Path mongoFile;
    private LocalMongoServer mongo;
    private int mongoPort;
    private PlatformProcesses processes;

    private RunningPlatform() {
        root = Path.of(System.getProperty("onewindow.repository.root", ".."))
                .toAbsolutePath()
                .normalize();
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
        return processes.url(PlatformApplication.GATEWAY);
    }

    /**
     * Where a browser opens the console and the board: the gateway, which routes {@code /console/**}
     * and {@code /board/**} to the console (and keeps the browser's Host, so the login returns there).
     */
    String consoleUrl() {
        return gatewayUrl();
    }

    String serviceUrl(String module) {
        return processes.url(application(module));
    }

    /** The MongoDB the services use, {@code mongodb://127.0.0.1:PORT}. */
    String mongoUri() {
        return mongo.connectionString();
    }

    /** Stops a service's process (as a crash or an operator would); the gateway keeps running. */
    synchronized void stopService(String module) {
        processes.stop(application(module));
    }

    /** Starts a stopped service again on its port with its environment, and waits until it is healthy. */
    synchronized void startService(String module) {
        processes.restart(application(module));
    }

    private static PlatformApplication application(String module) {
        return PlatformApplication.ofModule(module)
                .orElseThrow(() -> new IllegalArgumentException("no application " + module));
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
            Files.createDirectories(clocks);
            for (PlatformApplication service : SERVICES) {
                Files.deleteIfExists(clockFile(service.module()));
            }
            if (PlatformClock.moved()) {
                System.out.println("System tests: the platform's clock starts at "
                        + PlatformClock.now().atZone(PlatformClock.SERVICE_ZONE) + " (-D" + PlatformClock.PROPERTY
                        + "), " + PlatformClock.offset() + " from real time");
                for (PlatformApplication service : SERVICES) {
                    writeClockOffset(service.module(), PlatformClock.offset());
                }
            }
            Files.createDirectories(mongoFile.getParent());
            Files.deleteIfExists(mongoFile);
            startMongo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlatformProcesses.Builder platform = PlatformProcesses.builder(root)
                .workDirectory(root.resolve("system-tests/target/platform"))
                .version(System.getProperty("onewindow.project.version", "0.1.0-SNAPSHOT"))
                .jvmOptions(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"))
                .environment(Map.of(
                        // The operators' route for official years, empty: 2027 is counted provisionally
                        // until a journey publishes it through the admin API.
                        "ONEWINDOW_CALENDAR_DIRECTORY",
                        root.resolve("system-tests/src/test/resources/calendar").toString(),
                        "MONGODB_URI",
                        mongo.connectionString(),
                        "KAFKA_BOOTSTRAP_SERVERS",
                        SharedKafkaBroker.bootstrapServers(),
                        "KEYCLOAK_ISSUER_URI",
                        keycloak.issuerUri()));
        for (PlatformApplication service : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            if (hasClockFile(service.module())) {
                environment.put(
                        "ONEWINDOW_CLOCK_OFFSET_FILE",
                        clockFile(service.module()).toString());
            }
            platform.environment(service, environment);
        }
        // Journey 3 moves its clock; the sweep re-evaluates cards every two seconds.
        platform.environment(PlatformApplication.SUPERVISION, Map.of("ONEWINDOW_SUPERVISION_SWEEP_INTERVAL", "PT2S"));
        // Every application knows where the others listen (approval-service calls e-license-service
        // synchronously to check e-licenses given in place of paper), as the gateway does.
        processes = platform.start(PlatformApplication.ALL);
    }

    private void stop() {
        if (processes != null) {
            processes.close();
        }
        try {
            for (PlatformApplication service : SERVICES) {
                Files.deleteIfExists(clockFile(service.module()));
            }
        } catch (IOException e) {
            // the next start deletes them
        }
        if (mongo != null) {
            mongo.close();
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
