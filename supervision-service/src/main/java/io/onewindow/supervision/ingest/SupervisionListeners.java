package io.onewindow.supervision.ingest;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import io.onewindow.supervision.config.SupervisionSettings;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * The live consumers of the other services' topics: each event applied once per consumer. The
 * approval topic, which carries the case events, is read a poll at a time: its case events are
 * applied as a batch ({@link CaseEventBatch}, {@code onewindow.supervision.batch-projection}),
 * with the same result as one after the other; the appointment and license topics one record at a
 * time.
 */
@Component
class SupervisionListeners {

    static final String APPROVAL = "supervision-approval";
    static final String APPOINTMENT = "supervision-appointment";
    static final String LICENSE = "supervision-license";

    private final IdempotentConsumer consumer;
    private final SupervisionEvents events;
    private final CaseEventBatch caseEvents;
    private final boolean batchProjection;

    SupervisionListeners(
            IdempotentConsumer consumer,
            SupervisionEvents events,
            CaseEventBatch caseEvents,
            SupervisionSettings settings) {
        this.consumer = consumer;
        this.events = events;
        this.caseEvents = caseEvents;
        this.batchProjection = settings.batchProjection();
    }

    @KafkaListener(topics = Topics.APPROVAL, groupId = APPROVAL, batch = "true")
    void onApproval(List<ConsumerRecord<String, String>> records) {
        if (batchProjection) {
            consumer.applyBatch(APPROVAL, records, events.approval(), caseEvents);
            return;
        }
        for (ConsumerRecord<String, String> record : records) {
            try {
                consumer.apply(APPROVAL, record, events.approval());
            } catch (RuntimeException e) {
                // The records before it are applied: the error handler retries and dead-letters this one.
                throw new BatchListenerFailedException(
                        APPROVAL + ": record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                                + " failed",
                        e,
                        record);
            }
        }
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
