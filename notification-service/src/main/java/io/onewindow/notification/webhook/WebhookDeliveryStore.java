package io.onewindow.notification.webhook;

import io.onewindow.notification.webhook.domain.DeliveryState;
import io.onewindow.notification.webhook.domain.WebhookDelivery;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The webhook deliveries in {@code webhook_deliveries}. Claims and attempts are conditional writes on the
 * document's version ({@link AggregateStore#changeIf}), so of two senders reading the same due delivery
 * only one claims it: the other's write meets the newer version, reads again, and finds it claimed.
 */
@Component
class WebhookDeliveryStore {

    /** Newest first. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "delivery.createdAt");

    private final AggregateStore<WebhookDelivery, WebhookDeliveryDocument> deliveries;
    private final MongoTemplate mongo;

    WebhookDeliveryStore(AggregateStores stores, MongoTemplate mongo) {
        this.deliveries = stores.of(mapping());
        this.mongo = mongo;
    }

    /** Stores a new delivery; false when it exists (the same event for the same subscription again). */
    boolean addIfNew(WebhookDelivery delivery) {
        if (deliveries.find(delivery.id()).isPresent()) {
            return false;
        }
        try {
            deliveries.add(delivery);
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    Optional<WebhookDelivery> find(String id) {
        return deliveries.find(id);
    }

    WebhookDelivery change(String id, Consumer<WebhookDelivery> change) {
        return deliveries.change(id, change);
    }

    boolean changeIf(String id, Predicate<WebhookDelivery> change) {
        return deliveries.changeIf(id, change);
    }

    /** Pending deliveries of these subscriptions due at {@code now} and not claimed, oldest due first. */
    List<WebhookDelivery> due(Instant now, Collection<String> subscriptionIds, int limit) {
        return deliveries.findAll(Query.query(Criteria.where("delivery.state")
                        .is(DeliveryState.PENDING.name())
                        .and("delivery.nextAttemptAt")
                        .lte(now)
                        .and("delivery.subscriptionId")
                        .in(subscriptionIds)
                        .orOperator(
                                Criteria.where("delivery.claimedUntil").is(null),
                                Criteria.where("delivery.claimedUntil").lte(now)))
                .with(Sort.by("delivery.nextAttemptAt", "_id"))
                .limit(limit));
    }

    /** What a delivery log is filtered by; {@code null} fields do not filter. */
    record Filter(
            String partnerClientId,
            String department,
            String subscriptionId,
            DeliveryState state,
            String eventType,
            Instant since) {}

    /** One page of the deliveries matching {@code filter}. */
    Page<WebhookDelivery> list(Filter filter, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.partnerClientId() != null) {
            criteria = criteria.and("delivery.partnerClientId").is(filter.partnerClientId());
        }
        if (filter.department() != null) {
            criteria = criteria.and("delivery.department").is(filter.department());
        }
        if (filter.subscriptionId() != null) {
            criteria = criteria.and("delivery.subscriptionId").is(filter.subscriptionId());
        }
        if (filter.state() != null) {
            criteria = criteria.and("delivery.state").is(filter.state().name());
        }
        if (filter.eventType() != null) {
            criteria = criteria.and("delivery.event.type").is(filter.eventType());
        }
        if (filter.since() != null) {
            criteria = criteria.and("delivery.createdAt").gte(filter.since());
        }
        Query query = Query.query(criteria);
        List<WebhookDelivery> content = deliveries.findAll(Query.of(query).with(page));
        return PageableExecutionUtils.getPage(
                content, page, () -> mongo.count(Query.of(query).limit(-1).skip(-1), WebhookDeliveryDocument.class));
    }

    static AggregateMapping<WebhookDelivery, WebhookDeliveryDocument> mapping() {
        return AggregateMapping.of(
                        WebhookDelivery.class, WebhookDeliveryDocument.class, "webhook-delivery", Topics.NOTIFICATION)
                .id(WebhookDelivery::id)
                .stored(WebhookDeliveryDocument::new, document -> document.delivery)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
