package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three KRaft nodes as processes: a topic created on first use is replicated to all three with
 * {@code min.insync.replicas=2}; with one node killed ({@code kill -9}) an {@code acks=all},
 * idempotent producer still writes and nothing written is lost; the node comes back in sync.
 */
class KafkaClusterProcessesIT {

    @TempDir
    Path work;

    @Test
    void survivesTheLossOfOneNodeAndTakesItBack() throws Exception {
        try (KafkaClusterProcesses cluster = KafkaClusterProcesses.builder(work).start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
                KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
            String topic = "cluster-test";
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                send(producer, topic, "before-" + i, sent);
            }

            TopicDescription described =
                    admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
            assertThat(described.partitions()).hasSize(3);
            assertThat(described.partitions())
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            Config config = admin.describeConfigs(Set.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                    .all()
                    .get()
                    .values()
                    .iterator()
                    .next();
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");

            int victim = described.partitions().get(0).leader().id();
            cluster.kill(victim);
            assertThat(cluster.running(victim)).isFalse();
            for (int i = 0; i < 30; i++) {
                send(producer, topic, "during-" + i, sent);
            }

            cluster.restart(victim);
            for (int i = 0; i < 10; i++) {
                send(producer, topic, "after-" + i, sent);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!allInSync(admin, topic) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(allInSync(admin, topic)).as("every replica back in sync").isTrue();

            List<String> read = TopicReader.readAll(cluster.bootstrapServers(), topic).stream()
                    .map(ConsumerRecord::value)
                    .toList();
            assertThat(read).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    private static boolean allInSync(Admin admin, String topic) throws Exception {
        TopicDescription described =
                admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
        for (TopicPartitionInfo partition : described.partitions()) {
            if (partition.isr().size() != 3) {
                return false;
            }
        }
        return true;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String value, List<String> sent)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, value, value)).get(60, TimeUnit.SECONDS);
        sent.add(value);
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(config);
    }
}
