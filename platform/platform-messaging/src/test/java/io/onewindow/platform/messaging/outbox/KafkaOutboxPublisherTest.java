package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaOutboxPublisherTest {

    @Test
    void forcesTheIdempotentProducerWhateverTheServiceConfigured() {
        Map<String, Object> config = KafkaOutboxPublisher.producerConfig(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                        ProducerConfig.ACKS_CONFIG, "1",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, "some.JsonSerializer",
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "10",
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-"),
                Duration.ofSeconds(10));

        assertThat(config)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5")
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void boundsEveryBrokerWaitBySendTimeout() {
        Map<String, Object> config = KafkaOutboxPublisher.producerConfig(Map.of(), Duration.ofSeconds(4));

        assertThat(config)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "4000")
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
    }

    @Test
    void sendsWithoutLingeringUnlessLingerIsSetExplicitly() {
        assertThat(KafkaOutboxPublisher.producerConfig(Map.of(), Duration.ofSeconds(10)))
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "0");
        assertThat(KafkaOutboxPublisher.producerConfig(
                        Map.of(ProducerConfig.LINGER_MS_CONFIG, 20), Duration.ofSeconds(10)))
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20");
    }

    @Test
    void keepsExplicitTimeoutsButNeverADeliveryTimeoutKafkaWouldRefuse() {
        Map<String, Object> config = KafkaOutboxPublisher.producerConfig(
                Map.of(
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30000,
                        ProducerConfig.LINGER_MS_CONFIG, 20,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 7000),
                Duration.ofSeconds(10));

        assertThat(config)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 7000)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30020");
    }
}
