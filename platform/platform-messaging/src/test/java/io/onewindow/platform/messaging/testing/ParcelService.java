package io.onewindow.platform.messaging.testing;

import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/**
 * A minimal service as the outbox sees one: auto-configuration plus one {@link OutboxSource}
 * bean ({@code parcels.collection} published to {@code parcels.topic}). Nothing else is declared:
 * the relay, its producer and the recorder come from the module's auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ParcelService {

    @Bean
    OutboxSource parcelsOutbox(
            @Value("${parcels.collection}") String collection, @Value("${parcels.topic}") String topic) {
        return OutboxSource.of(collection, topic);
    }

    @Bean
    NewTopic parcelsTopic(@Value("${parcels.topic}") String topic) {
        return TopicBuilder.name(topic).partitions(3).replicas(1).build();
    }
}
