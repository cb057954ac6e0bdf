package io.onewindow.approval.agency;

import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.appointment.AgencyReinstated;
import io.onewindow.platform.events.appointment.AgencySuspended;
import io.onewindow.platform.events.appointment.AgentEnrolled;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to appointment-service's agency register (enrolments, bars, mandates) and hands each
 * event to {@link AgencyRegister}. Its own consumer group reads the topic from the beginning the
 * first time, so a new instance builds the whole copy; the idempotent consumer skips redeliveries
 * and every write is an upsert by the register's ids.
 */
@Component
class AppointmentEvents {

    static final String CONSUMER = "approval-agency-register";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    AppointmentEvents(IdempotentConsumer consumer, EventCodec codec, AgencyRegister register) {
        this.consumer = consumer;
        this.dispatcher = EventDispatcher.using(codec)
                .on(AgentEnrolled.class, e -> register.enrolled(e.data()))
                .on(AgencySuspended.class, e -> register.suspended(e.data()))
                .on(AgencyReinstated.class, e -> register.reinstated(e.data()))
                .on(MandateGranted.class, e -> register.granted(e.data()))
                .on(MandateRevoked.class, e -> register.revoked(e.data()));
    }

    @KafkaListener(
            topics = Topics.APPOINTMENT,
            groupId = CONSUMER,
            autoStartup = ApprovalSettings.CONSUME_AGENCY_REGISTER)
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
