package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service finds the years of the working-day calendar a district adds: the directory its
 * {@code ONEWINDOW_CALENDAR_DIRECTORY} names is mounted read-only from the {@code onewindow-calendar}
 * ConfigMap (compose: from a directory beside the Compose file), and that ConfigMap holds only year
 * files. Without it a service would refuse every deadline past the shipped years.
 */
class CalendarDirectoryTest {

    static final String VARIABLE = "ONEWINDOW_CALENDAR_DIRECTORY";
    static final String CONFIG_MAP = "onewindow-calendar";

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void everyServiceMountsTheCalendarConfigMapWhereItLooks(String rendering) {
        List<Map<String, Object>> resources = Deploy.kubernetes().get(rendering);
        assertThat(calendarMounts(resources, Deploy.services())).isEmpty();
    }

    @Test
    void refusesAServiceThatLooksWhereNothingIsMountedOrMayWriteTheCalendar() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("k8s/calendar-mounts.yaml"));

        assertThat(calendarMounts(fixture, List.of("appointment-service", "approval-service", "supervision-service")))
                .containsExactlyInAnyOrder(
                        "Deployment/appointment-service container app: nothing is mounted at /etc/onewindow/calendar",
                        "Deployment/approval-service container app: /etc/onewindow/calendar is not mounted readOnly",
                        "Deployment/approval-service container app: /etc/onewindow/calendar is not the ConfigMap "
                                + CONFIG_MAP,
                        "Deployment/supervision-service container app: no " + VARIABLE,
                        "ConfigMap " + CONFIG_MAP + ": key notes.txt is not a year file <yyyy>.csv");
    }

    @Test
    void everyComposeServiceMountsTheCalendarDirectoryReadOnly() {
        Compose compose = Deploy.compose();
        List<String> problems = new ArrayList<>();
        for (String service : Deploy.services()) {
            String directory = compose.environment(service).get(VARIABLE);
            if (directory == null) {
                problems.add(service + ": no " + VARIABLE);
                continue;
            }
            boolean mounted = false;
            for (Object volume : Yaml.list(compose.service(service).get("volumes"))) {
                String[] parts = String.valueOf(volume).split(":");
                if (parts.length == 3 && parts[1].equals(directory) && parts[2].equals("ro")) {
                    mounted = Files.isDirectory(compose.file().getParent().resolve(parts[0]));
                }
            }
            if (!mounted) {
                problems.add(service + ": no existing directory mounted read-only at " + directory);
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> calendarMounts(List<Map<String, Object>> resources, List<String> services) {
        List<String> problems = new ArrayList<>();
        for (Workloads.Container container : Workloads.containers(resources)) {
            String application = container.application(Deploy.applications());
            if (application == null || !services.contains(application)) {
                continue;
            }
            Object directory = Workloads.environment(container, resources).get(VARIABLE);
            if (!(directory instanceof String path)) {
                problems.add(container.describe() + ": no " + VARIABLE);
                continue;
            }
            Map<String, Object> mount = Yaml.maps(container.spec().get("volumeMounts")).stream()
                    .filter(m -> path.equals(m.get("mountPath")))
                    .findFirst()
                    .orElse(null);
            if (mount == null) {
                problems.add(container.describe() + ": nothing is mounted at " + path);
                continue;
            }
            if (!Boolean.TRUE.equals(mount.get("readOnly"))) {
                problems.add(container.describe() + ": " + path + " is not mounted readOnly");
            }
            Map<String, Object> volume = Yaml.maps(Yaml.at(container.pod(), "spec.volumes")).stream()
                    .filter(v -> Objects.equals(v.get("name"), mount.get("name")))
                    .findFirst()
                    .orElse(Map.of());
            if (!CONFIG_MAP.equals(Yaml.at(volume, "configMap.name"))) {
                problems.add(container.describe() + ": " + path + " is not the ConfigMap " + CONFIG_MAP);
            }
        }
        Map<String, Object> calendar = Kustomize.find(resources, "ConfigMap", CONFIG_MAP);
        if (calendar == null) {
            problems.add("ConfigMap " + CONFIG_MAP + " is missing");
        } else {
            for (Object key : Yaml.map(calendar.get("data")).keySet()) {
                if (!String.valueOf(key).matches("\\d{4}\\.csv")) {
                    problems.add("ConfigMap " + CONFIG_MAP + ": key " + key + " is not a year file <yyyy>.csv");
                }
            }
        }
        return problems;
    }
}
