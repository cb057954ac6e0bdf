package io.onewindow.notification.intake;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The consumers of the other services' topics, one group each: each event applied once
 * ({@link IdempotentConsumer}: the notices first, the processed-event marker after them, the offset
 * committed after both).
 */
@Component
class NotificationListeners {

    static final String APPOINTMENT = "notification-appointment";
    static final String APPROVAL = "notification-approval";
    static final String LICENSE = "notification-license";
    static final String SUPERVISION = "notification-supervision";

    private final IdempotentConsumer consumer;
    private final NotificationEvents events;

    NotificationListeners(IdempotentConsumer consumer, NotificationEvents events) {
        this.consumer = consumer;
        this.events = events;
    }

    @KafkaListener(topics = Topics.APPOINTMENT, groupId = APPOINTMENT)
    void onAppointment(ConsumerRecord<String, String> record) {
        consumer.apply(APPOINTMENT, record, events.appointment());
    }

    @KafkaListener(topics = Topics.APPROVAL, groupId = APPROVAL)
    void onApproval(ConsumerRecord<String, String> record) {
        consumer.apply(APPROVAL, record, events.approval());
    }

    @KafkaListener(topics = Topics.LICENSE, groupId = LICENSE)
    void onLicense(ConsumerRecord<String, String> record) {
        consumer.apply(LICENSE, record, events.license());
    }

    @KafkaListener(topics = Topics.SUPERVISION, groupId = SUPERVISION)
    void onSupervision(ConsumerRecord<String, String> record) {
        consumer.apply(SUPERVISION, record, events.supervision());
    }
}
