package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * In production a secret the platform needs is never left to its local demo default: each is
 * given to the application that uses it, from a Secret key that must exist (no
 * {@code optional: true}, so a missing key stops the pod instead of starting it on the demo
 * value), and no value of the manifests says "demo". The realm hardening Job requires a key for
 * every confidential client of the realm file, so none keeps its demo secret.
 */
class RequiredSecretsTest {

    static final String PSEUDONYM_KEY = "ONEWINDOW_IDENTITY_PSEUDONYM_KEY";
    static final String LICENSE_MASTER_KEY = "ONEWINDOW_LICENSE_MASTER_KEY";
    static final String CLIENT_SECRETS = "keycloak-client-secrets";
    static final String IDENTITY_CONFIRMER_SECRET = "IDENTITY_CONFIRMER_CLIENT_SECRET";

    /**
     * Confidential clients an application holds that are not named after it, with the variable of
     * their secret: appointment-service confirms people at a window as onewindow-identity-confirmer.
     */
    static final Map<String, Map.Entry<String, String>> OTHER_CLIENTS =
            Map.of("appointment-service", Map.entry("onewindow-identity-confirmer", IDENTITY_CONFIRMER_SECRET));

    @Test
    void productionGivesEverySecretFromARequiredSecretKeyAndNoDemoValue() {
        assertThat(requiredSecrets())
                .containsEntry(
                        "e-license-service",
                        List.of(PSEUDONYM_KEY, LICENSE_MASTER_KEY, "E_LICENSE_SERVICE_CLIENT_SECRET"))
                .containsEntry("approval-service", List.of(PSEUDONYM_KEY))
                .containsEntry("appointment-service", List.of(PSEUDONYM_KEY, IDENTITY_CONFIRMER_SECRET))
                .containsEntry(Deploy.CONSOLE, List.of("CONSOLE_CLIENT_SECRET"));
        assertThat(problems(Deploy.production(), Deploy.applications())).isEmpty();
    }

    @Test
    void refusesOptionalMissingAndDemoSecrets() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("secrets/optional-or-missing.yaml"));

        assertThat(problems(fixture, List.of("approval-service", "e-license-service", "console")))
                .containsExactlyInAnyOrder(
                        "console: CONSOLE_CLIENT_SECRET is not the secret the realm hardening sets"
                                + " (keycloak-client-secrets/onewindow-console)",
                        "approval-service: ONEWINDOW_IDENTITY_PSEUDONYM_KEY is not taken from a Secret",
                        "Deployment/approval-service container app: ONEWINDOW_IDENTITY_PSEUDONYM_KEY holds a demo value",
                        "e-license-service: ONEWINDOW_LICENSE_MASTER_KEY comes from an optional Secret key",
                        "Deployment/e-license-service container app: secretKeyRef e-license-master-key/key is optional",
                        "e-license-service: E_LICENSE_SERVICE_CLIENT_SECRET is not given",
                        "e-license-service: ONEWINDOW_IDENTITY_PSEUDONYM_KEY is not given",
                        "Job/keycloak-realm-hardening: Secret keycloak-client-secrets is mounted without a required key"
                                + " per confidential client (missing [e-license-service, onewindow-console,"
                                + " onewindow-identity-confirmer, onewindow-wechat, partner-discipline, partner-housing,"
                                + " partner-tax])");
    }

    /**
     * The secrets each application needs in production: the pseudonym key where the code makes
     * pseudonyms, the license master key where it is read, and the client secret of every
     * confidential Keycloak client named after an application, {@code <application>} or
     * {@code onewindow-<application>} (its own client credentials: e-license-service's, the console's).
     */
    static Map<String, List<String>> requiredSecrets() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (String application : Deploy.applications()) {
            List<String> variables = new ArrayList<>();
            if (!application.equals("gateway") && EnvironmentVariablesTest.usesPseudonyms(application)) {
                variables.add(PSEUDONYM_KEY);
            }
            if (application.equals("e-license-service")
                    || ApplicationSettings.of(application).whyNotRead(LICENSE_MASTER_KEY) == null) {
                variables.add(LICENSE_MASTER_KEY);
            }
            if (clientOf(application) != null) {
                variables.add(clientSecretVariable(application));
            }
            if (OTHER_CLIENTS.containsKey(application)) {
                variables.add(OTHER_CLIENTS.get(application).getValue());
            }
            required.put(application, variables);
        }
        return required;
    }

    /** The confidential client of the realm file that is the application itself, or {@code null}. */
    static String clientOf(String application) {
        Set<String> confidential = confidentialClients();
        for (String client : List.of(application, "onewindow-" + application)) {
            if (confidential.contains(client)) {
                return client;
            }
        }
        return null;
    }

    static String clientSecretVariable(String application) {
        return application.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    static List<String> problems(List<Map<String, Object>> resources, List<String> applications) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> required = requiredSecrets();
        for (String application : applications) {
            Workloads.Container container = Workloads.containers(resources).stream()
                    .filter(c -> application.equals(c.application(Deploy.applications())))
                    .findFirst()
                    .orElse(null);
            if (container == null) {
                problems.add(application + ": no workload runs it");
                continue;
            }
            Map<String, Object> environment = Workloads.environment(container, resources);
            for (String variable : required.get(application)) {
                Object value = environment.get(variable);
                Map<String, Object> reference = Yaml.map(Yaml.map(value).get("secretKeyRef"));
                if (value == null) {
                    problems.add(application + ": " + variable + " is not given");
                } else if (reference.isEmpty()) {
                    problems.add(application + ": " + variable + " is not taken from a Secret");
                } else if (Boolean.TRUE.equals(reference.get("optional"))) {
                    problems.add(application + ": " + variable + " comes from an optional Secret key");
                } else if (variable.equals(clientSecretVariable(application))
                        && !(CLIENT_SECRETS.equals(reference.get("name"))
                                && Objects.equals(clientOf(application), reference.get("key")))) {
                    problems.add(application + ": " + variable + " is not the secret the realm hardening sets ("
                            + CLIENT_SECRETS + "/" + clientOf(application) + ")");
                } else if (OTHER_CLIENTS.containsKey(application)
                        && variable.equals(OTHER_CLIENTS.get(application).getValue())
                        && !(CLIENT_SECRETS.equals(reference.get("name"))
                                && Objects.equals(OTHER_CLIENTS.get(application).getKey(), reference.get("key")))) {
                    problems.add(application + ": " + variable + " is not the secret the realm hardening sets ("
                            + CLIENT_SECRETS + "/"
                            + OTHER_CLIENTS.get(application).getKey() + ")");
                }
            }
        }
        for (Workloads.Container container : Workloads.containers(resources)) {
            for (Map<String, Object> variable : Yaml.maps(container.spec().get("env"))) {
                Map<String, Object> reference = Yaml.map(Yaml.at(variable, "valueFrom.secretKeyRef"));
                if (Boolean.TRUE.equals(reference.get("optional"))) {
                    problems.add(container.describe() + ": secretKeyRef " + reference.get("name") + "/"
                            + reference.get("key") + " is optional");
                }
            }
            if (container.application(Deploy.applications()) != null) {
                Workloads.environment(container, resources).forEach((name, value) -> {
                    if (value instanceof String text && DeployRules.isDemo(text)) {
                        problems.add(container.describe() + ": " + name + " holds a demo value");
                    }
                });
            }
        }
        for (Map<String, Object> workload : resources) {
            Map<String, Object> pod = Workloads.podTemplate(workload);
            if (pod == null) {
                continue;
            }
            for (Map<String, Object> volume : Yaml.maps(Yaml.at(pod, "spec.volumes"))) {
                if (Boolean.TRUE.equals(Yaml.at(volume, "secret.optional"))) {
                    problems.add(Kustomize.kind(workload) + "/" + Kustomize.name(workload) + ": Secret volume "
                            + volume.get("name") + " is optional");
                }
                if (CLIENT_SECRETS.equals(Yaml.at(volume, "secret.secretName"))) {
                    Set<String> keys = new java.util.TreeSet<>();
                    Yaml.maps(Yaml.at(volume, "secret.items")).forEach(i -> keys.add(String.valueOf(i.get("key"))));
                    Set<String> missing = new java.util.TreeSet<>(confidentialClients());
                    missing.removeAll(keys);
                    if (!missing.isEmpty()) {
                        problems.add(Kustomize.kind(workload) + "/" + Kustomize.name(workload) + ": Secret "
                                + CLIENT_SECRETS
                                + " is mounted without a required key per confidential client (missing "
                                + missing + ")");
                    }
                }
            }
        }
        return problems;
    }

    /** The confidential clients of the realm file that carry a (demo) secret. */
    @SuppressWarnings("unchecked")
    static Set<String> confidentialClients() {
        Map<String, Object> realm = JsonMapper.builder()
                .build()
                .readValue(
                        Repository.read(Repository.path("deploy/keycloak/onewindow-realm.json")), LinkedHashMap.class);
        Set<String> clients = new LinkedHashSet<>();
        for (Map<String, Object> client : Yaml.maps(realm.get("clients"))) {
            if (client.get("secret") != null && !Boolean.TRUE.equals(client.get("publicClient"))) {
                clients.add(String.valueOf(client.get("clientId")));
            }
        }
        return clients;
    }
}
