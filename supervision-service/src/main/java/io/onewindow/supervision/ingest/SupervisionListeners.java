package io.onewindow.supervision.ingest;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The live consumers of the other services' topics: each event applied once per consumer. */
@Component
class SupervisionListeners {

    static final String APPROVAL = "supervision-approval";
    static final String APPOINTMENT = "supervision-appointment";
    static final String LICENSE = "supervision-license";

    private final IdempotentConsumer consumer;
    private final SupervisionEvents events;

    SupervisionListeners(IdempotentConsumer consumer, SupervisionEvents events) {
        this.consumer = consumer;
        this.events = events;
    }

    @KafkaListener(topics = Topics.APPROVAL, groupId = APPROVAL)
    void onApproval(ConsumerRecord<String, String> record) {
        consumer.apply(APPROVAL, record, events.approval());
    }

    @KafkaListener(topics = Topics.APPOINTMENT, groupId = APPOINTMENT)
    void onAppointment(ConsumerRecord<String, String> record) {
        consumer.apply(APPOINTMENT, record, events.appointment());
    }

    @KafkaListener(topics = Topics.LICENSE, groupId = LICENSE)
    void onLicense(ConsumerRecord<String, String> record) {
        consumer.apply(LICENSE, record, events.license());
    }
}
