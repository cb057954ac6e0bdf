package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the gateway is reachable from outside; each service is reached only by the gateway (and
 * Prometheus on the management port, and the services that call it, {@link ServiceCalls}) and
 * reaches only MongoDB, the Kafka brokers' TLS listener, Keycloak's HTTPS port and the services
 * it calls. The console is reached only by the gateway and reaches only the gateway, the Kafka
 * brokers and Keycloak at its public issuer (through the ingress controller, HTTPS 443): no MongoDB.
 */
class NetworkPoliciesTest {

    private static final int MANAGEMENT_PORT = 9080;
    /** Kafka's TLS listener (overlays/production/infra/kafka.yaml); there is no plaintext one. */
    static final int KAFKA_TLS_PORT = 9093;
    /** Keycloak's HTTPS port inside the cluster; its plain HTTP port is off. */
    static final int KEYCLOAK_HTTPS_PORT = 8443;
    /**
     * The console fetches tokens at the public issuer (KEYCLOAK_ISSUER_URI): through the ingress
     * controller's HTTPS port, the one way out of the namespace it has.
     */
    static final String INGRESS_NAMESPACE = "ingress-nginx";

    static final int INGRESS_HTTPS_PORT = 443;

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void isolateEveryApplicationAndOpenOnlyThePathsItNeeds(String rendering) {
        assertThat(isolationProblems(Deploy.kubernetes().get(rendering), Deploy.applications()))
                .isEmpty();
    }

    @Test
    void refusesServicesWithoutTheirOwnPolicies() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("network/missing-service-policy.yaml"));

        assertThat(isolationProblems(fixture, List.of("gateway", "appointment-service")))
                .contains(
                        "appointment-service: the gateway cannot reach it on 8081",
                        "appointment-service: cannot reach MongoDB on 27017",
                        "appointment-service: cannot reach the Kafka brokers on 9093");
    }

    @Test
    void refusesAServiceOpenToOtherNamespacesAndPoliciesThatDoNotIsolate() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("network/open-service.yaml"));

        List<String> problems = isolationProblems(fixture, List.of("gateway", "appointment-service"));

        assertThat(problems)
                .contains("appointment-service: egress is not isolated (no default deny selects it)")
                .anySatisfy(p -> assertThat(p).startsWith("appointment-service: reachable from outside: "));
    }

    @Test
    void refusesAConsoleThatReachesTheDatabaseOrLeavesTheNamespaceBeyondTheIngressController() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("network/console-policies.yaml"));

        assertThat(isolationProblems(fixture, List.of("gateway", "console")))
                .containsExactlyInAnyOrder(
                        "console: may reach MongoDB, but owns no data",
                        "console: reaches outside: console: egress beyond the namespace"
                                + " {namespaceSelector={matchLabels={kubernetes.io/metadata.name=ingress-nginx}}}",
                        "console: cannot reach Keycloak's public issuer through the ingress controller on 443",
                        "console: the gateway cannot reach it on 8090");
    }

    @Test
    void refusesManifestsWithoutAnyNetworkPolicy() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("k8s/incomplete-workloads.yaml"));

        assertThat(isolationProblems(fixture, List.of())).containsExactly("no NetworkPolicy at all");
    }

    static List<String> isolationProblems(List<Map<String, Object>> resources, List<String> applications) {
        NetworkPolicies policies = new NetworkPolicies(resources);
        List<String> problems = new ArrayList<>();
        if (policies.isEmpty()) {
            problems.add("no NetworkPolicy at all");
            return problems;
        }
        Map<String, Map<String, Object>> labels = new LinkedHashMap<>();
        for (String application : applications) {
            Workloads.containers(resources).stream()
                    .filter(c -> application.equals(c.application(Deploy.applications())))
                    .findFirst()
                    .ifPresentOrElse(
                            c -> labels.put(application, c.podLabels()),
                            () -> problems.add(application + ": no workload runs it"));
        }
        Map<String, Object> gateway = labels.get("gateway");
        for (Map.Entry<String, Map<String, Object>> entry : labels.entrySet()) {
            String application = entry.getKey();
            Map<String, Object> pod = entry.getValue();
            if (!policies.ingressIsolated(pod)) {
                problems.add(application + ": ingress is not isolated (no default deny selects it)");
            }
            if (!policies.egressIsolated(pod)) {
                problems.add(application + ": egress is not isolated (no default deny selects it)");
            }
            boolean console = application.equals(Deploy.CONSOLE);
            Map<String, Integer> allowedOutside = console ? Map.of(INGRESS_NAMESPACE, INGRESS_HTTPS_PORT) : Map.of();
            policies.egressBeyondNamespace(pod, allowedOutside)
                    .forEach(o -> problems.add(application + ": reaches outside: " + o));
            List<String> outside = policies.openingsFromOutside(pod, MANAGEMENT_PORT);
            if (application.equals("gateway")) {
                if (outside.isEmpty()) {
                    problems.add("gateway: not reachable from the ingress controller");
                }
                continue;
            }
            outside.forEach(o -> problems.add(application + ": reachable from outside: " + o));
            int port = Deploy.defaultPort(application);
            if (gateway != null && !policies.allows(gateway, pod, port)) {
                problems.add(application + ": the gateway cannot reach it on " + port);
            }
            if (console) {
                if (policies.egressAllowed(pod, NetworkPolicies.MONGODB, 27017)) {
                    problems.add(application + ": may reach MongoDB, but owns no data");
                }
                if (!policies.egressToNamespaceAllowed(pod, INGRESS_NAMESPACE, INGRESS_HTTPS_PORT)) {
                    problems.add(application + ": cannot reach Keycloak's public issuer through the ingress controller"
                            + " on " + INGRESS_HTTPS_PORT);
                }
            } else {
                if (!policies.allows(pod, NetworkPolicies.MONGODB, 27017)) {
                    problems.add(application + ": cannot reach MongoDB on 27017");
                }
                if (!policies.allows(pod, NetworkPolicies.KEYCLOAK, KEYCLOAK_HTTPS_PORT)) {
                    problems.add(application + ": cannot reach Keycloak for token keys on " + KEYCLOAK_HTTPS_PORT);
                }
            }
            if (!policies.allows(pod, NetworkPolicies.KAFKA_BROKER, KAFKA_TLS_PORT)) {
                problems.add(application + ": cannot reach the Kafka brokers on " + KAFKA_TLS_PORT);
            }
            for (Map.Entry<String, Map<String, Object>> other : labels.entrySet()) {
                boolean declared = ServiceCalls.all().stream()
                        .anyMatch(c ->
                                c.caller().equals(application) && c.target().equals(other.getKey()));
                if (!other.getKey().equals(application)
                        && !declared
                        && policies.allows(pod, other.getValue(), Deploy.defaultPort(other.getKey()))) {
                    problems.add(application + ": may call " + other.getKey() + " directly");
                }
            }
        }
        return problems;
    }
}
