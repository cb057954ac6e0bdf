package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks' own kustomize ({@link Kustomize}) against the real one, where kubectl is installed:
 * the same resources, images, environments and ConfigMap data, so a check never passes on a
 * rendering kubectl would not produce.
 */
class KustomizeRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/production"})
    void rendersWhatKubectlKustomizeRenders(String directory) throws Exception {
        Path kubectl = kubectl();
        assumeTrue(kubectl != null, "kubectl is not installed; the checks use their own rendering only");

        Process process = new ProcessBuilder(
                        kubectl.toString(),
                        "kustomize",
                        "--load-restrictor",
                        "LoadRestrictionsNone",
                        Repository.path(directory).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(summary(Yaml.documents(output, "kubectl kustomize " + directory)))
                .isEqualTo(summary(Kustomize.build(Repository.path(directory))));
    }

    /** Kind/name (without kustomize's hash suffix) to the parts the checks rely on. */
    private static Map<String, Object> summary(List<Map<String, Object>> resources) {
        Map<String, Object> summary = new TreeMap<>();
        for (Map<String, Object> resource : resources) {
            String key =
                    Kustomize.kind(resource) + "/" + Kustomize.name(resource).replaceAll("-[a-z0-9]{10}$", "") + " in "
                            + Yaml.at(resource, "metadata.namespace");
            Map<String, Object> parts = new TreeMap<>();
            if ("ConfigMap".equals(resource.get("kind"))) {
                parts.put("data", resource.get("data"));
            }
            Map<String, Object> pod = Workloads.podTemplate(resource);
            if (pod != null) {
                parts.put("spec", normalise(Yaml.copy(pod.get("spec"))));
            } else if (resource.get("spec") != null) {
                parts.put("spec", resource.get("spec"));
            }
            summary.put(key, parts);
        }
        return summary;
    }

    /** References to generated ConfigMaps carry kustomize's hash; the checks' rendering keeps plain names. */
    @SuppressWarnings("unchecked")
    private static Object normalise(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.get("configMap") instanceof Map<?, ?> cm && cm.get("name") instanceof String name) {
                ((Map<String, Object>) cm).put("name", name.replaceAll("-[a-z0-9]{10}$", ""));
            }
            m.values().forEach(KustomizeRendererTest::normalise);
        } else if (node instanceof List<?> list) {
            list.forEach(KustomizeRendererTest::normalise);
        }
        return node;
    }

    private static Path kubectl() throws IOException {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
