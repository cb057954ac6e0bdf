package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In production nothing talks to Kafka, MongoDB, Keycloak or the gateway's Redis in plain text
 * inside the cluster: each server offers TLS only (its certificate from cert-manager or Strimzi,
 * never a key in the repository), and each client is configured for TLS.
 */
class InClusterTlsTest {

    private static final Pattern PLAIN_KEYCLOAK = Pattern.compile("http://keycloak[^\\s,]*");

    @Test
    void productionHasNoPlaintextListenerOrAddressForKafkaMongoKeycloakOrRedis() {
        assertThat(plaintextProblems(Deploy.production())).isEmpty();
    }

    @Test
    void refusesPlaintextServersAndClients() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("tls/plaintext.yaml"));

        assertThat(plaintextProblems(fixture))
                .containsExactlyInAnyOrder(
                        "Kafka onewindow-kafka: listener plain on port 9092 is plaintext",
                        "Kafka onewindow-kafka: listener plain authenticates clients by scram-sha-512, not their"
                                + " TLS client certificates",
                        "MongoDBCommunity onewindow-mongodb: TLS is not enabled",
                        "Keycloak keycloak: plain HTTP is enabled",
                        "Keycloak keycloak: no certificate (http.tlsSecret) from a cert-manager Certificate",
                        "Deployment/gateway-redis container redis: Redis keeps its plaintext port (no --port 0)",
                        "Deployment/gateway-redis container redis: Redis has no --tls-port",
                        "Deployment/gateway container app: RATE_LIMIT_REDIS_URL is not rediss://",
                        "Deployment/gateway container app: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI="
                                + "http://keycloak-service:8080/realms/onewindow/protocol/openid-connect/certs is"
                                + " plain HTTP to Keycloak",
                        "Deployment/appointment-service container app: Kafka security protocol SASL_PLAINTEXT, not SSL",
                        "Deployment/appointment-service container app: no Kafka client certificate"
                                + " (SPRING_KAFKA_SSL_KEY_STORE_LOCATION)",
                        "Deployment/appointment-service container app: KAFKA_BOOTSTRAP_SERVERS port 9092 is no TLS"
                                + " listener of Kafka",
                        "Deployment/appointment-service container app: MongoDB without TLS (MONGODB_URI says ssl=false)",
                        "Deployment/console container app: KEYCLOAK_ISSUER_URI=http://sso.onewindow.example/realms/onewindow"
                                + " is not https");
    }

    static List<String> plaintextProblems(List<Map<String, Object>> resources) {
        List<String> problems = new ArrayList<>();
        Set<String> certificates = new LinkedHashSet<>();
        Kustomize.ofKind(resources, "Certificate").forEach(c -> certificates.add(Yaml.at(c, "spec.secretName")));

        Set<String> tlsPorts = new LinkedHashSet<>();
        for (Map<String, Object> kafka : Kustomize.ofKind(resources, "Kafka")) {
            String where = "Kafka " + Kustomize.name(kafka);
            for (Map<String, Object> listener : Yaml.maps(Yaml.at(kafka, "spec.kafka.listeners"))) {
                String name = String.valueOf(listener.get("name"));
                if (!Boolean.TRUE.equals(listener.get("tls"))) {
                    problems.add(where + ": listener " + name + " on port " + listener.get("port") + " is plaintext");
                } else {
                    tlsPorts.add(String.valueOf(listener.get("port")));
                }
                Object authentication = Yaml.at(listener, "authentication.type");
                if (!"tls".equals(authentication)) {
                    problems.add(where + ": listener " + name + " authenticates clients by " + authentication
                            + ", not their TLS client certificates");
                }
            }
        }
        for (Map<String, Object> mongo : Kustomize.ofKind(resources, "MongoDBCommunity")) {
            String where = "MongoDBCommunity " + Kustomize.name(mongo);
            Map<String, Object> tls = Yaml.map(Yaml.at(mongo, "spec.security.tls"));
            if (!Boolean.TRUE.equals(tls.get("enabled"))) {
                problems.add(where + ": TLS is not enabled");
            } else {
                if (Boolean.TRUE.equals(tls.get("optional"))) {
                    problems.add(where + ": TLS is optional, so plaintext connections are still accepted");
                }
                if (!certificates.contains(Yaml.at(tls, "certificateKeySecretRef.name"))) {
                    problems.add(where + ": no certificate (certificateKeySecretRef) from a cert-manager Certificate");
                }
            }
        }
        for (Map<String, Object> keycloak : Kustomize.ofKind(resources, "Keycloak")) {
            String where = "Keycloak " + Kustomize.name(keycloak);
            if (!Boolean.FALSE.equals(Yaml.at(keycloak, "spec.http.httpEnabled"))) {
                problems.add(where + ": plain HTTP is enabled");
            }
            if (!certificates.contains(Yaml.at(keycloak, "spec.http.tlsSecret"))) {
                problems.add(where + ": no certificate (http.tlsSecret) from a cert-manager Certificate");
            }
        }
        for (Workloads.Container container : Workloads.containers(resources)) {
            if (container.image().contains("redis")) {
                List<String> args = Yaml.list(container.spec().get("args")).stream()
                        .map(String::valueOf)
                        .toList();
                int port = args.indexOf("--port");
                if (port < 0 || port + 1 >= args.size() || !"0".equals(args.get(port + 1))) {
                    problems.add(container.describe() + ": Redis keeps its plaintext port (no --port 0)");
                }
                if (!args.contains("--tls-port")) {
                    problems.add(container.describe() + ": Redis has no --tls-port");
                }
            }
            if (container.application(Deploy.applications()) == null) {
                continue;
            }
            Map<String, Object> environment = Workloads.environment(container, resources);
            clientProblems(container.describe(), environment, tlsPorts, problems);
        }
        return problems;
    }

    private static void clientProblems(
            String where, Map<String, Object> environment, Set<String> tlsPorts, List<String> problems) {
        environment.forEach((name, value) -> {
            if (value instanceof String text) {
                Matcher plain = PLAIN_KEYCLOAK.matcher(text);
                if (plain.find()) {
                    problems.add(where + ": " + name + "=" + text + " is plain HTTP to Keycloak");
                }
            }
        });
        // The console logs users in at the issuer: its client secret and the users' codes and tokens
        // travel to the endpoints under it.
        if (environment.get("KEYCLOAK_ISSUER_URI") instanceof String issuer && !issuer.startsWith("https://")) {
            problems.add(where + ": KEYCLOAK_ISSUER_URI=" + issuer + " is not https");
        }
        if ("redis".equals(environment.get("RATE_LIMIT_STORE"))
                && !(environment.get("RATE_LIMIT_REDIS_URL") instanceof String url && url.startsWith("rediss://"))) {
            problems.add(where + ": RATE_LIMIT_REDIS_URL is not rediss://");
        }
        if (environment.get("KAFKA_BOOTSTRAP_SERVERS") instanceof String bootstrap) {
            Object protocol = environment.get("SPRING_KAFKA_SECURITY_PROTOCOL");
            if (!"SSL".equals(protocol)) {
                problems.add(where + ": Kafka security protocol " + protocol + ", not SSL");
            }
            if (environment.get("SPRING_KAFKA_SSL_KEY_STORE_LOCATION") == null) {
                problems.add(where + ": no Kafka client certificate (SPRING_KAFKA_SSL_KEY_STORE_LOCATION)");
            }
            for (String server : bootstrap.split(",")) {
                String port = server.substring(server.lastIndexOf(':') + 1).strip();
                if (!tlsPorts.contains(port)) {
                    problems.add(where + ": KAFKA_BOOTSTRAP_SERVERS port " + port + " is no TLS listener of Kafka");
                }
            }
        }
        Object mongo = environment.get("MONGODB_URI");
        if (mongo != null) {
            String uri = mongo instanceof String text ? text.toLowerCase(Locale.ROOT) : "";
            if (uri.contains("ssl=false") || uri.contains("tls=false")) {
                problems.add(where + ": MongoDB without TLS (MONGODB_URI says "
                        + (uri.contains("ssl=false") ? "ssl" : "tls") + "=false)");
            } else if (!uri.contains("ssl=true")
                    && !uri.contains("tls=true")
                    && !"true".equals(String.valueOf(environment.get("SPRING_MONGODB_SSL_ENABLED")))) {
                problems.add(where
                        + ": MongoDB without TLS (neither tls=true in MONGODB_URI nor SPRING_MONGODB_SSL_ENABLED)");
            }
        }
    }
}
