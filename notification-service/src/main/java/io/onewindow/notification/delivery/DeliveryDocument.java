package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** A delivery as stored (id: notice id + channel, name-based), with its version and outbox. */
@Document(DeliveryDocument.COLLECTION)
@CompoundIndexes({
    @CompoundIndex(name = "due", def = "{'delivery.state': 1, 'delivery.dueAt': 1}"),
    @CompoundIndex(name = "cause", def = "{'delivery.causeEventId': 1}"),
    @CompoundIndex(name = "notice", def = "{'delivery.noticeId': 1}"),
    @CompoundIndex(name = "provider-message", def = "{'delivery.provider': 1, 'delivery.providerMessageId': 1}"),
    @CompoundIndex(name = "sent-per-day", def = "{'delivery.channel': 1, 'delivery.sentAt': 1}")
})
class DeliveryDocument {

    static final String COLLECTION = "deliveries";

    @Id
    String id;

    Delivery delivery;

    Instant createdAt;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    DeliveryDocument() {}

    DeliveryDocument(Delivery delivery, long version, List<OutboxEntry> outbox) {
        this.id = delivery.id();
        this.delivery = delivery;
        this.createdAt = delivery.createdAt();
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
