package io.onewindow.platform.test.processes;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform's applications as separate processes, each started from its runnable jar and
 * configured only by environment variables, exactly as {@code deploy/local.sh} and production run
 * them: the one way the system tests and the benchmarks start the platform. The infrastructure
 * (MongoDB, Kafka, the token issuer) is the caller's: it passes where they are in the environment
 * ({@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KEYCLOAK_ISSUER_URI} or a public
 * key location).
 *
 * <p>Each application gets a free port through its own variable ({@code APPROVAL_SERVICE_PORT},
 * {@code GATEWAY_PORT}, ...), the profile of the local demo run ({@code SPRING_PROFILES_ACTIVE=}{@value
 * #LOCAL_PROFILE}, which the caller may override) and the URIs of the other services through theirs
 * ({@code E_LICENSE_SERVICE_URI}, ...), as the gateway does; a service that is not started is given
 * {@value #NOWHERE}, where nothing answers. The jar is {@code <root>/<module>/target/<module>-<version>-exec.jar}
 * unless {@link Builder#jar} names another; it is copied into the work directory before the first
 * start, so that a rebuild of the module while the processes run changes neither a running process
 * nor one that is restarted. Output goes to {@code <work>/logs/<module>.log} (emptied when this
 * object first starts the module, appended to on a restart). {@link #start} returns when every
 * application answers {@code /actuator/health} with {@code UP}; a process that exits or stays
 * unhealthy fails the start with the end of its log.
 *
 * <p>An application may run as several instances ({@link Builder#instances}), each with its own
 * port and log ({@code <module>-2.log} for the second); the first is the one the single-argument
 * methods mean. The gateway is given every instance of a service in {@code <SERVICE>_URIS} (e.g.
 * {@code APPOINTMENT_SERVICE_URIS}, a comma list) besides the first in {@code <SERVICE>_URI}, which
 * is also what the other services call. An instance can be killed ({@link #kill}, SIGKILL, as a
 * crash) and started again ({@link #restart}).
 */
public final class PlatformProcesses implements AutoCloseable {

    /**
     * The Spring profile every application is started with unless the caller sets {@code
     * SPRING_PROFILES_ACTIVE} itself: the local demo run, in which the services may run on the
     * public demo secrets (outside it they refuse to start, see {@code docs/security.md}).
     */
    public static final String LOCAL_PROFILE = "local";

    /** Where the console finds the gateway (every application gets it). */
    public static final String GATEWAY_URL = "GATEWAY_URL";

    /** The URI given for a service that is not started: the discard port, where nothing listens. */
    public static final String NOWHERE = "http://127.0.0.1:9";

    private final Builder settings;
    private final Path jars;
    private final Path logs;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Map<String, Process> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean closed;
    private final Thread shutdownHook = new Thread(this::close, "platform-processes-stop");

    private PlatformProcesses(Builder settings) {
        this.settings = settings;
        this.jars = settings.workDirectory.resolve("jars");
        this.logs = settings.workDirectory.resolve("logs");
    }

    /** Settings for starting applications of the repository checked out at {@code repositoryRoot}. */
    public static Builder builder(Path repositoryRoot) {
        return new Builder(repositoryRoot.toAbsolutePath().normalize());
    }

    /** A free TCP port on this machine at the time of asking. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} of a started application. */
    public String url(PlatformApplication application) {
        return url(application, 1);
    }

    /** {@code http://127.0.0.1:PORT} of one instance of a started application (the first is 1). */
    public String url(PlatformApplication application, int instance) {
        return "http://127.0.0.1:" + port(application, instance);
    }

    public int port(PlatformApplication application) {
        return port(application, 1);
    }

    public int port(PlatformApplication application, int instance) {
        Integer port = ports.get(key(application, instance));
        if (port == null) {
            throw new IllegalArgumentException(key(application, instance) + " was not started");
        }
        return port;
    }

    /** How many instances of the application were started (0 if none). */
    public int instances(PlatformApplication application) {
        int count = 0;
        while (ports.containsKey(key(application, count + 1))) {
            count++;
        }
        return count;
    }

    /** The process id of a running application. */
    public long pid(PlatformApplication application) {
        return pid(application, 1);
    }

    public long pid(PlatformApplication application, int instance) {
        return process(application, instance).pid();
    }

    /** The file the application's output goes to. */
    public Path log(PlatformApplication application) {
        return log(application, 1);
    }

    /** The file one instance's output goes to: {@code <module>.log} for the first, {@code <module>-N.log} after. */
    public Path log(PlatformApplication application, int instance) {
        return logs.resolve(key(application, instance) + ".log");
    }

    /** Whether the application's process is alive. */
    public boolean running(PlatformApplication application) {
        return running(application, 1);
    }

    public synchronized boolean running(PlatformApplication application, int instance) {
        Process process = processes.get(key(application, instance));
        return process != null && process.isAlive();
    }

    /** Stops an application's process (as a crash or an operator would): SIGTERM, then SIGKILL after 30 s. */
    public void stop(PlatformApplication application) {
        stop(application, 1);
    }

    public synchronized void stop(PlatformApplication application, int instance) {
        terminate(process(application, instance), Duration.ofSeconds(30));
    }

    /**
     * Kills one instance at once, as a crash does ({@code kill -9}: no shutdown hook, no graceful
     * end of its requests, connections or Kafka sessions), and waits until the process is gone.
     */
    public synchronized void kill(PlatformApplication application, int instance) {
        Process process = process(application, instance);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(key(application, instance) + " did not exit after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a stopped application again, on its port, with its environment and from the same copy
     * of its jar, and waits until it is healthy; nothing happens if it runs.
     */
    public void restart(PlatformApplication application) {
        restart(application, 1);
    }

    /** {@link #restart(PlatformApplication)} for one instance. */
    public synchronized void restart(PlatformApplication application, int instance) {
        if (running(application, instance)) {
            return;
        }
        launch(application, instance);
        awaitHealthy(application, instance);
    }

    /** The name an instance is known by: the module for the first, {@code <module>-N} for the others. */
    private static String key(PlatformApplication application, int instance) {
        if (instance < 1) {
            throw new IllegalArgumentException("instances are counted from 1, not " + instance);
        }
        return instance == 1 ? application.module() : application.module() + "-" + instance;
    }

    /**
     * Stops every application (all at once, then waits for each); no process is started after. Not
     * synchronized with a start under way, so that the shutdown hook (Ctrl-C) does not wait for it.
     */
    @Override
    public void close() {
        closed = true;
        List<Process> running;
        synchronized (processes) {
            running = new ArrayList<>(processes.values());
        }
        running.forEach(Process::destroy);
        // One grace period for all (they stop in parallel), then SIGKILL: a JVM's shutdown hooks, this
        // one among them, must end well within the 30 s a test runner gives a forked JVM to exit.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (Process process : running) {
            try {
                if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
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

    private Process process(PlatformApplication application, int instance) {
        Process process = processes.get(key(application, instance));
        if (process == null) {
            throw new IllegalArgumentException(key(application, instance) + " was not started");
        }
        return process;
    }

    private synchronized PlatformProcesses startAll(Collection<PlatformApplication> applications) {
        try {
            Files.createDirectories(jars);
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PlatformApplication> order = new ArrayList<>();
        applications.stream().filter(a -> !a.isGateway()).forEach(order::add);
        applications.stream().filter(PlatformApplication::isGateway).forEach(order::add);
        for (PlatformApplication application : order) {
            for (int instance = 1; instance <= settings.instances(application); instance++) {
                ports.put(key(application, instance), freePort());
            }
        }
        Map<String, String> serviceUris = new LinkedHashMap<>();
        for (PlatformApplication service : PlatformApplication.ROUTED) {
            Integer port = ports.get(service.module());
            serviceUris.put(service.gatewayUriVariable(), port == null ? NOWHERE : "http://127.0.0.1:" + port);
            if (port != null && settings.instances(service) > 1) {
                List<String> all = new ArrayList<>();
                for (int instance = 1; instance <= settings.instances(service); instance++) {
                    all.add("http://127.0.0.1:" + ports.get(key(service, instance)));
                }
                serviceUris.put(service.gatewayUriVariable() + "S", String.join(",", all));
            }
        }
        // the console calls the services through the gateway
        Integer gatewayPort = ports.get(PlatformApplication.GATEWAY.module());
        serviceUris.put(GATEWAY_URL, gatewayPort == null ? NOWHERE : "http://127.0.0.1:" + gatewayPort);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        for (PlatformApplication application : order) {
            try {
                Files.copy(
                        builtJar(application),
                        jars.resolve(application.module() + ".jar"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int instance = 1; instance <= settings.instances(application); instance++) {
                String key = key(application, instance);
                Map<String, String> environment = new LinkedHashMap<>(settings.environment);
                environment.putAll(serviceUris);
                environment.putAll(settings.environments.getOrDefault(application.module(), Map.of()));
                environment.put(application.portVariable(), Integer.toString(ports.get(key)));
                environments.put(key, environment);
                try {
                    Files.deleteIfExists(log(application, instance));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                launch(application, instance);
            }
        }
        try {
            for (PlatformApplication application : order) {
                for (int instance = 1; instance <= settings.instances(application); instance++) {
                    awaitHealthy(application, instance);
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    private Path builtJar(PlatformApplication application) {
        Path chosen = settings.jars.get(application.module());
        Path jar = chosen != null
                ? chosen
                : settings.root
                        .resolve(application.module())
                        .resolve("target")
                        .resolve(application.module() + "-" + settings.version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl " + application.module()
                    + " -am package -DskipTests, or ./mvnw verify)");
        }
        return jar;
    }

    private void launch(PlatformApplication application, int instance) {
        String key = key(application, instance);
        if (closed) {
            throw new IllegalStateException("the platform's processes were stopped");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        settings.jvmOptions.forEach(option -> command.add(option.replace("{module}", key)));
        command.add("-jar");
        command.add(jars.resolve(application.module() + ".jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        log(application, instance).toFile()));
        builder.environment().putAll(environments.get(key));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.put(key, process);
        if (closed) {
            // close() ran between the check above and the put: it did not see this one.
            terminate(process, Duration.ofSeconds(20));
            throw new IllegalStateException("the platform's processes were stopped");
        }
    }

    private void awaitHealthy(PlatformApplication application, int instance) {
        String key = key(application, instance);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        URI health = URI.create(url(application, instance) + "/actuator/health");
        long deadline = System.nanoTime() + settings.startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = process(application, instance);
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        key + " exited with " + process.exitValue() + "; " + tail(application, instance));
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
                key + " was not healthy within " + settings.startTimeout + "; " + tail(application, instance));
    }

    private String tail(PlatformApplication application, int instance) {
        Path log = log(application, instance);
        try {
            List<String> lines = Files.readAllLines(log);
            return "see " + log + ", ending:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "see " + log;
        }
    }

    private static void terminate(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
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

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        processes.forEach((module, process) -> text.append(text.isEmpty() ? "" : ", ")
                .append(module)
                .append(" (pid ")
                .append(process.pid())
                .append(", port ")
                .append(ports.get(module))
                .append(')'));
        return text + "; logs in " + logs;
    }

    /** How to start the applications; {@link #start} starts them. */
    public static final class Builder {

        private final Path root;
        private Path workDirectory;
        private String version = "0.1.0-SNAPSHOT";
        private Duration startTimeout = Duration.ofMinutes(4);
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        private final Map<String, Path> jars = new LinkedHashMap<>();
        private final Map<String, Integer> instances = new LinkedHashMap<>();

        private Builder(Path root) {
            this.root = root;
            this.workDirectory = root.resolve("target/platform-processes");
            // the local demo run, as deploy/local.sh starts it: the services may use the public demo
            // secrets (docs/security.md); a caller may give another value through environment(…)
            environment.put("SPRING_PROFILES_ACTIVE", LOCAL_PROFILE);
        }

        /** Where the copies of the jars ({@code jars/}) and the logs ({@code logs/}) go. */
        public Builder workDirectory(Path directory) {
            this.workDirectory = directory.toAbsolutePath().normalize();
            return this;
        }

        /** The project version in the jars' names. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** How long each application may take to become healthy (4 minutes unless set). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /**
         * JVM options of every process, before {@code -jar}; {@code {module}} is replaced by the module
         * ({@code <module>-N} for the N-th instance of one started several times).
         */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** Environment variables of every application. */
        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Environment variables of one application, over those of every application. */
        public Builder environment(PlatformApplication application, Map<String, String> variables) {
            environments
                    .computeIfAbsent(application.module(), m -> new LinkedHashMap<>())
                    .putAll(variables);
            return this;
        }

        /**
         * Starts {@code count} instances of {@code application} (1 unless set), each on its own port
         * with its own log; the gateway is given all of them ({@code <SERVICE>_URIS}).
         */
        public Builder instances(PlatformApplication application, int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one instance of " + application.module());
            }
            instances.put(application.module(), count);
            return this;
        }

        private int instances(PlatformApplication application) {
            return instances.getOrDefault(application.module(), 1);
        }

        /** Starts {@code application} from {@code jar} instead of the module's build output. */
        public Builder jar(PlatformApplication application, Path jar) {
            jars.put(application.module(), jar);
            return this;
        }

        /** Starts the applications (the services, then the gateway) and waits until each is healthy. */
        public PlatformProcesses start(Collection<PlatformApplication> applications) {
            return new PlatformProcesses(this).startAll(applications);
        }

        /** Starts the applications (the services, then the gateway) and waits until each is healthy. */
        public PlatformProcesses start(PlatformApplication... applications) {
            return start(List.of(applications));
        }
    }
}
