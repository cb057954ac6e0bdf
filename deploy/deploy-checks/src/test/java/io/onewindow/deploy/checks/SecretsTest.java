package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No plain-text secret in deploy/. The rule ({@link DeployRules#SECRET_NAME},
 * {@link DeployRules#CREDENTIALS_IN_URI}): a value under a secret-like name, and a password inside
 * a URI, is a reference — or, in the Compose demo stack only, a value containing "demo". The
 * Kubernetes manifests hold no secret value at all, demo or not.
 */
class SecretsTest {

    @Test
    void aSettingNamedForASecretIsOneUnlessItNamesAnAddress() {
        for (String secret : List.of(
                "E_LICENSE_SERVICE_CLIENT_SECRET",
                "ONEWINDOW_LICENSE_MASTER_KEY_PASSWORD",
                "GATEWAY_REDIS_PASSWORD",
                "spring.kafka.ssl.key-store-password",
                "E_LICENSE_SERVICE_TOKEN")) {
            assertThat(DeployRules.SECRET_NAME.matcher(secret).matches())
                    .as(secret)
                    .isTrue();
        }
        for (String address : List.of("E_LICENSE_SERVICE_TOKEN_URI", "spring.security.oauth2.token-url")) {
            assertThat(DeployRules.SECRET_NAME.matcher(address).matches())
                    .as(address)
                    .isFalse();
        }
    }

    @Test
    void theComposeStackHoldsOnlyDemoSecrets() {
        assertThat(DeployRules.composeSecrets(Deploy.compose())).isEmpty();
    }

    @Test
    void theKubernetesManifestsHoldNoSecretValues() {
        Deploy.kubernetes()
                .forEach((rendering, resources) -> assertThat(DeployRules.kubernetesSecrets(resources))
                        .as(rendering)
                        .isEmpty());
    }

    @Test
    void refusesAComposePasswordThatIsNotMarkedDemo() {
        Compose fixture = Compose.load(Deploy.fixture("secrets/compose-plain-password.yaml"));

        assertThat(DeployRules.composeSecrets(fixture))
                .containsExactlyInAnyOrder(
                        "compose-plain-password.yaml.services.db.environment.POSTGRES_PASSWORD holds a plain-text secret not marked demo",
                        "compose-plain-password.yaml.services.app.environment.MONGODB_URI holds a plain-text secret not marked demo",
                        "plain.env: KC_BOOTSTRAP_ADMIN_PASSWORD holds a plain-text secret not marked demo",
                        "secret keyfile (plain-keyfile) holds a value not marked demo");
    }

    @Test
    void acceptsComposeSecretsThatSayDemoOrAreReferences() {
        Compose fixture = Compose.load(Deploy.fixture("secrets/compose-demo-password.yaml"));

        assertThat(DeployRules.composeSecrets(fixture)).isEmpty();
    }

    @Test
    void refusesSecretValuesInKubernetesManifestsEvenDemoOnes() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("secrets/k8s-secret-values.yaml"));

        assertThat(DeployRules.kubernetesSecrets(fixture))
                .containsExactlyInAnyOrder(
                        "Secret/database carries secret values in the repository",
                        "Secret/database.stringData.password holds a plain-text secret",
                        "Deployment/app.spec.template.spec.containers.env: env DB_PASSWORD holds a plain-text secret",
                        "ConfigMap/app.data.MONGODB_URI holds a plain-text secret");
    }

    @Test
    void everySecretTheProductionOverlayUsesIsMadeByAnOperatorOrListedInTheReadme() {
        List<Map<String, Object>> production = Deploy.production();
        Set<String> generated = new LinkedHashSet<>();
        for (Map<String, Object> mongo : Kustomize.ofKind(production, "MongoDBCommunity")) {
            for (Map<String, Object> user : Yaml.maps(Yaml.at(mongo, "spec.users"))) {
                generated.add(String.valueOf(user.get("connectionStringSecretName")));
            }
        }
        Kustomize.ofKind(production, "KafkaUser").forEach(u -> generated.add(Kustomize.name(u)));
        Kustomize.ofKind(production, "Cluster").forEach(c -> generated.add(Kustomize.name(c) + "-app"));
        Kustomize.ofKind(production, "Keycloak").forEach(k -> generated.add(Kustomize.name(k) + "-initial-admin"));
        // Strimzi's cluster CA certificate (ca.crt, ca.p12, ca.password), and cert-manager's certificates.
        Kustomize.ofKind(production, "Kafka").forEach(k -> generated.add(Kustomize.name(k) + "-cluster-ca-cert"));
        Kustomize.ofKind(production, "Certificate")
                .forEach(c -> generated.add(String.valueOf((Object) Yaml.at(c, "spec.secretName"))));

        String readme = Repository.read(Repository.path("deploy/README.md"));
        Set<String> referenced = new LinkedHashSet<>();
        collectSecretReferences(production, referenced);
        assertThat(referenced).isNotEmpty();
        for (String secret : referenced) {
            if (!generated.contains(secret)) {
                assertThat(readme)
                        .as("Secret %s is neither made by an operator nor listed in deploy/README.md", secret)
                        .contains("`" + secret + "`");
            }
        }
    }

    private static void collectSecretReferences(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if ((key.equals("secretKeyRef")
                                || key.equals("passwordSecretRef")
                                || key.equals("usernameSecret")
                                || key.equals("passwordSecret"))
                        && entry.getValue() instanceof Map<?, ?> ref) {
                    names.add(String.valueOf(ref.get("name")));
                } else if (key.equals("secretName") && entry.getValue() instanceof String name) {
                    names.add(name);
                } else if (key.equals("secret")
                        && entry.getValue() instanceof Map<?, ?> projected
                        && projected.get("name") instanceof String name) {
                    // a Secret among the sources of a projected volume
                    names.add(name);
                } else {
                    collectSecretReferences(entry.getValue(), names);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecretReferences(item, names));
        }
    }
}
