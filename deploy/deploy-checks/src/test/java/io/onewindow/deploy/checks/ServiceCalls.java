package io.onewindow.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synchronous calls the applications make to one another, read from their application.yml:
 * every setting whose value is a {@code ${<TARGET>_URI:...}} or {@code ${<TARGET>_URL:...}}
 * placeholder, where {@code <target>} names an application, is the address of a call to it (e.g.
 * {@code E_LICENSE_SERVICE_URI} to e-license-service, the gateway's {@code CONSOLE_URI} to the
 * console, the console's {@code GATEWAY_URL} to the gateway). A new call written the same way is
 * picked up without touching the checks.
 */
final class ServiceCalls {

    /** One synchronous call: who calls, the variable that gives the address, whom it calls. */
    record Call(String caller, String variable, String target) {
        @Override
        public String toString() {
            return caller + " -> " + target + " (" + variable + ")";
        }
    }

    private static final Pattern SERVICE_URI = Pattern.compile("\\$\\{([A-Z0-9_]+)_(URI|URL)(?::[^}]*)?}");

    private ServiceCalls() {}

    /** Every call of every application: what the application.yml files say. */
    static List<Call> all() {
        Set<Call> calls = new LinkedHashSet<>();
        for (String application : Deploy.applications()) {
            calls.addAll(read(
                    application,
                    Repository.read(Repository.path(application + "/src/main/resources/application.yml"))));
        }
        return List.copyOf(calls);
    }

    /** The calls in one application's application.yml text. */
    static List<Call> read(String application, String applicationYaml) {
        List<Call> calls = new ArrayList<>();
        Matcher uri = SERVICE_URI.matcher(applicationYaml);
        while (uri.find()) {
            String prefix = uri.group(1);
            String variable = prefix + "_" + uri.group(2);
            String target = prefix.toLowerCase(Locale.ROOT).replace('_', '-');
            if (Deploy.applications().contains(target) && !target.equals(application)) {
                calls.add(new Call(application, variable, target));
            } else if (prefix.endsWith("_SERVICE")) {
                throw new IllegalStateException(
                        application + " reads " + variable + ", but there is no application " + target + " to call");
            }
        }
        return calls;
    }

    /**
     * What keeps a call from working in the Compose stack: the caller's environment must give the
     * target's Compose service on the target's port.
     */
    static List<String> composeProblems(Compose compose, List<Call> calls) {
        List<String> problems = new ArrayList<>();
        for (Call call : calls) {
            String caller = composeService(compose, call.caller());
            String target = composeService(compose, call.target());
            if (caller == null || target == null) {
                problems.add(call + ": no Compose service runs " + (caller == null ? call.caller() : call.target()));
                continue;
            }
            String expected = "http://" + target + ":" + Deploy.defaultPort(call.target());
            String value = compose.environment(caller).get(call.variable());
            if (!expected.equals(value)) {
                problems.add(call + ": Compose gives " + call.variable() + "=" + value + ", expected " + expected);
            }
        }
        return problems;
    }

    /**
     * What keeps a call from working on Kubernetes: the caller's environment must name a Service
     * that selects the target's pods, on a port that reaches the target's HTTP port, and the
     * NetworkPolicies must let the caller's pods open that port on the target's pods.
     */
    static List<String> kubernetesProblems(List<Map<String, Object>> resources, List<Call> calls) {
        List<String> problems = new ArrayList<>();
        NetworkPolicies policies = new NetworkPolicies(resources);
        for (Call call : calls) {
            Workloads.Container caller = container(resources, call.caller());
            Workloads.Container target = container(resources, call.target());
            if (caller == null || target == null) {
                problems.add(call + ": no workload runs " + (caller == null ? call.caller() : call.target()));
                continue;
            }
            int containerPort = Deploy.defaultPort(call.target());
            Object value = Workloads.environment(caller, resources).get(call.variable());
            if (!(value instanceof String address)) {
                problems.add(call + ": " + call.caller() + " is not given " + call.variable());
            } else {
                String problem = addressProblem(resources, address, target, containerPort);
                if (problem != null) {
                    problems.add(call + ": " + call.variable() + "=" + address + " " + problem);
                }
            }
            if (!policies.egressAllowed(caller.podLabels(), target.podLabels(), containerPort)) {
                problems.add(call + ": no NetworkPolicy lets " + call.caller() + " out to " + call.target() + " on "
                        + containerPort);
            }
            if (!policies.ingressAllowed(caller.podLabels(), target.podLabels(), containerPort)) {
                problems.add(call + ": no NetworkPolicy lets " + call.caller() + " into " + call.target() + " on "
                        + containerPort);
            }
        }
        return problems;
    }

    private static String addressProblem(
            List<Map<String, Object>> resources, String address, Workloads.Container target, int containerPort) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(address);
        } catch (IllegalArgumentException e) {
            return "is not a URI";
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            return "names no host and port";
        }
        String host = uri.getHost().split("\\.")[0];
        Map<String, Object> service = Kustomize.find(resources, "Service", host);
        if (service == null) {
            return "names no Service of the manifests";
        }
        if (!Selectors.matches(
                Map.of("matchLabels", Yaml.map(Yaml.at(service, "spec.selector"))), target.podLabels())) {
            return "names Service " + host + ", which does not select " + target.workloadName();
        }
        for (Map<String, Object> port : Yaml.maps(Yaml.at(service, "spec.ports"))) {
            if (String.valueOf(uri.getPort()).equals(String.valueOf(port.get("port")))
                    && reaches(
                            target,
                            port.get("targetPort") == null ? port.get("port") : port.get("targetPort"),
                            containerPort)) {
                return null;
            }
        }
        return "does not reach port " + containerPort + " of " + target.workloadName();
    }

    private static boolean reaches(Workloads.Container target, Object targetPort, int containerPort) {
        if (String.valueOf(containerPort).equals(String.valueOf(targetPort))) {
            return true;
        }
        return Yaml.maps(target.spec().get("ports")).stream()
                .anyMatch(p -> String.valueOf(targetPort).equals(String.valueOf(p.get("name")))
                        && String.valueOf(containerPort).equals(String.valueOf(p.get("containerPort"))));
    }

    private static Workloads.Container container(List<Map<String, Object>> resources, String application) {
        return Workloads.containers(resources).stream()
                .filter(c -> application.equals(c.application(Deploy.applications())))
                .findFirst()
                .orElse(null);
    }

    private static String composeService(Compose compose, String application) {
        return compose.services().keySet().stream()
                .filter(s -> application.equals(compose.application(s, Deploy.applications())))
                .findFirst()
                .orElse(null);
    }
}
