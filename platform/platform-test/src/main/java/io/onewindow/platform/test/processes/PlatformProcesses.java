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
 * <p>With {@link Builder#classDataSharing} (or {@code -D}{@value #CDS_PROPERTY}{@code =true}) each
 * application runs from its extracted jar with a class-data sharing archive, as {@code deploy/local.sh}
 * runs them: the first start of a jar writes the archive when its process stops, later starts of the
 * same jar use it (see {@link ClassDataSharing}); both live in {@code <work>/cds/}.
 */
public final class PlatformProcesses implements AutoCloseable {

    /**
     * The Spring profile every application is started with unless the caller sets {@code
     * SPRING_PROFILES_ACTIVE} itself: the local demo run, in which the services may run on the
     * public demo secrets (outside it they refuse to start, see {@code docs/security.md}).
     */
    public static final String LOCAL_PROFILE = "local";

    /** The URI given for a service that is not started: the discard port, where nothing listens. */
    public static final String NOWHERE = "http://127.0.0.1:9";

    /** The system property that turns class-data sharing on by default ({@link Builder#classDataSharing}). */
    public static final String CDS_PROPERTY = "onewindow.processes.cds";

    private final Builder settings;
    private final Path jars;
    private final Path logs;
    private final ClassDataSharing cds;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Map<String, Process> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean closed;
    private final Thread shutdownHook = new Thread(this::close, "platform-processes-stop");

    private PlatformProcesses(Builder settings) {
        this.settings = settings;
        this.jars = settings.workDirectory.resolve("jars");
        this.logs = settings.workDirectory.resolve("logs");
        this.cds = settings.classDataSharing ? new ClassDataSharing(settings.workDirectory.resolve("cds")) : null;
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
        return "http://127.0.0.1:" + port(application);
    }

    public int port(PlatformApplication application) {
        Integer port = ports.get(application.module());
        if (port == null) {
            throw new IllegalArgumentException(application.module() + " was not started");
        }
        return port;
    }

    /** The process id of a running application. */
    public long pid(PlatformApplication application) {
        return process(application).pid();
    }

    /** The file the application's output goes to. */
    public Path log(PlatformApplication application) {
        return logs.resolve(application.module() + ".log");
    }

    /** Whether the application's process is alive. */
    public synchronized boolean running(PlatformApplication application) {
        Process process = processes.get(application.module());
        return process != null && process.isAlive();
    }

    /** Stops an application's process (as a crash or an operator would): SIGTERM, then SIGKILL after 30 s. */
    public synchronized void stop(PlatformApplication application) {
        boolean endedByItself = terminate(process(application), Duration.ofSeconds(30));
        if (cds != null) {
            cds.finished(application.module(), endedByItself);
        }
    }

    /**
     * Starts a stopped application again, on its port, with its environment and from the same copy
     * of its jar, and waits until it is healthy; nothing happens if it runs.
     */
    public synchronized void restart(PlatformApplication application) {
        if (running(application)) {
            return;
        }
        launch(application);
        awaitHealthy(application);
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
            boolean endedByItself = false;
            try {
                endedByItself = process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (!endedByItself) {
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            if (cds != null) {
                String module = moduleOf(process);
                if (module != null) {
                    cds.finished(module, endedByItself);
                }
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself
        }
    }

    private String moduleOf(Process process) {
        synchronized (processes) {
            return processes.entrySet().stream()
                    .filter(entry -> entry.getValue() == process)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
        }
    }

    private Process process(PlatformApplication application) {
        Process process = processes.get(application.module());
        if (process == null) {
            throw new IllegalArgumentException(application.module() + " was not started");
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
            ports.put(application.module(), freePort());
        }
        Map<String, String> serviceUris = new LinkedHashMap<>();
        for (PlatformApplication service : PlatformApplication.SERVICES) {
            Integer port = ports.get(service.module());
            serviceUris.put(service.gatewayUriVariable(), port == null ? NOWHERE : "http://127.0.0.1:" + port);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        for (PlatformApplication application : order) {
            Map<String, String> environment = new LinkedHashMap<>(settings.environment);
            environment.putAll(serviceUris);
            environment.putAll(settings.environments.getOrDefault(application.module(), Map.of()));
            environment.put(application.portVariable(), Integer.toString(ports.get(application.module())));
            environments.put(application.module(), environment);
            try {
                Files.deleteIfExists(log(application));
                Files.copy(
                        builtJar(application),
                        jars.resolve(application.module() + ".jar"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (cds != null) {
                try {
                    cds.prepare(application.module(), jars.resolve(application.module() + ".jar"), settings.jvmOptions);
                } catch (RuntimeException e) {
                    close();
                    throw e;
                }
            }
            launch(application);
        }
        try {
            for (PlatformApplication application : order) {
                awaitHealthy(application);
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

    private void launch(PlatformApplication application) {
        if (closed) {
            throw new IllegalStateException("the platform's processes were stopped");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        settings.jvmOptions.forEach(option -> command.add(option.replace("{module}", application.module())));
        if (cds != null) {
            command.addAll(cds.command(application.module()));
        } else {
            command.add("-jar");
            command.add(jars.resolve(application.module() + ".jar").toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(log(application).toFile()));
        builder.environment().putAll(environments.get(application.module()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.put(application.module(), process);
        if (closed) {
            // close() ran between the check above and the put: it did not see this one.
            terminate(process, Duration.ofSeconds(20));
            throw new IllegalStateException("the platform's processes were stopped");
        }
    }

    private void awaitHealthy(PlatformApplication application) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        URI health = URI.create(url(application) + "/actuator/health");
        long deadline = System.nanoTime() + settings.startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = process(application);
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        application.module() + " exited with " + process.exitValue() + "; " + tail(application));
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
                application.module() + " was not healthy within " + settings.startTimeout + "; " + tail(application));
    }

    private String tail(PlatformApplication application) {
        Path log = log(application);
        try {
            List<String> lines = Files.readAllLines(log);
            return "see " + log + ", ending:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "see " + log;
        }
    }

    /** SIGTERM, then SIGKILL after {@code grace}; true when the process ended by itself. */
    private static boolean terminate(Process process, Duration grace) {
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
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
        private boolean classDataSharing = Boolean.getBoolean(CDS_PROPERTY);

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

        /** JVM options of every process, before {@code -jar}; {@code {module}} is replaced by the module. */
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
         * Whether the applications run from their extracted jars with class-data sharing archives
         * ({@link PlatformProcesses}); off unless the system property {@value PlatformProcesses#CDS_PROPERTY} is {@code true}.
         */
        public Builder classDataSharing(boolean on) {
            this.classDataSharing = on;
            return this;
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
