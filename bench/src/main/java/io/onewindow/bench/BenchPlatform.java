package io.onewindow.bench;

import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.processes.PlatformApplication;
import io.onewindow.platform.test.processes.PlatformProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the bench starts the platform: platform-test's {@link PlatformProcesses}, the starter the
 * system tests use, with the bench's settings. Each application runs from its executable jar in a
 * child JVM, configured by environment variables as in production, against the bench's own
 * MongoDB-protocol server and Kafka broker, trusting the bench's tokens
 * ({@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION}, the bench's RSA key as PEM,
 * with a blank issuer URI) instead of Keycloak's, or trusting a real Keycloak (platform-test's
 * {@link KeycloakTestServer}) where a service needs Keycloak itself.
 *
 * <p>The repository is the working directory ({@code -Dbench.root=PATH} names another); the jars
 * are {@code <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar} there, {@code -Dbench.<module>.jar=PATH}
 * picks another. {@code -Dbench.childJvmArgs="..."} adds JVM options to every child
 * ({@code {module}} is replaced by the module, e.g. for a JFR file), {@code -Dbench.env.NAME=value}
 * an environment variable (a setting to compare without a code change), {@code -Dbench.startTimeout=PT8M}
 * how long each application may take to become healthy (default 4 minutes; more on a loaded machine). Copies of the jars and
 * the children's output ({@code logs/<module>.log}) go to {@code <tmp>/onewindow-bench}.
 */
public final class BenchPlatform {

    private BenchPlatform() {}

    /** Settings for starting applications against {@code mongoUri} and {@code kafka}, trusting {@code tokens}. */
    public static PlatformProcesses.Builder processes(BenchTokens tokens, String mongoUri, String kafka)
            throws IOException {
        Path publicKey = tokens.writePublicKey(Files.createTempFile("bench-key-", ".pem"));
        publicKey.toFile().deleteOnExit();
        Map<String, String> trust = new LinkedHashMap<>();
        // Boot picks the public-key decoder only while the issuer URI is blank.
        trust.put("KEYCLOAK_ISSUER_URI", "");
        trust.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "");
        trust.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION", "file:" + publicKey);
        // Without an issuer appointment-service cannot derive Keycloak's admin API for window
        // confirmations (no scenario confirms anyone): name an address where nothing answers.
        trust.put(
                "ONEWINDOW_APPOINTMENT_IDENTITYCONFIRMER_ADMINURI",
                PlatformProcesses.NOWHERE + "/admin/realms/" + KeycloakTestServer.REALM);
        return processes(trust, mongoUri, kafka);
    }

    /**
     * Settings for starting applications against {@code mongoUri} and {@code kafka} that trust the
     * realm of a real Keycloak, {@code keycloakIssuerUri}, as production does ({@code KEYCLOAK_ISSUER_URI}, no public key
     * of the bench's): for scenarios in which a service itself asks Keycloak for a token (e-license's
     * client-credentials token for approval-service's internal API), so the bench's own tokens
     * cannot serve. The demo client secrets of the {@code local} profile match the realm file.
     */
    public static PlatformProcesses.Builder processesTrusting(String keycloakIssuerUri, String mongoUri, String kafka) {
        return processes(Map.of("KEYCLOAK_ISSUER_URI", keycloakIssuerUri), mongoUri, kafka);
    }

    private static PlatformProcesses.Builder processes(Map<String, String> trust, String mongoUri, String kafka) {
        Path root =
                Path.of(System.getProperty("bench.root", "")).toAbsolutePath().normalize();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MONGODB_URI", mongoUri);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        environment.putAll(trust);
        environment.put("LOGGING_LEVEL_ROOT", "WARN");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.env."))
                .forEach(name -> environment.put(name.substring("bench.env.".length()), System.getProperty(name)));
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx768m"));
        String extra = System.getProperty("bench.childJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            jvmOptions.addAll(Arrays.asList(extra.split("\\s+")));
        }
        PlatformProcesses.Builder builder = PlatformProcesses.builder(root)
                .workDirectory(Path.of(System.getProperty("java.io.tmpdir"), "onewindow-bench"))
                .jvmOptions(jvmOptions)
                .environment(environment)
                .startTimeout(Duration.parse(System.getProperty("bench.startTimeout", "PT4M")));
        for (PlatformApplication application : PlatformApplication.ALL) {
            String chosen = System.getProperty("bench." + application.module() + ".jar");
            if (chosen != null) {
                builder.jar(application, Path.of(chosen));
            }
        }
        return builder;
    }
}
