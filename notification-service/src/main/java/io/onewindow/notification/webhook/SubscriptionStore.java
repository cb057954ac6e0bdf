package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.WebhookSubscription;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** The webhook subscriptions in {@code webhook_subscriptions}. */
@Component
class SubscriptionStore {

    /** Newest first. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "subscription.createdAt");

    private final AggregateStore<WebhookSubscription, SubscriptionDocument> subscriptions;
    private final MongoTemplate mongo;

    SubscriptionStore(AggregateStores stores, MongoTemplate mongo) {
        this.subscriptions = stores.of(mapping());
        this.mongo = mongo;
    }

    WebhookSubscription add(WebhookSubscription subscription) {
        return subscriptions.add(subscription);
    }

    Optional<WebhookSubscription> find(String id) {
        return subscriptions.find(id);
    }

    WebhookSubscription change(String id, Consumer<WebhookSubscription> change) {
        return subscriptions.change(id, change);
    }

    /** The live (active, not deleted) subscriptions of {@code department} naming {@code type}. */
    List<WebhookSubscription> liveFor(String department, String type) {
        return subscriptions.findAll(Query.query(Criteria.where("subscription.department")
                .is(department)
                .and("subscription.eventTypes")
                .is(type)
                .and("subscription.active")
                .is(true)
                .and("subscription.deleted")
                .is(false)));
    }

    /** The ids of every live subscription. */
    List<String> liveIds() {
        Query live = Query.query(Criteria.where("subscription.active")
                .is(true)
                .and("subscription.deleted")
                .is(false));
        live.fields().include("_id");
        return mongo.find(live, org.bson.Document.class, SubscriptionDocument.COLLECTION).stream()
                .map(d -> d.getString("_id"))
                .toList();
    }

    /** One page of the subscriptions not deleted, of {@code department} or of all when it is {@code null}. */
    Page<WebhookSubscription> list(String department, Pageable page) {
        Criteria criteria = Criteria.where("subscription.deleted").is(false);
        if (department != null) {
            criteria = criteria.and("subscription.department").is(department);
        }
        Query filter = Query.query(criteria);
        List<WebhookSubscription> content =
                subscriptions.findAll(Query.of(filter).with(page));
        return PageableExecutionUtils.getPage(
                content, page, () -> mongo.count(Query.of(filter).limit(-1).skip(-1), SubscriptionDocument.class));
    }

    static AggregateMapping<WebhookSubscription, SubscriptionDocument> mapping() {
        return AggregateMapping.of(
                        WebhookSubscription.class,
                        SubscriptionDocument.class,
                        "webhook-subscription",
                        Topics.NOTIFICATION)
                .id(WebhookSubscription::id)
                .stored(SubscriptionDocument::new, document -> document.subscription)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
