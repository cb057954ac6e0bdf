package io.onewindow.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak server (the {@code keycloak-quarkus-dist} unpacked by the build of
 * {@code platform-test}) with the {@code onewindow} realm imported from
 * {@code deploy/keycloak/onewindow-realm.json}: one per test JVM, started on first use and
 * stopped, with its whole process tree, when the JVM exits.
 *
 * <p>The distribution is found through the system property {@code onewindow.keycloak.home}
 * (set by the root POM for surefire and failsafe), or else by walking up from the working
 * directory to {@code target/keycloak/keycloak-*}; the realm file through
 * {@code onewindow.realm.file}, or else {@code deploy/keycloak/onewindow-realm.json} above
 * the working directory. The server log goes to {@code target/keycloak-test-server-PORT.log}
 * of the module under test.
 *
 * <p>The distribution's {@code providers/} must hold OneWindow's extension ({@code keycloak-extension.jar},
 * copied there by the build of {@code platform-test}): the realm's user profile names its validators.
 * Its registration listener is pointed at {@link #identityServiceUrl()}, where nothing listens unless a
 * test starts a stand-in identity service on {@link #identityServicePort()}; until then every
 * registration stays self-declared, as without an identity service.
 *
 * <p>Tokens come from the real token endpoint, so their signature, issuer and claims are
 * exactly what production services see. Spring tests point their resource server at it with
 * {@link KeycloakInitializer}.
 */
public final class KeycloakTestServer {

    /** The realm imported from {@code deploy/keycloak}. */
    public static final String REALM = "onewindow";

    /** The public client with direct access grants, for the local run, scripts and tests. */
    public static final String CLI_CLIENT_ID = "onewindow-cli";

    /** The password of every demo user of the realm. */
    public static final String DEMO_PASSWORD = "demo";

    /** Keycloak's own administrator in the {@code master} realm, for the local run and tests. */
    public static final String ADMIN_USERNAME = "admin";

    /** Password of {@link #ADMIN_USERNAME}. */
    public static final String ADMIN_PASSWORD = "admin";

    // The first start after the extension's jar changed builds the server again (75 s on a busy 2-core machine).
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;
    private static final String REALM_IMPORT_FILE = "onewindow-realm.json";

    private static KeycloakTestServer shared;
    private static IllegalStateException startFailure;

    /** The extension's jar in the distribution's {@code providers/} (the build strips the version). */
    static final String EXTENSION_JAR = "keycloak-extension.jar";

    private final String baseUrl;
    private final int identityServicePort;
    private final Process process;
    private final Path logFile;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTestServer(String baseUrl, int identityServicePort, Process process, Path logFile) {
        this.baseUrl = baseUrl;
        this.identityServicePort = identityServicePort;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * The server of this JVM, started on first use (about 15 s, 45 s when Keycloak must first
     * build itself, as after the extension in {@code providers/} changed). A failed start is
     * remembered, so later callers fail at once with the same message instead of waiting again.
     *
     * @throws IllegalStateException if the server does not come up; the message names the log
     *     file and quotes its end
     */
    public static synchronized KeycloakTestServer shared() {
        if (shared != null) {
            return shared;
        }
        if (startFailure != null) {
            throw new IllegalStateException(startFailure.getMessage(), startFailure);
        }
        try {
            shared = start(keycloakHome(), realmFile());
            return shared;
        } catch (IllegalStateException e) {
            startFailure = e;
            throw e;
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The loopback port the registration listener's identity service URL names: a test that starts an
     * HTTP server there ({@code POST /identity/verifications}) plays the authoritative identity
     * service (docs/identity-service.md) for the registrations it makes.
     */
    public int identityServicePort() {
        return identityServicePort;
    }

    /** {@code http://127.0.0.1:<identityServicePort()>/identity}, as Keycloak was started with it. */
    public String identityServiceUrl() {
        return "http://127.0.0.1:" + identityServicePort + "/identity";
    }

    /** The {@code iss} of every token of the realm: {@code baseUrl() + "/realms/onewindow"}. */
    public String issuerUri() {
        return baseUrl + "/realms/" + REALM;
    }

    /** The realm's token endpoint. */
    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** The realm's signing keys, as Spring's {@code jwk-set-uri} wants them. */
    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** Where the server writes its log. */
    public Path logFile() {
        return logFile;
    }

    /**
     * An access token for a user of the realm, by the direct access grant of
     * {@value #CLI_CLIENT_ID}.
     *
     * @throws TokenRequestRefused if Keycloak refuses (wrong password, unknown user, …)
     */
    public String passwordToken(String username, String password) {
        return requestToken(
                tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        CLI_CLIENT_ID,
                        "username",
                        username,
                        "password",
                        password));
    }

    /** An access token for a demo user of the realm (password {@value #DEMO_PASSWORD}). */
    public String demoUserToken(String username) {
        return passwordToken(username, DEMO_PASSWORD);
    }

    /**
     * An access token for a confidential client's service account (client credentials grant),
     * as a partner department system gets it.
     *
     * @throws TokenRequestRefused if Keycloak refuses (wrong secret, grant not enabled, …)
     */
    public String clientCredentialsToken(String clientId, String clientSecret) {
        return requestToken(
                tokenEndpoint(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
    }

    /**
     * An access token of Keycloak's own administrator ({@code master} realm, client
     * {@code admin-cli}) for the admin REST API under {@code baseUrl() + "/admin/realms/…"}.
     */
    public String adminToken() {
        return requestToken(
                baseUrl + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        ADMIN_USERNAME,
                        "password",
                        ADMIN_PASSWORD));
    }

    /**
     * The whole answer of the token endpoint to a direct access grant ({@code grant_type=password})
     * of any client of the realm, with {@code scope} if not {@code null} (e.g. {@code openid}, which
     * adds an {@code id_token}): for tests of what the platform does with tokens other than
     * {@code onewindow-cli}'s access token.
     *
     * @throws TokenRequestRefused if Keycloak refuses (client without direct grants, …)
     */
    public JsonNode passwordGrant(String clientId, String username, String password, String scope) {
        Map<String, String> form = new java.util.LinkedHashMap<>(
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
        if (scope != null) {
            form.put("scope", scope);
        }
        return tokenAnswer(tokenEndpoint(), form);
    }

    /**
     * An OpenID Connect ID token of a demo user ({@code onewindow-cli}, {@code scope=openid}): signed
     * by the realm like an access token, but {@code typ} ID and meant for the client, not an API.
     */
    public String demoUserIdToken(String username) {
        return field(passwordGrant(CLI_CLIENT_ID, username, DEMO_PASSWORD, "openid"), "id_token");
    }

    /** A refresh token of a demo user ({@code onewindow-cli}): {@code typ} Refresh. */
    public String demoUserRefreshToken(String username) {
        return field(passwordGrant(CLI_CLIENT_ID, username, DEMO_PASSWORD, null), "refresh_token");
    }

    /**
     * A call of Keycloak's admin REST API as {@link #ADMIN_USERNAME} ({@code master} realm), e.g.
     * {@code admin("PUT", "/admin/realms/onewindow/clients/<id>", json)}; {@code body} may be
     * {@code null}. For tests that must change the realm for a moment (and change it back).
     */
    public HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + adminToken())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    /**
     * Sets the {@code real_name_level} of a user of the realm, as a confirmation would (for tests
     * that need a person at a given level, e.g. citizen3 back at {@code self-declared} before a story
     * confirms her); the user's next token carries it.
     */
    public synchronized void setRealNameLevel(String username, String level) {
        HttpResponse<String> found = admin(
                "GET",
                "/admin/realms/" + REALM + "/users?exact=true&briefRepresentation=false&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8),
                null);
        expect(found, 200);
        tools.jackson.databind.node.ObjectNode user = (tools.jackson.databind.node.ObjectNode)
                JsonMapper.shared().readTree(found.body()).path(0);
        if (user.isMissingNode() || !user.has("id")) {
            throw new IllegalStateException("realm " + REALM + " has no user " + username);
        }
        JsonNode attributes = user.path("attributes");
        tools.jackson.databind.node.ObjectNode changed = attributes.isObject()
                ? (tools.jackson.databind.node.ObjectNode) attributes
                : user.putObject("attributes");
        changed.putArray("real_name_level").add(level);
        expect(
                admin(
                        "PUT",
                        "/admin/realms/" + REALM + "/users/" + user.path("id").asString(),
                        user.toString()),
                204);
    }

    /** The client {@link #tokenWithoutAudience} makes in the test realm: no {@code onewindow-api} scope. */
    public static final String CLIENT_WITHOUT_AUDIENCE = "test-client-without-audience";

    /**
     * An access token of Keycloak's built-in {@code admin-cli} client of realm {@value #REALM} for a
     * user of the realm, as an attacker would try to use it. The realm file turns that client's direct
     * access grants off, so this changes the test server's realm for a moment: it turns them on and
     * gives {@code admin-cli} the {@code onewindow-api} audience scope (so that only the client check
     * can refuse the token), asks for the token, and puts both back.
     */
    public synchronized String adminCliToken(String username, String password) {
        JsonNode adminCli = clientOf("admin-cli");
        String path =
                "/admin/realms/" + REALM + "/clients/" + adminCli.path("id").asString();
        String scope = "/default-client-scopes/" + clientScopeId("onewindow-api");
        tools.jackson.databind.node.ObjectNode open = ((tools.jackson.databind.node.ObjectNode) adminCli).deepCopy();
        open.put("directAccessGrantsEnabled", true);
        try {
            expect(admin("PUT", path, open.toString()), 204);
            expect(admin("PUT", path + scope, null), 204);
            return passwordGrant("admin-cli", username, password, null)
                    .path("access_token")
                    .asString();
        } finally {
            admin("DELETE", path + scope, null);
            expect(admin("PUT", path, adminCli.toString()), 204);
        }
    }

    /**
     * An access token of {@value #CLIENT_WITHOUT_AUDIENCE} for a user of the realm: a public client
     * with direct access grants and the identity claims but without the {@code onewindow-api} scope,
     * made in the test server's realm on first use, so its tokens lack {@code aud: onewindow-api}.
     */
    public synchronized String tokenWithoutAudience(String username, String password) {
        if (admin("GET", "/admin/realms/" + REALM + "/clients?clientId=" + CLIENT_WITHOUT_AUDIENCE, null)
                .body()
                .equals("[]")) {
            expect(admin("POST", "/admin/realms/" + REALM + "/clients", """
                            {"clientId": "%s", "enabled": true, "publicClient": true,
                             "standardFlowEnabled": false, "directAccessGrantsEnabled": true,
                             "fullScopeAllowed": true,
                             "defaultClientScopes": ["basic", "profile", "email", "roles", "web-origins", "acr",
                                                     "onewindow-identity"]}""".formatted(CLIENT_WITHOUT_AUDIENCE)), 201);
        }
        String path = "/admin/realms/" + REALM + "/clients/"
                + clientOf(CLIENT_WITHOUT_AUDIENCE).path("id").asString();
        // whatever the server added from the realm's default scopes, the audience goes
        admin("DELETE", path + "/default-client-scopes/" + clientScopeId("onewindow-api"), null);
        return passwordGrant(CLIENT_WITHOUT_AUDIENCE, username, password, null)
                .path("access_token")
                .asString();
    }

    private JsonNode clientOf(String clientId) {
        HttpResponse<String> answer = admin("GET", "/admin/realms/" + REALM + "/clients?clientId=" + clientId, null);
        expect(answer, 200);
        JsonNode client = JsonMapper.shared().readTree(answer.body()).path(0);
        if (client.isMissingNode()) {
            throw new IllegalStateException("realm " + REALM + " has no client " + clientId);
        }
        return client;
    }

    private String clientScopeId(String name) {
        HttpResponse<String> answer = admin("GET", "/admin/realms/" + REALM + "/client-scopes", null);
        expect(answer, 200);
        for (JsonNode scope : JsonMapper.shared().readTree(answer.body())) {
            if (name.equals(scope.path("name").asString())) {
                return scope.path("id").asString();
            }
        }
        throw new IllegalStateException("realm " + REALM + " has no client scope " + name);
    }

    private static void expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException("Keycloak's admin API answered " + answer.statusCode() + " to "
                    + answer.request().method() + " " + answer.request().uri() + ": " + answer.body());
        }
    }

    private String requestToken(String endpoint, Map<String, String> form) {
        return field(tokenAnswer(endpoint, form), "access_token");
    }

    private static String field(JsonNode answer, String name) {
        String value = answer.path(name).asString("");
        if (value.isEmpty()) {
            throw new IllegalStateException("No " + name + " in the token endpoint's answer: " + answer);
        }
        return value;
    }

    private JsonNode tokenAnswer(String endpoint, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new TokenRequestRefused(endpoint, response.statusCode(), response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + baseUrl + " did not answer; log: " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Keycloak", e);
        }
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Keycloak's token endpoint refused a grant: the status and the OAuth error it gave. */
    public static final class TokenRequestRefused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final int status;
        private final String body;

        TokenRequestRefused(String endpoint, int status, String body) {
            super("Keycloak refused the token request to " + endpoint + " with HTTP " + status + ": " + body);
            this.status = status;
            this.body = body;
        }

        /** The HTTP status of the token endpoint (400 or 401 for a refused grant). */
        public int status() {
            return status;
        }

        /** The OAuth error answer, e.g. {@code {"error":"invalid_grant",…}}. */
        public String body() {
            return body;
        }
    }

    // ---------------------------------------------------------------- starting and stopping

    private static KeycloakTestServer start(Path home, Path realm) {
        int httpPort = freePort();
        int managementPort = freePort();
        while (managementPort == httpPort) {
            managementPort = freePort();
        }
        int identityServicePort = freePort();
        while (identityServicePort == httpPort || identityServicePort == managementPort) {
            identityServicePort = freePort();
        }
        requireExtension(home);
        String baseUrl = "http://127.0.0.1:" + httpPort;
        Path logFile = moduleTargetDirectory().resolve("keycloak-test-server-" + httpPort + ".log");

        // Two test JVMs starting at once would both re-augment the shared distribution and
        // rewrite data/import; a file lock keeps the starts one after the other.
        Path dataDir = home.resolve("data");
        try (FileChannel lockChannel = FileChannel.open(
                        Files.createDirectories(dataDir).resolve(".onewindow-start.lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock ignored = lockChannel.lock()) {
            // Keycloak imports every realm file in data/import: always the same name, so a
            // realm file taken from elsewhere replaces the previous one instead of joining it.
            Path importDir = Files.createDirectories(dataDir.resolve("import"));
            Path staged =
                    Files.copy(realm, dataDir.resolve(REALM_IMPORT_FILE + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(
                    staged,
                    importDir.resolve(REALM_IMPORT_FILE),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.createDirectories(logFile.getParent());

            Process process = launch(home, httpPort, managementPort, identityServicePort, baseUrl, logFile);
            KeycloakTestServer server = new KeycloakTestServer(baseUrl, identityServicePort, process, logFile);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-test-server-stop"));
            server.awaitRealm(System.nanoTime());
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start Keycloak from " + home + " (log: " + logFile + "): " + e.getMessage(), e);
        }
    }

    private static void requireExtension(Path home) {
        if (!Files.isRegularFile(home.resolve("providers").resolve(EXTENSION_JAR))) {
            throw new IllegalStateException("No " + EXTENSION_JAR + " in " + home.resolve("providers")
                    + ": build platform/platform-test (its generate-resources phase copies deploy/keycloak-extension"
                    + " there); the realm's user profile needs its validators");
        }
    }

    private static Process launch(
            Path home, int httpPort, int managementPort, int identityServicePort, String baseUrl, Path logFile)
            throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path script = home.resolve("bin").resolve(windows ? "kc.bat" : "kc.sh");
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUrl,
                "--spi-events-listener--onewindow-registration--identity-service-url=http://127.0.0.1:"
                        + identityServicePort + "/identity",
                "--spi-events-listener--onewindow-registration--identity-service-timeout-ms=10000",
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        // Options meant for the test JVM (debugger, agents) must not leak into Keycloak's.
        env.remove("JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        return builder.start();
    }

    private void awaitRealm(long startedNanos) {
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue() + " before the realm was ready");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw failure("Interrupted while waiting for Keycloak");
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw failure("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    private IllegalStateException failure(String reason) {
        return new IllegalStateException(
                reason + " at " + baseUrl + ". Log: " + logFile + "\n--- last lines ---\n" + logTail());
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** Stops the server and every process it started (kc.sh runs Keycloak's JVM as a child). */
    private void stop() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception notStoppedInTime) {
                handle.destroyForcibly();
            }
        }
    }

    // ---------------------------------------------------------------- locating the parts

    /** The unpacked Keycloak distribution. */
    static Path keycloakHome() {
        Optional<Path> configured = configuredPath("onewindow.keycloak.home");
        if (configured.isPresent()) {
            Path home = configured.get();
            if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
                throw new IllegalStateException("onewindow.keycloak.home=" + home
                        + " holds no Keycloak distribution (bin/kc.sh); build platform/platform-test first"
                        + " (its generate-resources phase unpacks it)");
            }
            return home;
        }
        for (Path dir = workingDirectory(); dir != null; dir = dir.getParent()) {
            Path parent = dir.resolve("target").resolve("keycloak");
            if (Files.isDirectory(parent)) {
                try (Stream<Path> candidates = Files.list(parent)) {
                    Optional<Path> home = candidates
                            .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                            .filter(p -> Files.isRegularFile(p.resolve("bin").resolve("kc.sh")))
                            .sorted()
                            .reduce((first, second) -> second);
                    if (home.isPresent()) {
                        return home.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No Keycloak distribution: set -Donewindow.keycloak.home or build"
                + " platform/platform-test, which unpacks it to target/keycloak/ at the repository root");
    }

    /** The realm export imported into the server. */
    static Path realmFile() {
        Optional<Path> configured = configuredPath("onewindow.realm.file");
        if (configured.isPresent()) {
            if (!Files.isRegularFile(configured.get())) {
                throw new IllegalStateException("onewindow.realm.file=" + configured.get() + " does not exist");
            }
            return configured.get();
        }
        for (Path dir = workingDirectory(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy").resolve("keycloak").resolve("onewindow-realm.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No realm file: set -Donewindow.realm.file or run from inside the"
                + " repository (deploy/keycloak/onewindow-realm.json)");
    }

    private static Optional<Path> configuredPath(String property) {
        String value = System.getProperty(property, "").trim();
        return value.isEmpty()
                ? Optional.empty()
                : Optional.of(Path.of(value).toAbsolutePath().normalize());
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** {@code target/} of the module under test (surefire and failsafe set {@code basedir}). */
    private static Path moduleTargetDirectory() {
        String basedir = System.getProperty("basedir", "").trim();
        Path module = basedir.isEmpty() ? workingDirectory() : Path.of(basedir).toAbsolutePath();
        return module.resolve("target");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "KeycloakTestServer[" + baseUrl + ", log " + logFile + "]";
    }
}
