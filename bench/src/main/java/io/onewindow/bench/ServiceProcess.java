package io.onewindow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A OneWindow service (or the gateway) run from its executable jar in a child JVM, configured by
 * environment variables exactly as in production, against the bench's own MongoDB-protocol server
 * and Kafka broker. Used where the service cannot share the bench's JVM: the gateway is reactive
 * (the bench's classpath is servlet), and the approval, supervision and gateway artifacts in the
 * local repository are the runnable jars only.
 *
 * <p>The jar is {@code <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar} under the working
 * directory, else the one in {@code ~/.m2}; it is copied first, so a rebuild of the module while
 * the bench runs does not change the running code. {@code -Dbench.<module>.jar=PATH} picks another;
 * {@code -Dbench.childJvmArgs="..."} adds JVM options (e.g. a JFR recording) to every child, and
 * {@code -Dbench.env.NAME=value} an environment variable (e.g. a setting to compare).
 * Output goes to {@code <tmp>/bench-<module>.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final String module;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** A free TCP port on 127.0.0.1 at the time of asking. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment every service needs to trust bench tokens instead of Keycloak's. */
    public static Map<String, String> trusting(Path publicKeyPem) {
        Map<String, String> env = new LinkedHashMap<>();
        // Boot picks the public-key decoder only while issuer-uri is blank.
        env.put("KEYCLOAK_ISSUER_URI", "");
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "");
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION", "file:" + publicKeyPem.toAbsolutePath());
        return env;
    }

    /**
     * Starts {@code module}'s executable jar with {@code env} on {@code port} (passed as
     * {@code SERVER_PORT}) and waits until {@code /actuator/health} answers 200.
     */
    public static ServiceProcess start(String module, int port, Map<String, String> env, Duration startUpLimit)
            throws IOException, InterruptedException {
        Path jar = copyOfJar(module);
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "bench-" + module + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty("bench.childJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.replace("{module}", module).split("\\s+")));
        }
        command.add("-Xmx768m");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        // -Dbench.env.NAME=value sets NAME in every child, for experiments without a code change.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.env."))
                .forEach(name ->
                        builder.environment().put(name.substring("bench.env.".length()), System.getProperty(name)));
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().putIfAbsent("LOGGING_LEVEL_ROOT", "WARN");
        Process process = builder.start();
        ServiceProcess service = new ServiceProcess(module, port, process, log);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stop-" + module));
        service.awaitHealthy(startUpLimit);
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        URI health = URI.create(baseUrl() + "/actuator/health");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        module + " exited with " + process.exitValue() + "; see " + log + ":\n" + tail());
            }
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) health.toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException(
                module + " did not become healthy within " + limit + "; see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path copyOfJar(String module) throws IOException {
        String name = module + "-" + VERSION + "-exec.jar";
        List<Path> candidates = new ArrayList<>();
        String chosen = System.getProperty("bench." + module + ".jar");
        if (chosen != null) {
            candidates.add(Path.of(chosen));
        }
        candidates.add(Path.of(module, "target", name));
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "io", "onewindow", module, VERSION);
        candidates.add(m2.resolve(name));
        candidates.add(m2.resolve(module + "-" + VERSION + ".jar"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.size(candidate) > 1_000_000) {
                Path copy = Files.createTempFile("bench-" + module + "-", ".jar");
                copy.toFile().deleteOnExit();
                Files.copy(candidate, copy, StandardCopyOption.REPLACE_EXISTING);
                System.out.printf(
                        "%s: %s (built %s)%n",
                        module, candidate.toAbsolutePath().normalize(), Files.getLastModifiedTime(candidate));
                return copy;
            }
        }
        throw new IllegalStateException("no executable jar of " + module + " in " + candidates
                + "; build it with ./mvnw -pl " + module + " package -DskipTests");
    }

    /** Stops the child JVM (SIGTERM, then SIGKILL after 20 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return module + " (pid " + process.pid() + ", port " + port + ", log " + log + ")";
    }
}
