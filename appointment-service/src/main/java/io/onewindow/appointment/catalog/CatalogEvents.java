package io.onewindow.appointment.catalog;

import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to approval-service for published matter versions ({@code MatterVersionPublished}) and
 * keeps the latest per matter ({@link PublishedMatters}); every other approval event is ignored. Its
 * own consumer group ({@code appointment-service-catalog}) and consumer name, beside the calendar's
 * listener on the same topic. Off with {@code onewindow.appointment.consume-catalog=false}.
 */
@Component
class CatalogEvents {

    static final String CONSUMER = "appointment-catalog";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    CatalogEvents(IdempotentConsumer consumer, EventCodec codec, PublishedMatters matters) {
        this.consumer = consumer;
        this.dispatcher =
                EventDispatcher.using(codec).on(MatterVersionPublished.class, event -> matters.published(event.data()));
    }

    @KafkaListener(
            topics = Topics.APPROVAL,
            groupId = "${spring.application.name}-catalog",
            autoStartup = "#{@'" + AppointmentSettings.BEAN + "'.consumeCatalog()}")
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
