package io.onewindow.supervision.alerts;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.alerts.domain.Alert;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** The alerts as stored: each alert and the events it recorded in one document of {@code alerts}. */
@Component
class AlertStore {

    private final AggregateStore<Alert, AlertDocument> alerts;
    private final MongoTemplate mongo;

    AlertStore(AggregateStores stores, MongoTemplate mongo) {
        this.alerts = stores.of(mapping());
        this.mongo = mongo;
    }

    boolean exists(String alertId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(alertId)), AlertDocument.class);
    }

    /** Which of these alert ids exist, in one query. */
    Set<String> existing(Collection<String> alertIds) {
        Set<String> existing = new HashSet<>();
        if (alertIds.isEmpty()) {
            return existing;
        }
        Query query = Query.query(Criteria.where("_id").in(alertIds));
        query.fields().include("_id");
        for (org.bson.Document found : mongo.find(query, org.bson.Document.class, alerts.collection())) {
            existing.add(found.getString("_id"));
        }
        return existing;
    }

    /**
     * Stores a new alert.
     *
     * @throws DuplicateKeyException when one with its id exists
     */
    Alert add(Alert alert) {
        return alerts.add(alert);
    }

    Alert change(String alertId, Consumer<Alert> change) {
        return alerts.change(alertId, change);
    }

    Alert get(String alertId) {
        return alerts.get(alertId);
    }

    Optional<Alert> find(String alertId) {
        return alerts.find(alertId);
    }

    List<Alert> find(Query query) {
        return mongo.find(query, AlertDocument.class).stream().map(d -> d.alert).toList();
    }

    /** One page of what {@code filter} finds, counted with the same filter. */
    Page<Alert> page(Query filter, Pageable page) {
        List<Alert> content = find(Query.of(filter).with(page));
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, AlertDocument.class));
    }

    /** How {@link Alert} is stored: its document, id, version and outbox. */
    static AggregateMapping<Alert, AlertDocument> mapping() {
        return AggregateMapping.of(Alert.class, AlertDocument.class, "alert", Topics.SUPERVISION)
                .id(Alert::id)
                .stored(AlertDocument::new, document -> document.alert)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
