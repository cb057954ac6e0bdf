package io.onewindow.platform.messaging.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.codec.EventCodecAutoConfiguration;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the outbox for a service that has MongoDB and Kafka: an {@link EventRecorder} stamped
 * {@code /onewindow/${spring.application.name}}, and, once the service declares at least one
 * {@link OutboxSource} bean, the {@link OutboxRelay} with its own idempotent producer. Settings:
 * {@link OutboxSettings}.
 */
@AutoConfiguration(
        after = {EventCodecAutoConfiguration.class, KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxAutoConfiguration {

    /** Only with a service name: without one there is no correct {@code source} to stamp. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("spring.application.name")
    EventRecorder eventRecorder(
            Environment environment,
            EventCodec codec,
            ObjectProvider<Clock> clock,
            ObjectProvider<OutboxHeaders> headers) {
        return new EventRecorder(
                EventRecorder.sourceOf(environment.getProperty("spring.application.name")),
                clock.getIfAvailable(Clock::systemUTC),
                codec,
                headers.getIfAvailable(() -> OutboxHeaders.NONE));
    }

    @Bean
    @ConditionalOnBean({MongoTemplate.class, KafkaTemplate.class, OutboxSource.class})
    KafkaOutboxPublisher outboxPublisher(
            KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection, OutboxSettings settings) {
        Map<String, Object> base = kafka.buildProducerProperties();
        KafkaConnectionDetails details = connection.getIfAvailable();
        if (details != null) {
            // Same servers as Boot's own producer, also when they come from a service connection.
            base.put(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    details.getProducer().getBootstrapServers());
            if (details.getProducer().getSecurityProtocol() != null) {
                base.put(
                        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                        details.getProducer().getSecurityProtocol());
            }
        }
        return new KafkaOutboxPublisher(KafkaOutboxPublisher.producerConfig(base, settings.sendTimeout()));
    }

    @Bean
    @ConditionalOnBean({MongoTemplate.class, KafkaTemplate.class, OutboxSource.class})
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            ObjectProvider<OutboxSource> sources,
            KafkaOutboxPublisher publisher,
            OutboxSettings settings,
            ObjectProvider<OutboxMetrics> metrics) {
        return new OutboxRelay(
                mongo,
                sources.orderedStream().toList(),
                publisher,
                settings,
                // Claims and back-off measure real time between instances, never the business
                // clock: a test that moves the service's Clock must not make claims look expired.
                Clock.systemUTC(),
                metrics.getIfAvailable(() -> OutboxMetrics.NONE));
    }

    /** Meters when Micrometer is on the classpath and the service has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class OutboxMetricsConfiguration {

        @Bean
        @ConditionalOnBean(OutboxSource.class)
        OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfUnique();
            return meters == null ? OutboxMetrics.NONE : new MicrometerOutboxMetrics(meters);
        }
    }

    /** With Micrometer Tracing present, each entry carries the trace of the request that caused it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
    static class TraceHeadersConfiguration {

        @Bean
        @ConditionalOnMissingBean
        OutboxHeaders outboxHeaders(
                ObjectProvider<io.micrometer.tracing.Tracer> tracer,
                ObjectProvider<io.micrometer.tracing.propagation.Propagator> propagator) {
            return () -> {
                io.micrometer.tracing.Tracer currentTracer = tracer.getIfAvailable();
                io.micrometer.tracing.propagation.Propagator currentPropagator = propagator.getIfAvailable();
                if (currentTracer == null || currentPropagator == null) {
                    return Map.of();
                }
                return new TraceContextOutboxHeaders(currentTracer, currentPropagator).current();
            };
        }
    }
}
