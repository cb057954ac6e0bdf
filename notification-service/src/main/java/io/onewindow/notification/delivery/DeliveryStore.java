package io.onewindow.notification.delivery;

import io.onewindow.notification.delivery.domain.ChannelKind;
import io.onewindow.notification.delivery.domain.Delivery;
import io.onewindow.notification.delivery.domain.DeliveryState;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** The deliveries in {@code deliveries}, one document each, with the outbox of their events. */
@Component
class DeliveryStore {

    private final AggregateStore<Delivery, DeliveryDocument> deliveries;
    private final MongoTemplate mongo;

    DeliveryStore(AggregateStores stores, MongoTemplate mongo) {
        this.deliveries = stores.of(mapping());
        this.mongo = mongo;
    }

    /** Stores a new delivery; false when it exists (the notice was queued on this channel before). */
    boolean addIfNew(Delivery delivery) {
        try {
            deliveries.add(delivery);
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    Optional<Delivery> find(String id) {
        return deliveries.find(id);
    }

    Delivery change(String id, Consumer<Delivery> change) {
        return deliveries.change(id, change);
    }

    /** Queued deliveries due at {@code now}, the longest waiting first. */
    List<Delivery> due(Instant now, int limit) {
        return deliveries.findAll(Query.query(Criteria.where("delivery.state")
                        .is(DeliveryState.QUEUED)
                        .and("delivery.dueAt")
                        .lte(now))
                .with(Sort.by("delivery.dueAt"))
                .limit(limit));
    }

    /** Deliveries still {@code SENDING} whose attempt started before {@code before}. */
    List<Delivery> stuck(Instant before) {
        return deliveries.findAll(Query.query(Criteria.where("delivery.state")
                        .is(DeliveryState.SENDING)
                        .and("delivery.lastAttemptAt")
                        .lt(before))
                .limit(100));
    }

    /** How many messages of the channel went out from {@code from} on (sent, delivered, or failed after being sent), to anyone or to one recipient. */
    long sentSince(ChannelKind channel, Instant from, String recipient) {
        Criteria sent = Criteria.where("delivery.channel")
                .is(channel)
                .and("delivery.sentAt")
                .gte(from);
        if (recipient != null) {
            sent = sent.and("delivery.recipient").is(recipient);
        }
        return mongo.count(Query.query(sent), DeliveryDocument.class);
    }

    /** The delivery a provider's status report names. */
    Optional<Delivery> byProviderMessage(String provider, String messageId) {
        return deliveries
                .findAll(Query.query(Criteria.where("delivery.provider")
                                .is(provider)
                                .and("delivery.providerMessageId")
                                .is(messageId))
                        .limit(1))
                .stream()
                .findFirst();
    }

    /** One page of the deliveries matching {@code filter}, oldest first. */
    Page<Delivery> page(Criteria filter, Pageable page) {
        Query query = Query.query(filter);
        List<Delivery> content = deliveries.findAll(Query.of(query)
                .with(Sort.by("delivery.createdAt", "delivery.channel"))
                .with(page));
        return PageableExecutionUtils.getPage(
                content, page, () -> mongo.count(Query.of(query).limit(-1).skip(-1), DeliveryDocument.class));
    }

    static Criteria ofNotices(Collection<String> recipients, String noticeId) {
        return Criteria.where("delivery.noticeId")
                .is(noticeId)
                .and("delivery.recipient")
                .in(recipients);
    }

    static AggregateMapping<Delivery, DeliveryDocument> mapping() {
        return AggregateMapping.of(Delivery.class, DeliveryDocument.class, "delivery", Topics.NOTIFICATION)
                .id(Delivery::id)
                .stored(DeliveryDocument::new, document -> document.delivery)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
