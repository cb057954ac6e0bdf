package io.onewindow.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Apache Kafka broker (KRaft mode, in-process) per test JVM, shared by every test
 * class. Topics are created by the code under test or auto-created on first use.
 */
public final class SharedKafkaBroker {

    private static volatile EmbeddedKafkaBroker broker;

    private SharedKafkaBroker() {}

    /** The broker of this JVM, started on first use. */
    public static EmbeddedKafkaBroker shared() {
        if (broker == null) {
            synchronized (SharedKafkaBroker.class) {
                if (broker == null) {
                    EmbeddedKafkaKraftBroker kraft = new EmbeddedKafkaKraftBroker(1, 3);
                    kraft.brokerProperty("auto.create.topics.enable", "true");
                    kraft.afterPropertiesSet();
                    Runtime.getRuntime().addShutdownHook(new Thread(kraft::destroy, "kafka-test-broker-stop"));
                    broker = kraft;
                }
            }
        }
        return broker;
    }

    /** {@code host:port} list for {@code bootstrap.servers}. */
    public static String bootstrapServers() {
        return shared().getBrokersAsString();
    }
}
