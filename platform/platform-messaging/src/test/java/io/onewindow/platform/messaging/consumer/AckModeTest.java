package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.mock.env.MockEnvironment;

class AckModeTest {

    @Test
    void byDefaultTheOffsetsOfAPollAreCommittedOnceAllItsRecordsWereApplied() {
        assertThat(ackModeWith(new MockEnvironment())).isEqualTo(AckMode.BATCH);
    }

    @Test
    void commitPerRecordIsAnOptIn() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("onewindow.messaging.consumer.commit-per-record", "true");

        assertThat(ackModeWith(environment)).isEqualTo(AckMode.RECORD);
    }

    @Test
    void anAckModeTheServiceChoseItselfIsLeftAlone() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("onewindow.messaging.consumer.commit-per-record", "true")
                .withProperty("spring.kafka.listener.ack-mode", "manual");
        ConcurrentKafkaListenerContainerFactory<String, String> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.getContainerProperties().setAckMode(AckMode.MANUAL);

        new IdempotentConsumerAutoConfiguration.RecordAckMode(environment)
                .postProcessAfterInitialization(factory, "kafkaListenerContainerFactory");

        assertThat(factory.getContainerProperties().getAckMode()).isEqualTo(AckMode.MANUAL);
    }

    private static AckMode ackModeWith(MockEnvironment environment) {
        ConcurrentKafkaListenerContainerFactory<String, String> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        new IdempotentConsumerAutoConfiguration.RecordAckMode(environment)
                .postProcessAfterInitialization(factory, "kafkaListenerContainerFactory");
        return factory.getContainerProperties().getAckMode();
    }
}
