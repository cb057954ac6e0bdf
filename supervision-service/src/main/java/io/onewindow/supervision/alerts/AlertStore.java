package io.onewindow.supervision.alerts;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.alerts.domain.Alert;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The alerts as stored: each alert and the events it recorded in one document of {@code alerts}. */
@Component
class AlertStore {

    private final AggregateStore<Alert, AlertDocument> alerts;
    private final MongoTemplate mongo;

    AlertStore(AggregateStores stores, MongoTemplate mongo) {
        this.alerts = stores.of(new AlertMapping());
        this.mongo = mongo;
    }

    boolean exists(String alertId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(alertId)), AlertDocument.class);
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

    private static final class AlertMapping implements AggregateMapping<Alert, AlertDocument> {

        @Override
        public Class<AlertDocument> documentType() {
            return AlertDocument.class;
        }

        @Override
        public String id(Alert alert) {
            return alert.id();
        }

        @Override
        public AlertDocument toDocument(Alert alert, long version, List<OutboxEntry> outbox) {
            return new AlertDocument(alert, version, outbox);
        }

        @Override
        public Alert toAggregate(AlertDocument document) {
            return document.alert;
        }

        @Override
        public Long version(AlertDocument document) {
            return document.version;
        }

        @Override
        public List<OutboxEntry> outbox(AlertDocument document) {
            return document.outbox;
        }

        @Override
        public String topic() {
            return Topics.SUPERVISION;
        }

        @Override
        public String conflictCode() {
            // The code clients saw before the aggregate store (Spring's optimistic-locking failure).
            return "concurrent-update";
        }

        @Override
        public String kind() {
            return "alert";
        }
    }
}
