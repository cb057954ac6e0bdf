package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Images: pinned everywhere, and the application image recipe is layered, non-root and health-checked. */
class ContainerImagesTest {

    @Test
    void everyImageOfTheComposeStackIsPinned() {
        Compose compose = Deploy.compose();
        assertThat(DeployRules.unpinnedImages(DeployRules.images("compose", compose.services())))
                .isEmpty();
    }

    @Test
    void everyImageOfTheKubernetesManifestsIsPinned() {
        Deploy.kubernetes()
                .forEach((rendering, resources) -> assertThat(
                                DeployRules.unpinnedImages(DeployRules.images(rendering, resources)))
                        .as(rendering)
                        .isEmpty());
    }

    @Test
    void refusesLatestMissingAndVariableTags() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("images/unpinned.yaml"));

        List<String> problems = DeployRules.unpinnedImages(DeployRules.images("fixture", fixture));

        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems))
                .contains("mongo:latest uses the tag latest")
                .contains("apache/kafka has no tag")
                .contains("postgres:alpine has a tag without a version number")
                .contains("${IMAGE} contains an unresolved variable");
    }

    @Test
    void theApplicationImageIsPinnedNonRootAndHealthChecked() {
        assertThat(DeployRules.dockerfile(Repository.read(Deploy.DOCKERFILE), "deploy/docker/Dockerfile"))
                .isEmpty();
    }

    @Test
    void refusesADockerfileOnLatestRunningAsRootWithoutHealthCheck() {
        Path fixture = Deploy.fixture("images/Dockerfile.bad");

        assertThat(DeployRules.dockerfile(Repository.read(fixture), "Dockerfile.bad"))
                .containsExactlyInAnyOrder(
                        "Dockerfile.bad: FROM eclipse-temurin:latest uses the tag latest",
                        "Dockerfile.bad: FROM eclipse-temurin has no tag (means latest)",
                        "Dockerfile.bad: the final stage runs as root (no USER)",
                        "Dockerfile.bad: no HEALTHCHECK against /actuator/health");
    }

    @Test
    void theImageCopiesEveryLayerOfTheBootJarInOrder() throws IOException {
        String dockerfile = Repository.read(Deploy.DOCKERFILE);
        List<String> copied = new ArrayList<>();
        Matcher copies = Pattern.compile("COPY --from=layers /build/extracted/([a-z-]+)/")
                .matcher(dockerfile);
        while (copies.find()) {
            copied.add(copies.group(1));
        }
        assertThat(dockerfile).contains("-Djarmode=tools -jar application.jar extract --layers");
        assertThat(copied)
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

        // Where an application was built, its jar's own layer index must say the same.
        Path jar = execJar("gateway");
        assumeTrue(jar != null, "no gateway exec jar built in this checkout");
        try (JarFile file = new JarFile(jar.toFile())) {
            String index = new String(
                    file.getInputStream(file.getEntry("BOOT-INF/layers.idx")).readAllBytes());
            List<String> layers = new ArrayList<>();
            Matcher names = Pattern.compile("(?m)^- \"([^\"]+)\":").matcher(index);
            while (names.find()) {
                layers.add(names.group(1));
            }
            assertThat(copied).isEqualTo(layers);
        }
    }

    @Test
    void theBuildScriptAndTheComposeStackBuildEveryApplicationWithItsPort() {
        Map<String, Integer> script = new LinkedHashMap<>();
        Matcher entries = Pattern.compile("(?m)^\\s+([a-z-]+):(\\d+)$")
                .matcher(Repository.read(Repository.path("deploy/docker/build-images.sh")));
        while (entries.find()) {
            script.put(entries.group(1), Integer.parseInt(entries.group(2)));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        Deploy.applications().forEach(a -> expected.put(a, Deploy.defaultPort(a)));
        assertThat(script).isEqualTo(expected);

        Compose compose = Deploy.compose();
        for (String application : Deploy.applications()) {
            Map<String, Object> service = compose.service(application);
            assertThat(Yaml.<String>at(service, "build.dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat(Yaml.<Object>at(service, "build.args.MODULE")).isEqualTo(application);
            assertThat(String.valueOf(Yaml.<Object>at(service, "build.args.PORT")))
                    .isEqualTo(String.valueOf(Deploy.defaultPort(application)));
        }
    }

    @Test
    void keycloakRunsWithOneWindowsExtensionInComposeAndKubernetes() {
        String version = Repository.read(Repository.path("pom.xml"))
                .replaceAll("(?s).*<keycloak.version>([^<]+)</keycloak.version>.*", "$1");
        String dockerfile = Repository.read(Repository.path("deploy/docker/keycloak.Dockerfile"));
        assertThat(dockerfile)
                .contains("FROM quay.io/keycloak/keycloak:" + version + " AS builder")
                .contains("COPY deploy/keycloak-extension/target/keycloak-extension-*.jar /opt/keycloak/providers/")
                .contains("RUN /opt/keycloak/bin/kc.sh build");
        assertThat(Repository.read(Repository.path("deploy/docker/keycloak.Dockerfile.dockerignore")))
                .contains("!deploy/keycloak-extension/target/keycloak-extension-*.jar");
        assertThat(Repository.read(Repository.path("deploy/docker/build-images.sh")))
                .contains("deploy/keycloak-extension")
                .contains("deploy/docker/keycloak.Dockerfile");

        Map<String, Object> keycloak = Deploy.compose().service("keycloak");
        assertThat(Yaml.<String>at(keycloak, "build.dockerfile")).isEqualTo("deploy/docker/keycloak.Dockerfile");

        List<String> images = Deploy.kubernetes().values().stream()
                .flatMap(List::stream)
                .filter(resource -> "Keycloak".equals(resource.get("kind")))
                .map(resource -> String.valueOf(Yaml.<Object>at(resource, "spec.image")))
                .toList();
        assertThat(images).isNotEmpty().allSatisfy(image -> assertThat(image).contains("/onewindow/keycloak:"));
    }

    private static Path execJar(String module) throws IOException {
        Path target = Repository.path(module + "/target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElse(null);
        }
    }
}
