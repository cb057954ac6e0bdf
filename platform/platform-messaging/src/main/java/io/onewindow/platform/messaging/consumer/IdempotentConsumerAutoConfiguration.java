package io.onewindow.platform.messaging.consumer;

import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventCodecAutoConfiguration;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * Wires event consumption for a service with MongoDB and Kafka: an {@link IdempotentConsumer}
 * (and the TTL index of its markers), the dead-letter {@link CommonErrorHandler} that Boot's
 * listener container factory picks up, and per-record offset commits. Settings:
 * {@link ConsumerSettings}. A service that declares its own {@code CommonErrorHandler} keeps it.
 */
@AutoConfiguration(
        after = {EventCodecAutoConfiguration.class, KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(ConsumerSettings.class)
public class IdempotentConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    IdempotentConsumer idempotentConsumer(
            MongoTemplate mongo, EventCodec codec, ObjectProvider<Clock> clock, ConsumerSettings settings) {
        return new IdempotentConsumer(
                mongo, codec, clock.getIfAvailable(Clock::systemUTC), settings.processedEventsRetention());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    DeadLetteringErrorHandler kafkaErrorHandler(
            KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection, ConsumerSettings settings) {
        Map<String, Object> config = kafka.buildProducerProperties();
        KafkaConnectionDetails details = connection.getIfAvailable();
        if (details != null) {
            config.put(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    details.getProducer().getBootstrapServers());
            if (details.getProducer().getSecurityProtocol() != null) {
                config.put(
                        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                        details.getProducer().getSecurityProtocol());
            }
        }
        return DeadLetteringErrorHandler.create(config, settings);
    }

    @Bean
    static BeanPostProcessor recordAckModePostProcessor(Environment environment) {
        return new RecordAckMode(environment);
    }

    /**
     * With {@code onewindow.messaging.consumer.commit-per-record=true}, sets {@code AckMode.RECORD}
     * on listener container factories: each offset is committed right after its record's listener
     * returned, and a crash replays at most the record in progress. By default the containers keep
     * Spring Kafka's {@code AckMode.BATCH}: the offsets of a poll are committed once every record
     * of it was applied (handler write, then marker), so an offset is still never committed
     * before its write, and a crash replays at most one poll, which the markers make harmless.
     * Left alone when the service chose an ack mode itself ({@code spring.kafka.listener.ack-mode}).
     */
    static final class RecordAckMode implements BeanPostProcessor {

        private final Environment environment;

        RecordAckMode(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory && applies()) {
                factory.getContainerProperties().setAckMode(AckMode.RECORD);
            }
            return bean;
        }

        private boolean applies() {
            Binder binder = Binder.get(environment);
            boolean chosen =
                    binder.bind("spring.kafka.listener.ack-mode", String.class).isBound();
            boolean wanted = binder.bind("onewindow.messaging.consumer.commit-per-record", Boolean.class)
                    .orElse(false);
            return wanted && !chosen;
        }
    }
}
