package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.notification.webhook.domain.WebhookEventTypes;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.messaging.consumer.EventHandler;
import io.onewindow.platform.messaging.consumer.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The webhooks' own consumer of approval's and e-license's topics (group {@value #GROUP}, apart from the
 * inbox's): every subscribable event becomes deliveries ({@link WebhookIntake}); {@code DepartmentRecorded}
 * tells which client is a department's partner system. Each event applied once ({@link
 * IdempotentConsumer}), and the deliveries' ids make a replay harmless besides.
 */
@Component
class WebhookEvents implements EventHandler {

    static final String GROUP = "notification-webhooks";
    private static final String DEPARTMENT_RECORDED =
            DepartmentRecorded.class.getAnnotation(EventType.class).value();

    private final IdempotentConsumer consumer;
    private final WebhookIntake intake;
    private final EventCodec codec;

    WebhookEvents(IdempotentConsumer consumer, WebhookIntake intake, EventCodec codec) {
        this.consumer = consumer;
        this.intake = intake;
        this.codec = codec;
    }

    @KafkaListener(
            topics = {Topics.APPROVAL, Topics.LICENSE},
            groupId = GROUP)
    void on(ConsumerRecord<String, String> record) {
        consumer.apply(GROUP, record, this);
    }

    @Override
    public boolean handles(String type) {
        return WebhookEventTypes.isSubscribable(type) || DEPARTMENT_RECORDED.equals(type);
    }

    @Override
    public void handle(EventEnvelope<JsonNode> event) {
        if (DEPARTMENT_RECORDED.equals(event.type())) {
            intake.departmentRecorded(
                    codec.dataAs(event, DepartmentRecorded.class).data());
            return;
        }
        JsonNode data = event.data();
        String subjectField = WebhookEventTypes.isCaseEvent(event.type()) ? "caseNumber" : "identifier";
        String subject = text(data, subjectField);
        intake.accept(
                text(data, "department"),
                new WebhookDelivery.CloudEvent(
                        event.id(),
                        event.source(),
                        event.type(),
                        subject == null ? event.subject() : subject,
                        event.time(),
                        data.toString()));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
