package io.onewindow.supervision.alerts;

import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.AlertClosure;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    // The candidates found within the batch of the current thread, in order, with the event that found each.
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    AlertBook(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Raises an alert for each candidate that has none yet; returns how many were new. Within a
     * batch ({@link #beginBatch()}) the candidates are kept, in order, and raised at
     * {@link #flushBatch}; this then returns 0.
     */
    public int raise(Collection<AlertCandidate> candidates) {
        Batch open = batch.get();
        if (open != null) {
            candidates.forEach(candidate -> open.found.add(new Found(open.current, candidate)));
            return 0;
        }
        return raiseNew(candidates, Set.of(), true);
    }

    /**
     * Closes each alert that exists and is still open, by the system with the closure's reason
     * ({@link Alert#closeAutomatically}); an alert never raised or already closed is left alone, so
     * a replay closes nothing twice. Within a batch the closures are kept and applied at
     * {@link #flushBatch}, after the batch's alerts are raised; this then returns 0.
     *
     * @return how many alerts were closed
     */
    public int close(Collection<AlertClosure> closures) {
        Batch open = batch.get();
        if (open != null) {
            closures.forEach(closure -> open.closures.add(new Closing(open.current, closure)));
            return 0;
        }
        return closeOpen(closures);
    }

    private int closeOpen(Collection<AlertClosure> closures) {
        int closed = 0;
        if (closures.isEmpty()) {
            return closed;
        }
        // The alerts named, in one query: most closures name an alert never raised.
        Map<String, Alert> named = new HashMap<>();
        store.find(Query.query(Criteria.where("_id")
                        .in(closures.stream().map(AlertClosure::alertId).toList())))
                .forEach(alert -> named.put(alert.id(), alert));
        for (AlertClosure closure : closures) {
            Alert current = named.get(closure.alertId());
            if (current == null || current.status().isFinal()) {
                continue;
            }
            boolean[] changed = new boolean[1];
            store.change(
                    closure.alertId(), alert -> changed[0] = alert.closeAutomatically(closure.reason(), closure.at()));
            if (changed[0]) {
                closed++;
                log.info("Alert closed by the system: {} ({})", closure.alertId(), closure.reason());
            }
        }
        return closed;
    }

    /** Opens a batch on this thread: what rules find is kept until {@link #flushBatch}. */
    public void beginBatch() {
        batch.set(new Batch());
    }

    /** The event being applied now within the batch: what rules find is tagged with it. */
    public void handling(String eventId) {
        Batch open = batch.get();
        if (open != null) {
            open.current = eventId;
        }
    }

    /**
     * Raises what the batch found, except what was found while applying the events in
     * {@code notWritten} (their cases were not written; they are applied again one by one and
     * judged then), and closes the batch. As one by one, the first candidate of an alert id is the
     * one raised; the alerts that exist already are found in one query.
     *
     * @return how many alerts were new
     */
    public int flushBatch(Set<String> notWritten) {
        Batch open = batch.get();
        batch.remove();
        if (open == null) {
            return 0;
        }
        int raised = 0;
        if (!open.found.isEmpty()) {
            Map<String, AlertCandidate> first = new LinkedHashMap<>();
            for (Found found : open.found) {
                if (found.eventId() == null || !notWritten.contains(found.eventId())) {
                    first.putIfAbsent(found.candidate().alertId(), found.candidate());
                }
            }
            raised = raiseNew(first.values(), store.existing(first.keySet()), false);
        }
        // After raising: an alert raised and settled within one batch is closed, as one by one.
        Map<String, AlertClosure> closing = new LinkedHashMap<>();
        for (Closing closure : open.closures) {
            if (closure.eventId() == null || !notWritten.contains(closure.eventId())) {
                closing.putIfAbsent(closure.closure().alertId(), closure.closure());
            }
        }
        closeOpen(closing.values());
        return raised;
    }

    /** Closes the batch without raising anything. */
    public void discardBatch() {
        batch.remove();
    }

    // known: ids found to exist already; askEach: ask the store about each other one first.
    private int raiseNew(Collection<AlertCandidate> candidates, Set<String> known, boolean askEach) {
        int raised = 0;
        for (AlertCandidate candidate : candidates) {
            if (known.contains(candidate.alertId()) || (askEach && store.exists(candidate.alertId()))) {
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

    private record Found(String eventId, AlertCandidate candidate) {}

    private record Closing(String eventId, AlertClosure closure) {}

    private static final class Batch {

        final List<Found> found = new ArrayList<>();
        final List<Closing> closures = new ArrayList<>();
        String current;
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
        return store.find(filter(rule, department, status).with(NEWEST_FIRST));
    }

    /** Order of alert searches: newest raised first, then by id. */
    public static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "alert.raisedAt").and(Sort.by("_id"));

    /** One page of the alerts by rule, department and status (each may be {@code null}), in {@link #NEWEST_FIRST}. */
    public Page<Alert> search(Integer rule, String department, AlertStatus status, Pageable page) {
        return store.page(filter(rule, department, status), page);
    }

    private static Query filter(Integer rule, String department, AlertStatus status) {
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
        return query;
    }

    /** The alerts about one case, oldest first: part of the case's evidence file. */
    public List<Alert> aboutCase(String caseId) {
        Query query = Query.query(Criteria.where("alert.caseId").is(caseId))
                .with(Sort.by("alert.raisedAt").and(Sort.by("_id")));
        return store.find(query);
    }
}
