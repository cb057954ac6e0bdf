package io.onewindow.systemtests;

import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.SharedKafkaBroker;
import io.onewindow.platform.test.SharedMongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform, once per test JVM: the four services and the gateway as separate
 * processes started from their runnable jars, exactly as {@code deploy/local.sh} runs them,
 * against this JVM's real Kafka broker, MongoDB wire-protocol server and Keycloak.
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
    private final KeycloakTestServer keycloak;

    private RunningPlatform() {
        root = Path.of(System.getProperty("onewindow.repository.root", ".."))
                .toAbsolutePath()
                .normalize();
        logs = root.resolve("system-tests/target/platform-logs");
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

    private void start() {
        try {
            Files.createDirectories(logs);
            Map<String, String> common = Map.of(
                    "MONGODB_URI", SharedMongoServer.shared().connectionString(),
                    "KAFKA_BOOTSTRAP_SERVERS", SharedKafkaBroker.bootstrapServers(),
                    "KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
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
                launch(service.module(), environment);
            }
            int gatewayPort = freePort();
            ports.put("gateway", gatewayPort);
            gatewayEnvironment.put("GATEWAY_PORT", Integer.toString(gatewayPort));
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
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw verify (or package) first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile());
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
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
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
