package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The services run against a replica set and a Kafka cluster by configuration alone: each
 * service's own application.yml, given the environment the Compose stack passes it (a MongoDB
 * URI with three members and a three-broker bootstrap list), goes through Spring Boot's MongoDB
 * and Kafka auto-configuration to a driver that knows all three hosts, without any of them
 * existing (the clients connect lazily).
 */
class MultiHostConfigurationTest {

    static List<String> services() {
        return Deploy.services();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theMongoDriverKnowsEveryReplicaSetMemberFromTheComposeEnvironment(String service) {
        Map<String, Object> environment = new LinkedHashMap<>(Deploy.compose().environment(service));

        runner(service, environment).run(context -> {
            assertThat(context).hasNotFailed();
            ClusterSettings cluster =
                    context.getBean(MongoClient.class).getClusterDescription().getClusterSettings();
            assertThat(cluster.getHosts())
                    .containsExactly(
                            new ServerAddress("mongo1", 27017),
                            new ServerAddress("mongo2", 27017),
                            new ServerAddress("mongo3", 27017));
            assertThat(cluster.getRequiredReplicaSetName()).isEqualTo("rs0");
            assertThat(cluster.getMode()).isEqualTo(ClusterConnectionMode.MULTIPLE);
        });
    }

    @ParameterizedTest
    @MethodSource("services")
    void theKafkaProducerKnowsEveryBrokerFromTheComposeEnvironment(String service) {
        Map<String, Object> environment = new LinkedHashMap<>(Deploy.compose().environment(service));

        runner(service, environment).run(context -> {
            assertThat(context).hasNotFailed();
            ProducerConfig producer =
                    new ProducerConfig(context.getBean(ProducerFactory.class).getConfigurationProperties());
            assertThat(producer.getList(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG))
                    .containsExactly("kafka1:9092", "kafka2:9092", "kafka3:9092");
        });
    }

    @ParameterizedTest
    @MethodSource("services")
    void theProductionEnvironmentGivesATlsKafkaClientWithItsCertificateAndATlsReplicaSetConnection(String service) {
        List<Map<String, Object>> production = Deploy.production();
        Workloads.Container container = Workloads.containers(production).stream()
                .filter(c -> service.equals(c.application(Deploy.applications())))
                .findFirst()
                .orElseThrow();
        Map<String, Object> environment = new LinkedHashMap<>();
        Workloads.environment(container, production).forEach((name, value) -> {
            if (value instanceof String text) {
                environment.put(name, text);
            }
        });
        // What the operators write into the referenced Secrets, in the form they write it (the
        // MongoDB operator says ssl=true once the replica set has TLS enabled).
        environment.put(
                "MONGODB_URI",
                "mongodb://" + service
                        + ":pw@onewindow-mongodb-0.onewindow-mongodb-svc.onewindow.svc.cluster.local:27017,"
                        + "onewindow-mongodb-1.onewindow-mongodb-svc.onewindow.svc.cluster.local:27017,"
                        + "onewindow-mongodb-2.onewindow-mongodb-svc.onewindow.svc.cluster.local:27017/admin"
                        + "?replicaSet=onewindow-mongodb&ssl=true");
        environment.put("SPRING_KAFKA_SSL_KEY_STORE_PASSWORD", "pw");
        environment.put("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", "pw");
        // The JVM options are the container's, not this test JVM's.
        environment.remove("JAVA_TOOL_OPTIONS");

        runner(service, environment).run(context -> {
            assertThat(context).hasNotFailed();
            ClusterSettings cluster =
                    context.getBean(MongoClient.class).getClusterDescription().getClusterSettings();
            assertThat(cluster.getHosts()).hasSize(3);
            assertThat(cluster.getRequiredReplicaSetName()).isEqualTo("onewindow-mongodb");
            assertThat(mongoSettings(context).getSslSettings().isEnabled()).isTrue();
            Map<String, Object> producer =
                    context.getBean(ProducerFactory.class).getConfigurationProperties();
            assertThat(producer)
                    .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL")
                    .containsEntry(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12")
                    .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")
                    .containsEntry(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, "/etc/onewindow/kafka/client/user.p12")
                    .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, "/etc/onewindow/kafka/cluster-ca/ca.p12")
                    .doesNotContainKey(SaslConfigs.SASL_JAAS_CONFIG);
            assertThat(new ProducerConfig(producer).getList(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG))
                    .containsExactly("onewindow-kafka-kafka-bootstrap:9093");
        });
        // SPRING_MONGODB_SSL_ENABLED switches TLS on even if a connection string said otherwise.
        environment.put(
                "MONGODB_URI", String.valueOf(environment.get("MONGODB_URI")).replace("ssl=true", "ssl=false"));
        runner(service, environment)
                .run(context -> assertThat(
                                mongoSettings(context).getSslSettings().isEnabled())
                        .isTrue());
    }

    /** The driver settings Boot's customizers make (what MongoClientFactory gives the client). */
    private static MongoClientSettings mongoSettings(org.springframework.context.ApplicationContext context) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class)
                .orderedStream()
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Boot's MongoDB and Kafka auto-configuration on the service's application.yml and the given environment. */
    private static ApplicationContextRunner runner(String service, Map<String, Object> environment) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        SslAutoConfiguration.class, MongoAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withInitializer(context -> {
                    var sources = context.getEnvironment().getPropertySources();
                    sources.addFirst(new SystemEnvironmentPropertySource(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
                    applicationYaml(service).forEach(sources::addLast);
                });
    }

    private static List<PropertySource<?>> applicationYaml(String service) {
        try {
            return new YamlPropertySourceLoader()
                    .load(
                            service + "-application.yml",
                            new FileSystemResource(Repository.path(service + "/src/main/resources/application.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
