package io.onewindow.platform.test.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances of one application, each a real child JVM ({@link HealthyStandIn}, from a jar
 * whose manifest points at this module's test classes): own ports and logs, the gateway given
 * every instance, one instance killed and restarted while the other goes on.
 */
class PlatformProcessesInstancesTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path root;

    @Test
    void startsTwoInstancesGivesTheGatewayBothKillsOneAndRestartsIt() throws Exception {
        Path jar = standInJar();
        try (PlatformProcesses platform = PlatformProcesses.builder(root)
                .workDirectory(root.resolve("work"))
                .startTimeout(Duration.ofMinutes(2))
                .environment(PlatformApplication.APPROVAL, Map.of("STAND_IN_PORT_VARIABLE", "APPROVAL_SERVICE_PORT"))
                .environment(PlatformApplication.GATEWAY, Map.of("STAND_IN_PORT_VARIABLE", "GATEWAY_PORT"))
                .jar(PlatformApplication.APPROVAL, jar)
                .jar(PlatformApplication.GATEWAY, jar)
                .instances(PlatformApplication.APPROVAL, 2)
                .start(PlatformApplication.APPROVAL, PlatformApplication.GATEWAY)) {

            assertThat(platform.instances(PlatformApplication.APPROVAL)).isEqualTo(2);
            assertThat(platform.instances(PlatformApplication.GATEWAY)).isEqualTo(1);
            assertThat(platform.instances(PlatformApplication.SUPERVISION)).isZero();
            String first = platform.url(PlatformApplication.APPROVAL, 1);
            String second = platform.url(PlatformApplication.APPROVAL, 2);
            assertThat(first)
                    .isEqualTo(platform.url(PlatformApplication.APPROVAL))
                    .isNotEqualTo(second);
            assertThat(platform.pid(PlatformApplication.APPROVAL, 1))
                    .isNotEqualTo(platform.pid(PlatformApplication.APPROVAL, 2));
            assertThat(get(second + "/env/APPROVAL_SERVICE_PORT"))
                    .isEqualTo(Integer.toString(platform.port(PlatformApplication.APPROVAL, 2)));

            String gateway = platform.url(PlatformApplication.GATEWAY);
            assertThat(get(gateway + "/env/APPROVAL_SERVICE_URIS")).isEqualTo(first + "," + second);
            assertThat(get(gateway + "/env/APPROVAL_SERVICE_URI")).isEqualTo(first);
            assertThat(get(gateway + "/env/SUPERVISION_SERVICE_URI")).isEqualTo(PlatformProcesses.NOWHERE);
            assertThat(get(gateway + "/env/SUPERVISION_SERVICE_URIS")).isNull();

            assertThat(platform.log(PlatformApplication.APPROVAL, 1)).hasFileName("approval-service.log");
            assertThat(Files.readString(platform.log(PlatformApplication.APPROVAL, 2)))
                    .contains("stand-in listening on " + platform.port(PlatformApplication.APPROVAL, 2));

            platform.kill(PlatformApplication.APPROVAL, 2);

            assertThat(platform.running(PlatformApplication.APPROVAL, 2)).isFalse();
            assertThat(platform.running(PlatformApplication.APPROVAL, 1)).isTrue();
            assertThatThrownBy(() -> get(second + "/actuator/health")).isInstanceOf(IOException.class);
            assertThat(get(first + "/actuator/health")).contains("UP");

            platform.restart(PlatformApplication.APPROVAL, 2);

            assertThat(platform.running(PlatformApplication.APPROVAL, 2)).isTrue();
            assertThat(get(second + "/actuator/health")).contains("UP");
            // the log of the restarted instance is appended to, not emptied
            assertThat(Files.readAllLines(platform.log(PlatformApplication.APPROVAL, 2)))
                    .filteredOn(line -> line.startsWith("stand-in listening"))
                    .hasSize(2);
        }
    }

    @Test
    void instancesAreCountedFromOne() {
        PlatformProcesses.Builder builder = PlatformProcesses.builder(root);

        assertThatThrownBy(() -> builder.instances(PlatformApplication.APPOINTMENT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 404 ? null : answer.body();
    }

    /** A jar that runs {@link HealthyStandIn} from this module's compiled test classes. */
    private Path standInJar() throws IOException, URISyntaxException {
        Path classes = Path.of(HealthyStandIn.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HealthyStandIn.class.getName());
        manifest.getMainAttributes()
                .put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = root.resolve("stand-in.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
        return jar;
    }
}
