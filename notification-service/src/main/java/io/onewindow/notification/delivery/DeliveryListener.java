package io.onewindow.notification.delivery;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.notification.NoticeCreated;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the service's own {@code NoticeCreated} (group {@code notification-delivery}) and queues
 * each notice's deliveries: the inbox write stays as it is, and a notice stored by any path (events,
 * the reminder job) is delivered the same way, after its write is committed.
 */
@Component
class DeliveryListener {

    static final String GROUP = "notification-delivery";

    private final IdempotentConsumer consumer;
    private final EventDispatcher events;

    DeliveryListener(IdempotentConsumer consumer, EventCodec codec, DeliveryPlanning planning) {
        this.consumer = consumer;
        this.events = EventDispatcher.using(codec).on(NoticeCreated.class, e -> planning.plan(e.data()));
    }

    @KafkaListener(topics = Topics.NOTIFICATION, groupId = GROUP)
    void onNotification(ConsumerRecord<String, String> record) {
        consumer.apply(GROUP, record, events);
    }
}
