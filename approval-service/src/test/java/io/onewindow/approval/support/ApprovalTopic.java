package io.onewindow.approval.support;

import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Reads what really arrived on {@code onewindow.approval.events}, for one key, as a consumer sees it:
 * delivery is at-least-once, so a redelivered event (same CloudEvents id) counts once.
 */
public final class ApprovalTopic {

    private static final EventCodec CODEC = new EventCodec();

    private ApprovalTopic() {}

    /** The events keyed {@code key}, in topic order, once at least {@code expected} have arrived (or 20 s passed). */
    public static List<EventEnvelope<JsonNode>> eventsFor(String key, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<EventEnvelope<JsonNode>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            // Assigned, not subscribed: no consumer group to join, so no rebalance delay per read.
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(Topics.APPROVAL).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        EventEnvelope<JsonNode> event = CODEC.read(record.value());
                        if (seen.add(event.id())) {
                            found.add(event);
                        }
                    }
                }
            }
        }
        return found;
    }

    public static List<String> typesFor(String key, int expected) {
        return eventsFor(key, expected).stream()
                .map(e -> e.type().replace("onewindow.approval.", "").replaceFirst("\\.v[0-9]+$", ""))
                .toList();
    }
}
