package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** A webhook delivery as stored (id: the delivery id), with its version and outbox. */
@Document(WebhookDeliveryDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "due", def = "{'delivery.state': 1, 'delivery.nextAttemptAt': 1}"),
    @CompoundIndex(
            name = "partner-log",
            def = "{'delivery.partnerClientId': 1, 'delivery.department': 1, 'delivery.createdAt': -1}")
})
class WebhookDeliveryDocument {

    static final String COLLECTION = "webhook_deliveries";

    @Id
    String id;

    WebhookDelivery delivery;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    WebhookDeliveryDocument() {}

    WebhookDeliveryDocument(WebhookDelivery delivery, long version, List<OutboxEntry> outbox) {
        this.id = delivery.id();
        this.delivery = delivery;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
