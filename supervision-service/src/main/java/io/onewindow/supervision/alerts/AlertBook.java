package io.onewindow.supervision.alerts;

import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The alerts use case: raising what rules find (once per rule and subject, the alert id being both)
 * and an inspector moving them along their lifecycle; each alert and its events are one document
 * write, through {@link AlertStore}.
 */
@UseCase
public class AlertBook {

    private static final Logger log = LoggerFactory.getLogger(AlertBook.class);

    private final AlertStore store;
    private final Clock clock;

    AlertBook(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Raises an alert for each candidate that has none yet; returns how many were new. */
    public int raise(Collection<AlertCandidate> candidates) {
        int raised = 0;
        for (AlertCandidate candidate : candidates) {
            if (store.exists(candidate.alertId())) {
                continue;
            }
            try {
                Alert alert = store.add(Alert.raise(candidate));
                raised++;
                log.info("Alert raised: {} ({})", alert.id(), alert.summary());
            } catch (DuplicateKeyException e) {
                // Raised concurrently by another delivery or the sweep: once is what we want.
            }
        }
        return raised;
    }

    /** An inspector moves an alert on with a note. */
    public Alert move(String alertId, AlertStatus to, String inspector, String note) {
        return store.change(alertId, alert -> alert.moveTo(to, inspector, note, clock.instant()));
    }

    public Alert find(String alertId) {
        return store.get(alertId);
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
        return store.find(query);
    }

    /** The alerts about one case, oldest first: part of the case's evidence file. */
    public List<Alert> aboutCase(String caseId) {
        Query query = Query.query(Criteria.where("alert.caseId").is(caseId))
                .with(Sort.by("alert.raisedAt").and(Sort.by("_id")));
        return store.find(query);
    }
}
