package io.onewindow.platform.messaging.aggregate;

import io.micrometer.core.instrument.MeterRegistry;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxAutoConfiguration;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link AggregateStores} for a service with MongoDB and the outbox: stores wake the relay (when
 * the service has one) for the collection they wrote, after each write that recorded events. Settings: {@link AggregateSettings}.
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
@EnableConfigurationProperties(AggregateSettings.class)
public class AggregateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoTemplate.class, EventRecorder.class})
    AggregateStores aggregateStores(
            MongoTemplate mongo,
            EventRecorder recorder,
            ObjectProvider<OutboxRelay> relay,
            AggregateSettings settings,
            ObjectProvider<AggregateMetrics> metrics) {
        Consumer<String> wakeRelay = collection -> relay.ifAvailable(outbox -> outbox.wakeUp(collection));
        return new AggregateStores(
                mongo, recorder, wakeRelay, settings, metrics.getIfAvailable(() -> AggregateMetrics.NONE));
    }

    /** Counters when Micrometer is on the classpath and the service has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class AggregateMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        AggregateMetrics aggregateMetrics(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfUnique();
            return meters == null ? AggregateMetrics.NONE : new MicrometerAggregateMetrics(meters);
        }
    }
}
