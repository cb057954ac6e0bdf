package io.onewindow.appointment.calendar;

import io.onewindow.platform.calendar.spring.OfficialYearAdoption;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventDispatcher;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to approval-service for official calendar years ({@code CalendarYearPublished}, entered
 * and confirmed by two platform-admins): the year is recorded in this service's database, the
 * working-day calendar counts on it from then on, and {@link OfficialCalendarSlots} closes the
 * days it made off. Every other approval event is ignored (not even marked). The idempotent
 * consumer skips a redelivered event; the store and the recomputation are idempotent too, so a
 * re-published year changes nothing. Off with {@code onewindow.appointment.consume-approvals=false}.
 */
@Component
class ApprovalEvents {

    static final String CONSUMER = "appointment-calendar";

    private final IdempotentConsumer consumer;
    private final EventDispatcher dispatcher;

    ApprovalEvents(IdempotentConsumer consumer, EventCodec codec, OfficialYearAdoption adoption) {
        this.consumer = consumer;
        this.dispatcher =
                EventDispatcher.using(codec).on(CalendarYearPublished.class, event -> adoption.adopt(event.data()));
    }

    @KafkaListener(
            topics = Topics.APPROVAL,
            groupId = "${spring.application.name}",
            autoStartup = "${onewindow.appointment.consume-approvals:true}")
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(CONSUMER, record, dispatcher);
    }
}
