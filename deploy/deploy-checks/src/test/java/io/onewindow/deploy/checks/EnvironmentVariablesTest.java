package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every environment variable deploy/ passes to an application is one the application reads
 * ({@link ApplicationSettings}): a misspelt or stale name would otherwise be ignored without a
 * word, and the application would quietly run on its local default.
 */
class EnvironmentVariablesTest {

    @Test
    void theComposeStackPassesOnlyVariablesTheApplicationsRead() {
        assertThat(unreadInCompose(Deploy.compose())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void theKubernetesManifestsPassOnlyVariablesTheApplicationsRead(String rendering) {
        assertThat(unreadInKubernetes(Deploy.kubernetes().get(rendering))).isEmpty();
    }

    @Test
    void theImageSetsOnlyVariablesEveryApplicationReads() {
        List<String> problems = new ArrayList<>();
        Matcher env = Pattern.compile("(?m)^ENV\\s+([A-Z0-9_]+)=").matcher(Repository.read(Deploy.DOCKERFILE));
        while (env.find()) {
            for (String application : Deploy.applications()) {
                String why = ApplicationSettings.of(application).whyNotRead(env.group(1));
                if (why != null) {
                    problems.add("Dockerfile: " + why);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesMisspeltRemovedAndMisdirectedVariables() {
        Compose fixture = Compose.load(Deploy.fixture("env/unread-variables.yaml"));

        assertThat(unreadInCompose(fixture))
                .containsExactlyInAnyOrder(
                        "compose service appointment-service: MONGODB_URL is not read by appointment-service",
                        "compose service appointment-service: SPRING_DATA_MONGODB_URI sets spring.data.mongodb.uri,"
                                + " which Spring Boot no longer reads (now spring.mongodb.uri)",
                        "compose service gateway: SPRING_KAFKA_BOOTSTRAP_SERVERS sets spring.kafka.bootstrap-servers,"
                                + " but gateway has no Kafka starter",
                        "compose service gateway: KAFKA_BOOTSTRAP_SERVERS is not read by gateway");
    }

    @Test
    void knowsWhatEachApplicationReadsFromItsOwnSourcesAndSpringBoot() {
        ApplicationSettings appointments = ApplicationSettings.of("appointment-service");
        ApplicationSettings gateway = ApplicationSettings.of("gateway");

        // application.yml placeholders
        assertThat(appointments.whyNotRead("MONGODB_URI")).isNull();
        assertThat(gateway.whyNotRead("APPOINTMENT_SERVICE_URI")).isNull();
        // @ConfigurationProperties of the platform library the services use, not the gateway
        assertThat(appointments.whyNotRead("ONEWINDOW_WEB_MAX_BODY_SIZE")).isNull();
        assertThat(appointments.whyNotRead("ONEWINDOW_MESSAGING_OUTBOX_INSTANCE_ID"))
                .isNull();
        assertThat(gateway.whyNotRead("ONEWINDOW_WEB_MAX_BODY_SIZE")).isNotNull();
        // @ConfigurationProperties of the gateway itself, including map-valued ones
        assertThat(gateway.whyNotRead("ONEWINDOW_GATEWAY_RATE_LIMIT_TRUSTED_PROXIES"))
                .isNull();
        assertThat(gateway.whyNotRead("ONEWINDOW_GATEWAY_SERVICES_LICENSES_URI"))
                .isNull();
        // Spring Boot's own properties
        assertThat(gateway.whyNotRead("MANAGEMENT_SERVER_PORT")).isNull();
        assertThat(appointments.whyNotRead("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))
                .isNull();
        assertThat(appointments.whyNotRead("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"))
                .isNull();
    }

    @Test
    void everyApplicationGetsTheSettingsItCannotRunWithoutInProduction() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        Deploy.services()
                .forEach(
                        s -> required.put(s, List.of("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "KEYCLOAK_ISSUER_URI")));
        List<String> gatewayNeeds = new ArrayList<>(List.of("KEYCLOAK_ISSUER_URI", "GATEWAY_CORS_ALLOWED_ORIGINS"));
        Deploy.services()
                .forEach(s ->
                        gatewayNeeds.add(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URI"));
        gatewayNeeds.add("CONSOLE_URI");
        required.put("gateway", gatewayNeeds);
        required.put(
                Deploy.CONSOLE,
                List.of(
                        "GATEWAY_URL",
                        "KEYCLOAK_ISSUER_URI",
                        "CONSOLE_CLIENT_SECRET",
                        "CONSOLE_PUBLIC_BASE_URL",
                        "KAFKA_BOOTSTRAP_SERVERS"));

        List<Map<String, Object>> production = Deploy.production();
        Compose compose = Deploy.compose();
        required.forEach((application, variables) -> {
            Workloads.Container container = Workloads.containers(production).stream()
                    .filter(c -> application.equals(c.application(Deploy.applications())))
                    .findFirst()
                    .orElseThrow();
            assertThat(Workloads.environment(container, production))
                    .as("production " + application)
                    .containsKeys(variables.toArray(String[]::new));
            assertThat(compose.environment(application))
                    .as("compose " + application)
                    .containsKeys(variables.toArray(String[]::new));
        });
    }

    @Test
    void theConsoleGetsNoDatabaseAndNoServiceSecretAndLogsInOverHttpsInProduction() {
        List<Map<String, Object>> production = Deploy.production();
        Map<String, Object> inProduction = Workloads.environment(
                Workloads.containers(production).stream()
                        .filter(c -> Deploy.CONSOLE.equals(c.application(Deploy.applications())))
                        .findFirst()
                        .orElseThrow(),
                production);
        Map<String, String> inCompose = Deploy.compose().environment(Deploy.CONSOLE);
        for (String variable : List.of("MONGODB_URI", "MONGODB_DATABASE", "ONEWINDOW_IDENTITY_PSEUDONYM_KEY")) {
            assertThat(inProduction).as("production console").doesNotContainKey(variable);
            assertThat(inCompose).as("compose console").doesNotContainKey(variable);
        }
        // The session cookie and the login redirect over https; the client secret goes to the
        // token endpoint the console derives from the issuer, so that is https too.
        assertThat(inProduction)
                .containsEntry("CONSOLE_SECURE_COOKIE", "true")
                .containsEntry("GATEWAY_URL", "http://gateway:" + Deploy.defaultPort("gateway"));
        assertThat(String.valueOf(inProduction.get("CONSOLE_PUBLIC_BASE_URL"))).startsWith("https://");
        assertThat(String.valueOf(inProduction.get("KEYCLOAK_ISSUER_URI"))).startsWith("https://");
        // the issuer the browser sees is the one the services check tokens against
        Map<String, Object> gateway = Workloads.environment(
                Workloads.containers(production).stream()
                        .filter(c -> "gateway".equals(c.application(Deploy.applications())))
                        .findFirst()
                        .orElseThrow(),
                production);
        assertThat(inProduction.get("KEYCLOAK_ISSUER_URI")).isEqualTo(gateway.get("KEYCLOAK_ISSUER_URI"));
    }

    @Test
    void everyServiceThatMakesPseudonymsGetsTheSameKeyAndNoOtherServiceGetsIt() {
        // Pseudonyms made under one key are matched under another: a service with its own key (or
        // the local default) silently recognises nobody. Every service reads the key's property
        // (IdentityProperties is in platform-spring), but the IdentityPseudonyms bean is lazy: only
        // a service whose code asks for it uses the key, and only such a service is given the secret.
        String key = "ONEWINDOW_IDENTITY_PSEUDONYM_KEY";
        List<String> users = Deploy.services().stream()
                .filter(EnvironmentVariablesTest::usesPseudonyms)
                .toList();
        assertThat(users).contains("appointment-service", "approval-service", "supervision-service");

        List<Map<String, Object>> production = Deploy.production();
        Compose compose = Deploy.compose();
        Map<String, Object> inProduction = new LinkedHashMap<>();
        Map<String, Object> inCompose = new LinkedHashMap<>();
        for (String service : Deploy.services()) {
            Workloads.Container container = Workloads.containers(production).stream()
                    .filter(c -> service.equals(c.application(Deploy.applications())))
                    .findFirst()
                    .orElseThrow();
            Object productionKey = Workloads.environment(container, production).get(key);
            Object composeKey = compose.environment(service).get(key);
            if (users.contains(service)) {
                assertThat(ApplicationSettings.of(service).whyNotRead(key))
                        .as(service)
                        .isNull();
                inProduction.put(service, productionKey);
                inCompose.put(service, composeKey);
            } else {
                assertThat(productionKey)
                        .as("production " + service + " makes no pseudonyms")
                        .isNull();
                assertThat(composeKey)
                        .as("compose " + service + " makes no pseudonyms")
                        .isNull();
            }
        }
        assertThat(inProduction).as("production").doesNotContainValue(null);
        assertThat(inProduction.values().stream().distinct())
                .as("production: " + inProduction)
                .hasSize(1);
        assertThat(inCompose).as("compose").doesNotContainValue(null);
        assertThat(inCompose.values().stream().distinct())
                .as("compose: " + inCompose)
                .hasSize(1);
    }

    @Test
    void noApplicationIsGivenThePseudonymKeysFormerVariable() {
        // The platform still reads ONEWINDOW_APPOINTMENT_HASH_SALT for one release when the new
        // variable is missing (with a warning); deploy/ passes only the new name.
        String former = "ONEWINDOW_APPOINTMENT_HASH_SALT";
        Compose compose = Deploy.compose();
        for (String application : Deploy.applications()) {
            assertThat(compose.environment(application))
                    .as("compose " + application)
                    .doesNotContainKey(former);
        }
        Deploy.kubernetes().forEach((rendering, resources) -> {
            for (Workloads.Container container : Workloads.containers(resources)) {
                assertThat(Workloads.environment(container, resources))
                        .as(rendering + " " + container.describe())
                        .doesNotContainKey(former);
            }
        });
    }

    /** Whether the service's own code asks for the platform's IdentityPseudonyms (the lazy bean). */
    static boolean usesPseudonyms(String service) {
        try (Stream<Path> files = Files.walk(Repository.path(service + "/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .anyMatch(f -> Repository.read(f).contains("IdentityPseudonyms"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachServiceUsesTheDatabaseItsMongoUserMayWrite() {
        List<Map<String, Object>> production = Deploy.production();
        Map<String, Object> mongo =
                Kustomize.ofKind(production, "MongoDBCommunity").get(0);
        for (String service : Deploy.services()) {
            Object database = Workloads.environment(
                            Workloads.containers(production).stream()
                                    .filter(c -> service.equals(c.application(Deploy.applications())))
                                    .findFirst()
                                    .orElseThrow(),
                            production)
                    .get("MONGODB_DATABASE");
            Map<String, Object> user = Yaml.maps(Yaml.at(mongo, "spec.users")).stream()
                    .filter(u -> service.equals(u.get("name")))
                    .findFirst()
                    .orElseThrow();
            assertThat(Yaml.maps(user.get("roles")))
                    .as(service)
                    .containsExactly(Map.of("name", "readWrite", "db", database));
            assertThat(Deploy.compose().environment(service))
                    .containsEntry("MONGODB_DATABASE", String.valueOf(database));
        }
    }

    /**
     * Whether a variable is there only to be put into another one's value by Kubernetes
     * ({@code $(NAME)}, e.g. the Redis password into the rediss:// URL): the application is not
     * meant to read it itself.
     */
    static boolean onlyComposesAnother(String variable, Map<String, Object> environment) {
        return environment.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(variable)
                        && e.getValue() instanceof String value
                        && value.contains("$(" + variable + ")"));
    }

    @Test
    void aVariableThatOnlyComposesAnotherIsNotTakenForASetting() {
        Map<String, Object> environment = Map.of(
                "GATEWAY_REDIS_PASSWORD",
                Map.of("secretKeyRef", Map.of("name", "gateway-redis")),
                "RATE_LIMIT_REDIS_URL",
                "rediss://:$(GATEWAY_REDIS_PASSWORD)@gateway-redis:6379");
        assertThat(onlyComposesAnother("GATEWAY_REDIS_PASSWORD", environment)).isTrue();
        assertThat(onlyComposesAnother("RATE_LIMIT_REDIS_URL", environment)).isFalse();
    }

    static List<String> unreadInCompose(Compose compose) {
        List<String> problems = new ArrayList<>();
        for (String service : compose.services().keySet()) {
            String application = compose.application(service, Deploy.applications());
            if (application == null) {
                continue;
            }
            ApplicationSettings settings = ApplicationSettings.of(application);
            for (String variable : compose.environment(service).keySet()) {
                String why = settings.whyNotRead(variable);
                if (why != null) {
                    problems.add("compose service " + service + ": " + why);
                }
            }
        }
        return problems;
    }

    static List<String> unreadInKubernetes(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        for (Workloads.Container container : Workloads.containers(resources)) {
            String application = container.application(Deploy.applications());
            if (application == null) {
                continue;
            }
            ApplicationSettings settings = ApplicationSettings.of(application);
            Map<String, Object> environment = Workloads.environment(container, resources);
            for (String variable : environment.keySet()) {
                if (onlyComposesAnother(variable, environment)) {
                    continue;
                }
                String why = settings.whyNotRead(variable);
                if (why != null) {
                    problems.add(container.describe() + ": " + why);
                }
            }
        }
        return problems;
    }
}
