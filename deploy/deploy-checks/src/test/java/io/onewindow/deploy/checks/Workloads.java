package io.onewindow.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pods that Kubernetes workloads declare, and their containers. */
final class Workloads {

    static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet");
    static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");

    private Workloads() {}

    /** A container of a workload, with the workload it belongs to. */
    record Container(Map<String, Object> workload, Map<String, Object> pod, Map<String, Object> spec) {

        String workloadKind() {
            return Kustomize.kind(workload);
        }

        String workloadName() {
            return Kustomize.name(workload);
        }

        String name() {
            return String.valueOf(spec.get("name"));
        }

        String image() {
            return String.valueOf(spec.get("image"));
        }

        String describe() {
            return workloadKind() + "/" + workloadName() + " container " + name();
        }

        /** The OneWindow application this container runs (by image name), or null. */
        String application(List<String> applications) {
            String imageName = ImageReference.parse(image()).name();
            String last = imageName.substring(imageName.lastIndexOf('/') + 1);
            return applications.contains(last) && imageName.contains("onewindow") ? last : null;
        }

        Map<String, Object> podLabels() {
            return Yaml.map(Yaml.at(pod, "metadata.labels"));
        }
    }

    static Map<String, Object> podTemplate(Map<String, Object> workload) {
        String kind = Kustomize.kind(workload);
        if ("CronJob".equals(kind)) {
            return Yaml.map(Yaml.at(workload, "spec.jobTemplate.spec.template"));
        }
        if (LONG_RUNNING.contains(kind) || "Job".equals(kind)) {
            return Yaml.map(Yaml.at(workload, "spec.template"));
        }
        return null;
    }

    static List<Container> containers(List<Map<String, Object>> resources) {
        List<Container> containers = new ArrayList<>();
        for (Map<String, Object> resource : resources) {
            Map<String, Object> pod = podTemplate(resource);
            if (pod == null) {
                continue;
            }
            for (Map<String, Object> container : Yaml.maps(Yaml.at(pod, "spec.containers"))) {
                containers.add(new Container(resource, pod, container));
            }
        }
        return containers;
    }

    /**
     * The environment a container gets, by name: {@code env} entries and every key of the
     * ConfigMaps named in {@code envFrom} (which must be among the resources: an envFrom whose
     * keys cannot be seen would hide what the application is given).
     */
    static Map<String, Object> environment(Container container, List<Map<String, Object>> resources) {
        Map<String, Object> environment = new LinkedHashMap<>();
        for (Map<String, Object> from : Yaml.maps(container.spec().get("envFrom"))) {
            String configMapName = Yaml.at(from, "configMapRef.name");
            if (configMapName == null) {
                throw new IllegalArgumentException(container.describe()
                        + ": envFrom other than a ConfigMap of these manifests hides which settings it passes: "
                        + from);
            }
            Map<String, Object> configMap = Kustomize.find(resources, "ConfigMap", configMapName);
            if (configMap == null) {
                throw new IllegalArgumentException(
                        container.describe() + ": envFrom ConfigMap " + configMapName + " is not in the manifests");
            }
            String prefix = from.get("prefix") == null ? "" : String.valueOf(from.get("prefix"));
            Yaml.map(configMap.get("data")).forEach((k, v) -> environment.put(prefix + k, v));
        }
        for (Map<String, Object> variable : Yaml.maps(container.spec().get("env"))) {
            Object value = variable.containsKey("valueFrom") ? variable.get("valueFrom") : variable.get("value");
            environment.put(String.valueOf(variable.get("name")), value);
        }
        return environment;
    }
}
