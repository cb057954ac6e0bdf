package io.onewindow.supervision.alerts;

import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.platform.messaging.outbox.StaleVersionRetry;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import io.onewindow.supervision.rules.domain.AlertCandidate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The alerts: raising what rules find (once per rule and subject, the alert id being both) and
 * moving them along their lifecycle. Each alert and its events are one document write.
 */
@Service
public class AlertBook {

    private static final Logger log = LoggerFactory.getLogger(AlertBook.class);

    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    AlertBook(MongoTemplate mongo, EventRecorder recorder, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
        this.clock = clock;
    }

    /** Raises an alert for each candidate that has none yet; returns how many were new. */
    public int raise(Collection<AlertCandidate> candidates) {
        int raised = 0;
        for (AlertCandidate candidate : candidates) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(candidate.alertId())), AlertDocument.class)) {
                continue;
            }
            Alert alert = Alert.raise(candidate);
            AlertDocument doc = new AlertDocument(alert);
            doc.outbox.addAll(recorder.record(Topics.SUPERVISION, alert.pullEvents()));
            try {
                mongo.insert(doc);
                raised++;
                log.info("Alert raised: {} ({})", alert.id(), alert.summary());
            } catch (DuplicateKeyException e) {
                // Raised concurrently by another delivery or the sweep: once is what we want.
            }
        }
        if (raised > 0) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return raised;
    }

    /** An inspector moves an alert on with a note. */
    public Alert move(String alertId, AlertStatus to, String inspector, String note) {
        Alert moved = StaleVersionRetry.retry(() -> {
            AlertDocument doc = load(alertId);
            doc.alert.moveTo(to, inspector, note, clock.instant());
            doc.outbox.addAll(recorder.record(Topics.SUPERVISION, doc.alert.pullEvents()));
            mongo.save(doc);
            return doc.alert;
        });
        relay.ifAvailable(OutboxRelay::wakeUp);
        return moved;
    }

    public Alert find(String alertId) {
        return load(alertId).alert;
    }

    /** Alerts matching the filters (each may be {@code null}), newest first. */
    public List<Alert> search(Integer rule, String department, AlertStatus status) {
        Query query = new Query();
        if (rule != null) {
            query.addCriteria(Criteria.where("alert.ruleNumber").is(rule));
        }
        if (department != null) {
            query.addCriteria(Criteria.where("alert.department").is(department));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("alert.status").is(status.name()));
        }
        query.with(Sort.by(Sort.Direction.DESC, "alert.raisedAt").and(Sort.by("_id")));
        return mongo.find(query, AlertDocument.class).stream().map(d -> d.alert).toList();
    }

    /** The alerts about one case, oldest first: part of the case's evidence file. */
    public List<Alert> aboutCase(String caseId) {
        Query query = Query.query(Criteria.where("alert.caseId").is(caseId))
                .with(Sort.by("alert.raisedAt").and(Sort.by("_id")));
        return mongo.find(query, AlertDocument.class).stream().map(d -> d.alert).toList();
    }

    private AlertDocument load(String alertId) {
        AlertDocument doc = mongo.findById(alertId, AlertDocument.class);
        if (doc == null) {
            throw new NotFoundException("alert", alertId);
        }
        return doc;
    }
}
