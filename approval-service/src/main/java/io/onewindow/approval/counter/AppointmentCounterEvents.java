package io.onewindow.approval.counter;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.StaffAssignmentsRecorded;
import io.onewindow.platform.events.appointment.TicketIssued;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to appointment-service for the counter: queue tickets issued at the halls and where window
 * officers are posted. Its own consumer group reads the topic from the beginning the first time; the
 * idempotent consumer skips redeliveries and the stores ignore what they hold already.
 */
@Component
class AppointmentCounterEvents {

    static final String CONSUMER = "approval-counter";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    AppointmentCounterEvents(IdempotentConsumer consumer, EventCodec codec, Counter counter) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec)
                .on(TicketIssued.class, e -> counter.ticketIssued(e.data(), e.time()))
                .on(StaffAssignmentsRecorded.class, e -> counter.staffRecorded(e.data()));
    }

    @KafkaListener(topics = Topics.APPOINTMENT, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
