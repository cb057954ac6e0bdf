package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Kubernetes manifests: every application a Deployment with probes and resources, scaled and guarded. */
class KubernetesManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void everyWorkloadHasLivenessAndReadinessProbesAndResources(String rendering) {
        assertThat(DeployRules.probesAndResources(Deploy.kubernetes().get(rendering)))
                .isEmpty();
    }

    @Test
    void refusesAWorkloadWithoutReadinessProbeOrMemoryLimit() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("k8s/incomplete-workloads.yaml"));

        assertThat(DeployRules.probesAndResources(fixture))
                .containsExactlyInAnyOrder(
                        "Deployment/no-readiness container app has no readinessProbe",
                        "Deployment/no-limits container app has no resources.limits.cpu",
                        "Deployment/no-limits container app has no resources.limits.memory",
                        "Job/no-resources container job has no resources.requests.cpu",
                        "Job/no-resources container job has no resources.requests.memory",
                        "Job/no-resources container job has no resources.limits.cpu",
                        "Job/no-resources container job has no resources.limits.memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void everyApplicationRunsAsADeploymentWithServiceAutoscalerAndDisruptionBudget(String rendering) {
        assertThat(applicationShape(Deploy.kubernetes().get(rendering), Deploy.applications()))
                .isEmpty();
    }

    @Test
    void refusesAnApplicationWithoutAutoscalerOrDisruptionBudget() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("k8s/incomplete-workloads.yaml"));

        assertThat(applicationShape(fixture, List.of("approval-service")))
                .contains(
                        "approval-service: no Deployment runs onewindow/approval-service",
                        "approval-service: no HorizontalPodAutoscaler",
                        "approval-service: no PodDisruptionBudget");
    }

    /**
     * The console keeps a user's login (the tokens) in the memory of one instance: the Ingress keeps
     * a browser on one gateway instance, and the console's Service keeps each gateway instance on
     * one console instance for at least an idle login's lifetime (CONSOLE_SESSION_TIMEOUT, 30 min).
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void aConsoleUserStaysOnTheInstanceThatHoldsTheirLogin(String rendering) {
        List<Map<String, Object>> resources = Deploy.kubernetes().get(rendering);
        Map<String, Object> console = Kustomize.find(resources, "Service", Deploy.CONSOLE);
        assertThat(console).isNotNull();
        assertThat(Yaml.<Object>at(console, "spec.sessionAffinity")).isEqualTo("ClientIP");
        assertThat(((Number) Yaml.at(console, "spec.sessionAffinityConfig.clientIP.timeoutSeconds")).intValue())
                .isGreaterThanOrEqualTo(30 * 60);
        for (Map<String, Object> ingress : Kustomize.ofKind(resources, "Ingress")) {
            boolean toGateway = Yaml.maps(Yaml.at(ingress, "spec.rules")).stream()
                    .flatMap(r -> Yaml.maps(Yaml.at(r, "http.paths")).stream())
                    .anyMatch(p -> "gateway".equals(Yaml.at(p, "backend.service.name")));
            if (toGateway) {
                assertThat(Yaml.map(Yaml.at(ingress, "metadata.annotations")))
                        .as("Ingress/" + Kustomize.name(ingress))
                        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
            }
        }
    }

    @Test
    void productionRunsReleasedImagesFromTheDistrictRegistry() {
        for (Workloads.Container container : Workloads.containers(Deploy.production())) {
            if (container.application(Deploy.applications()) != null) {
                assertThat(container.image())
                        .as(container.describe())
                        .doesNotContain("SNAPSHOT")
                        .contains("/onewindow/");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void onlyTheGatewayAndKeycloaksLoginPagesArePublished(String rendering) {
        assertThat(publishedBackends(Deploy.kubernetes().get(rendering))).isEmpty();
    }

    @Test
    void refusesAnIngressToAServiceOrToKeycloaksAdminConsole() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("k8s/ingress-to-service.yaml"));

        assertThat(publishedBackends(fixture))
                .containsExactlyInAnyOrder(
                        "Ingress/bookings publishes service appointment-service",
                        "Ingress/sso publishes keycloak-service path /admin/");
    }

    @Test
    void autoscalersNeverRunMoreConsumersThanATopicHasPartitions() {
        List<Map<String, Object>> production = Deploy.production();
        int partitions = Kustomize.ofKind(production, "KafkaTopic").stream()
                .filter(t ->
                        !String.valueOf((Object) Yaml.at(t, "spec.topicName")).endsWith(".DLT"))
                .mapToInt(t -> ((Number) Yaml.at(t, "spec.partitions")).intValue())
                .min()
                .orElseThrow();
        for (Map<String, Object> autoscaler : Kustomize.ofKind(production, "HorizontalPodAutoscaler")) {
            assertThat(((Number) Yaml.at(autoscaler, "spec.maxReplicas")).intValue())
                    .as(Kustomize.name(autoscaler))
                    .isLessThanOrEqualTo(partitions);
        }
    }

    /** Everything an application needs around its Deployment, or what is missing. */
    static List<String> applicationShape(List<Map<String, Object>> resources, List<String> applications) {
        List<String> problems = new ArrayList<>();
        for (String application : applications) {
            Workloads.Container container = Workloads.containers(resources).stream()
                    .filter(c -> application.equals(c.application(Deploy.applications())))
                    .filter(c -> "Deployment".equals(c.workloadKind()))
                    .findFirst()
                    .orElse(null);
            if (container == null) {
                problems.add(application + ": no Deployment runs onewindow/" + application);
            } else {
                problems.addAll(deploymentProblems(application, container, resources));
            }
            Map<String, Object> autoscaler = Kustomize.find(resources, "HorizontalPodAutoscaler", application);
            if (autoscaler == null) {
                problems.add(application + ": no HorizontalPodAutoscaler");
            } else {
                int min = ((Number) Yaml.at(autoscaler, "spec.minReplicas")).intValue();
                int max = ((Number) Yaml.at(autoscaler, "spec.maxReplicas")).intValue();
                if (min < 2 || max < min) {
                    problems.add(application + ": autoscaler " + min + ".." + max + " (at least 2 instances)");
                }
                if (!application.equals(Yaml.at(autoscaler, "spec.scaleTargetRef.name"))) {
                    problems.add(application + ": autoscaler scales something else");
                }
            }
            Map<String, Object> budget = Kustomize.find(resources, "PodDisruptionBudget", application);
            if (budget == null) {
                problems.add(application + ": no PodDisruptionBudget");
            } else if (Yaml.at(budget, "spec.minAvailable") == null && Yaml.at(budget, "spec.maxUnavailable") == null) {
                problems.add(application + ": PodDisruptionBudget without minAvailable or maxUnavailable");
            }
        }
        return problems;
    }

    private static List<String> deploymentProblems(
            String application, Workloads.Container container, List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> environment = Workloads.environment(container, resources);
        String portVariable = Deploy.portVariable(application);
        int port = environment.get(portVariable) != null
                ? Integer.parseInt(String.valueOf(environment.get(portVariable)))
                : Deploy.defaultPort(application);
        Map<String, Object> ports = new java.util.HashMap<>();
        Yaml.maps(container.spec().get("ports"))
                .forEach(p -> ports.put(String.valueOf(p.get("name")), p.get("containerPort")));
        if (!String.valueOf(port).equals(String.valueOf(ports.get("http")))) {
            problems.add(
                    application + ": listens on " + port + " but the container port 'http' is " + ports.get("http"));
        }
        if (!"9080".equals(String.valueOf(ports.get("management")))) {
            problems.add(application + ": no container port 'management' 9080 (MANAGEMENT_SERVER_PORT of the image)");
        }
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            String path = Yaml.at(container.spec(), probe + ".httpGet.path");
            String expected = "/actuator/health/" + (probe.startsWith("liveness") ? "liveness" : "readiness");
            if (!expected.equals(path)
                    || !"management"
                            .equals(String.valueOf((Object) Yaml.at(container.spec(), probe + ".httpGet.port")))) {
                problems.add(application + ": " + probe + " is not " + expected + " on the management port");
            }
        }
        if (!Boolean.TRUE.equals(Yaml.at(container.pod(), "spec.securityContext.runAsNonRoot"))) {
            problems.add(application + ": pod does not insist on a non-root user");
        }
        Map<String, Object> service = Kustomize.find(resources, "Service", application);
        if (service == null
                || !Selectors.matches(
                        Map.of("matchLabels", Yaml.map(Yaml.at(service, "spec.selector"))), container.podLabels())) {
            problems.add(application + ": no Service named " + application + " selects its pods");
        }
        return problems;
    }

    /** Ingress backends other than the gateway and Keycloak's public paths. */
    static List<String> publishedBackends(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> ingress : Kustomize.ofKind(resources, "Ingress")) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(ingress, "spec.rules"))) {
                for (Map<String, Object> path : Yaml.maps(Yaml.at(rule, "http.paths"))) {
                    String backend = Yaml.at(path, "backend.service.name");
                    String where = "Ingress/" + Kustomize.name(ingress);
                    if ("keycloak-service".equals(backend)) {
                        String prefix = String.valueOf(path.get("path"));
                        if (!prefix.equals("/realms/") && !prefix.equals("/resources/")) {
                            problems.add(where + " publishes keycloak-service path " + prefix);
                        }
                    } else if (!"gateway".equals(backend)) {
                        problems.add(where + " publishes service " + backend);
                    }
                }
            }
            if (Yaml.at(ingress, "spec.defaultBackend") != null) {
                problems.add("Ingress/" + Kustomize.name(ingress) + " has a default backend");
            }
        }
        return problems;
    }
}
