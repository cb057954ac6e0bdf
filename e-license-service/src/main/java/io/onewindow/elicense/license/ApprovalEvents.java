package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to approval-service: an approved case of a license-producing matter gets its license,
 * once approval-service confirms the case ({@link Issuance#issueForApprovedCase}). Reads
 * {@code ApplicationApproved.v2} and, for events written before the rollover, {@code v1} into the
 * same record (its holder fields are not used: the holder data comes from approval-service). The
 * idempotent consumer skips redelivered events; the unique case id on licenses covers the rest (a
 * replay after a crash, or the same event on two instances at once). approval-service not answering
 * throws, so the platform's listener error handler retries the event and finally dead-letters it
 * to {@code onewindow.approval.events.DLT}; no marker is written, so a replay from there issues.
 */
@Component
class ApprovalEvents {

    static final String CONSUMER = "e-license-issuance";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    ApprovalEvents(IdempotentConsumer consumer, EventCodec codec, Issuance issuance) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec)
                .on(ApplicationApproved.class, event -> issuance.issueForApprovedCase(event.data()))
                .on(
                        ApplicationApproved.V1_TYPE,
                        ApplicationApproved.class,
                        event -> issuance.issueForApprovedCase(event.data()));
    }

    @KafkaListener(
            topics = Topics.APPROVAL,
            groupId = "${spring.application.name}",
            autoStartup = "#{@'" + LicenseSettings.BEAN + "'.consumeApprovals()}")
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
