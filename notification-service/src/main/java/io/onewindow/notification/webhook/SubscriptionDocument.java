package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A webhook subscription as stored (id: the subscription id), with its version and outbox. */
@Document(SubscriptionDocument.COLLECTION)
@CompoundIndex(name = "department", def = "{'subscription.department': 1, 'subscription.createdAt': -1}")
class SubscriptionDocument {

    static final String COLLECTION = "webhook_subscriptions";

    @Id
    String id;

    WebhookSubscription subscription;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    SubscriptionDocument() {}

    SubscriptionDocument(WebhookSubscription subscription, long version, List<OutboxEntry> outbox) {
        this.id = subscription.id();
        this.subscription = subscription;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
