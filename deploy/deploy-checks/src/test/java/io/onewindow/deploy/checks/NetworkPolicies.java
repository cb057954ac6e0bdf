package io.onewindow.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the NetworkPolicies of a namespace let through, evaluated the way Kubernetes does: a pod
 * selected by a policy of a type is isolated for that direction, and then only the union of the
 * selecting policies' rules is allowed.
 */
final class NetworkPolicies {

    /** Labels of the infrastructure pods, as their operators set them (deploy/README.md). */
    static final Map<String, Object> MONGODB = Map.of("app", "onewindow-mongodb-svc");

    static final Map<String, Object> KAFKA_BROKER =
            Map.of("strimzi.io/cluster", "onewindow-kafka", "strimzi.io/broker-role", "true");
    static final Map<String, Object> KEYCLOAK = Map.of("app", "keycloak");

    private final List<Map<String, Object>> policies;

    NetworkPolicies(List<Map<String, Object>> resources) {
        this.policies = Kustomize.ofKind(resources, "NetworkPolicy");
    }

    boolean isEmpty() {
        return policies.isEmpty();
    }

    boolean ingressIsolated(Map<String, Object> podLabels) {
        return selecting(podLabels).stream().anyMatch(p -> types(p).contains("Ingress"));
    }

    boolean egressIsolated(Map<String, Object> podLabels) {
        return selecting(podLabels).stream().anyMatch(p -> types(p).contains("Egress"));
    }

    /** Whether a pod of this namespace with {@code from} labels may open port {@code port} on a pod with {@code to} labels. */
    boolean allows(Map<String, Object> from, Map<String, Object> to, int port) {
        return egressAllowed(from, to, port) && ingressAllowed(from, to, port);
    }

    boolean egressAllowed(Map<String, Object> from, Map<String, Object> to, int port) {
        if (!egressIsolated(from)) {
            return true;
        }
        for (Map<String, Object> policy : selecting(from)) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(policy, "spec.egress"))) {
                if (portMatches(rule, port) && peersMatch(Yaml.maps(rule.get("to")), to)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean ingressAllowed(Map<String, Object> from, Map<String, Object> to, int port) {
        if (!ingressIsolated(to)) {
            return true;
        }
        for (Map<String, Object> policy : selecting(to)) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(policy, "spec.ingress"))) {
                if (portMatches(rule, port) && peersMatch(Yaml.maps(rule.get("from")), from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Ingress rules of the pod that admit traffic from outside this namespace's own pods on a
     * port other than {@code managementPort}: all sources, an IP block, or another namespace.
     */
    List<String> openingsFromOutside(Map<String, Object> podLabels, int managementPort) {
        List<String> openings = new ArrayList<>();
        for (Map<String, Object> policy : selecting(podLabels)) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(policy, "spec.ingress"))) {
                List<Map<String, Object>> peers = Yaml.maps(rule.get("from"));
                boolean onlyManagement = !Yaml.maps(rule.get("ports")).isEmpty()
                        && Yaml.maps(rule.get("ports")).stream()
                                .allMatch(p ->
                                        Objects.equals(String.valueOf(p.get("port")), String.valueOf(managementPort)));
                if (peers.isEmpty()) {
                    openings.add(Kustomize.name(policy) + ": ingress from everywhere");
                }
                for (Map<String, Object> peer : peers) {
                    if (peer.containsKey("ipBlock")) {
                        openings.add(Kustomize.name(policy) + ": ingress from an IP block " + peer.get("ipBlock"));
                    } else if (peer.containsKey("namespaceSelector") && !onlyManagement) {
                        openings.add(
                                Kustomize.name(policy) + ": ingress from namespaces " + peer.get("namespaceSelector"));
                    }
                }
            }
        }
        return openings;
    }

    /** Egress rules of the pod that reach anything but pods of this namespace and the cluster DNS. */
    List<String> egressBeyondNamespace(Map<String, Object> podLabels) {
        return egressBeyondNamespace(podLabels, Map.of());
    }

    /**
     * Whether the pod may open {@code port} on pods of another namespace (matched by its name
     * label {@code kubernetes.io/metadata.name}), e.g. the ingress controller's.
     */
    boolean egressToNamespaceAllowed(Map<String, Object> podLabels, String namespace, int port) {
        if (!egressIsolated(podLabels)) {
            return true;
        }
        for (Map<String, Object> policy : selecting(podLabels)) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(policy, "spec.egress"))) {
                if (!portMatches(rule, port)) {
                    continue;
                }
                List<Map<String, Object>> peers = Yaml.maps(rule.get("to"));
                if (peers.isEmpty() || peers.stream().anyMatch(p -> namespace.equals(namespaceName(p)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Egress rules of the pod that reach anything but pods of this namespace, the cluster DNS and
     * the {@code allowed} namespaces, each on its one port only (a rule to such a namespace on any
     * other port, or on no port list, still counts).
     */
    List<String> egressBeyondNamespace(Map<String, Object> podLabels, Map<String, Integer> allowed) {
        List<String> openings = new ArrayList<>();
        for (Map<String, Object> policy : selecting(podLabels)) {
            for (Map<String, Object> rule : Yaml.maps(Yaml.at(policy, "spec.egress"))) {
                List<Map<String, Object>> peers = Yaml.maps(rule.get("to"));
                if (peers.isEmpty()) {
                    openings.add(Kustomize.name(policy) + ": egress to everywhere");
                }
                for (Map<String, Object> peer : peers) {
                    Object namespace = Yaml.map(
                                    Yaml.map(peer.get("namespaceSelector")).get("matchLabels"))
                            .get("kubernetes.io/metadata.name");
                    boolean dns = "kube-system".equals(namespace)
                            && Yaml.maps(rule.get("ports")).stream()
                                    .allMatch(p -> "53".equals(String.valueOf(p.get("port"))));
                    Integer allowedPort = allowed.get(String.valueOf(namespace));
                    boolean permitted = allowedPort != null
                            && !Yaml.maps(rule.get("ports")).isEmpty()
                            && Yaml.maps(rule.get("ports")).stream()
                                    .allMatch(p -> String.valueOf(allowedPort).equals(String.valueOf(p.get("port"))));
                    if (peer.containsKey("ipBlock") || (peer.containsKey("namespaceSelector") && !dns && !permitted)) {
                        openings.add(Kustomize.name(policy) + ": egress beyond the namespace " + peer);
                    }
                }
            }
        }
        return openings;
    }

    private static Object namespaceName(Map<String, Object> peer) {
        return Yaml.map(Yaml.map(peer.get("namespaceSelector")).get("matchLabels"))
                .get("kubernetes.io/metadata.name");
    }

    private List<Map<String, Object>> selecting(Map<String, Object> podLabels) {
        return policies.stream()
                .filter(p -> Selectors.matches(Yaml.map(Yaml.at(p, "spec.podSelector")), podLabels))
                .toList();
    }

    private static List<String> types(Map<String, Object> policy) {
        List<Object> declared = Yaml.list(Yaml.at(policy, "spec.policyTypes"));
        if (!declared.isEmpty()) {
            return declared.stream().map(String::valueOf).toList();
        }
        return Yaml.at(policy, "spec.egress") != null ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private static boolean portMatches(Map<String, Object> rule, int port) {
        List<Map<String, Object>> ports = Yaml.maps(rule.get("ports"));
        return ports.isEmpty()
                || ports.stream()
                        .anyMatch(p ->
                                p.get("port") == null || String.valueOf(port).equals(String.valueOf(p.get("port"))));
    }

    /** Peers of a rule against a pod of the same namespace: a podSelector alone selects pods of this namespace. */
    private static boolean peersMatch(List<Map<String, Object>> peers, Map<String, Object> podLabels) {
        if (peers.isEmpty()) {
            return true;
        }
        for (Map<String, Object> peer : peers) {
            if (peer.containsKey("podSelector")
                    && !peer.containsKey("namespaceSelector")
                    && Selectors.matches(Yaml.map(peer.get("podSelector")), podLabels)) {
                return true;
            }
        }
        return false;
    }
}
