package io.onewindow.appointment.queue;

import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.VisitAttached;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to approval-service for cases received from hall visits ({@code ApplicationSubmitted} with a
 * {@code ticketId}) and visits attached to cases filed online ({@code VisitAttached}): the visit's
 * ticket shows its case, and, for a linked filing (several cases, one per department, sharing the
 * ticket and a {@code linkedNumber}), the linked number and every case once. Every other approval event
 * is ignored. Its own consumer group; the idempotent consumer skips redeliveries. Off with {@code
 * onewindow.appointment.consume-visit-cases=false}.
 */
@Component
class ApprovalCaseEvents {

    static final String CONSUMER = "appointment-visit-cases";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    ApprovalCaseEvents(IdempotentConsumer consumer, EventCodec codec, QueueDesk queue) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec)
                .on(ApplicationSubmitted.class, e -> {
                    ApplicationSubmitted submitted = e.data();
                    if (submitted.ticketId() != null) {
                        queue.visitBecameCase(
                                submitted.ticketId(),
                                submitted.caseId(),
                                submitted.caseNumber(),
                                submitted.matterCode(),
                                submitted.linkedNumber());
                    }
                })
                .on(
                        VisitAttached.class,
                        e -> queue.visitBecameCase(
                                e.data().ticketId(),
                                e.data().caseId(),
                                e.data().caseNumber(),
                                e.data().matterCode(),
                                null));
    }

    @KafkaListener(
            topics = Topics.APPROVAL,
            groupId = "${spring.application.name}-visit-cases",
            autoStartup = "#{@'" + AppointmentSettings.BEAN + "'.consumeVisitCases()}")
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
