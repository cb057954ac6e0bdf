package io.onewindow.approval.servicepoint;

import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.ServicePointRecorded;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to appointment-service's service point registry ({@code ServicePointRecorded}) and hands
 * each event to {@link KnownServicePoints}. Its own consumer group reads the topic from the
 * beginning the first time, so a new instance learns every point; redeliveries are skipped and an
 * older version arriving late changes nothing.
 */
@Component
class ServicePointEvents {

    static final String CONSUMER = "approval-known-service-points";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    ServicePointEvents(IdempotentConsumer consumer, EventCodec codec, KnownServicePoints points) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec).on(ServicePointRecorded.class, e -> points.recorded(e.data()));
    }

    @KafkaListener(
            topics = Topics.APPOINTMENT,
            groupId = CONSUMER,
            autoStartup = ApprovalSettings.CONSUME_SERVICE_POINTS)
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
