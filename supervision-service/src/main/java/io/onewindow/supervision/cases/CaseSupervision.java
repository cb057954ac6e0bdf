package io.onewindow.supervision.cases;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.supervision.CaseCardChanged;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseState;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.rules.domain.AlertCandidate;
import io.onewindow.supervision.rules.domain.CaseRule;
import io.onewindow.supervision.rules.domain.OffSystemRule;
import io.onewindow.supervision.rules.domain.OfficerAgentAffinityRule;
import io.onewindow.supervision.rules.domain.RuleContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each case's timeline, clock and card from the events, and runs the case rules on every
 * change and on the scheduled sweep, so a case nobody touches still turns yellow and red.
 */
@Service
public class CaseSupervision {

    private static final Logger log = LoggerFactory.getLogger(CaseSupervision.class);
    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final CaseClock caseClock;
    private final List<CaseRule> rules;
    private final OffSystemRule offSystem;
    private final OfficerAgentAffinityRule affinity;
    private final MatterCatalog catalog;
    private final AlertBook alerts;
    private final EventRecorder recorder;
    private final ObjectProvider<OutboxRelay> relay;
    private final ReplayMode replay;
    private final Clock clock;

    CaseSupervision(
            MongoTemplate mongo,
            CaseClock caseClock,
            List<CaseRule> rules,
            OffSystemRule offSystem,
            OfficerAgentAffinityRule affinity,
            MatterCatalog catalog,
            AlertBook alerts,
            EventRecorder recorder,
            ObjectProvider<OutboxRelay> relay,
            ReplayMode replay,
            Clock clock) {
        this.mongo = mongo;
        this.caseClock = caseClock;
        this.rules = rules;
        this.offSystem = offSystem;
        this.affinity = affinity;
        this.catalog = catalog;
        this.alerts = alerts;
        this.recorder = recorder;
        this.relay = relay;
        this.replay = replay;
        this.clock = clock;
    }

    /**
     * Applies one event to its case (creating the timeline, or a placeholder, when it is the first
     * seen) and re-evaluates the case. {@code change} returns {@code false} for an event already on
     * the timeline, which then changes nothing. Concurrent writers (the approval and the license
     * listener, the sweep) are resolved by optimistic locking and a retry.
     */
    public void record(String caseId, Predicate<CaseTimeline> change) {
        record(caseId, change, false);
    }

    /**
     * The approval service counted the case's deadlines again on an official calendar year: the
     * timeline takes the new dates and shows the change, and the card is evaluated again. When the
     * colour stays but the promised due date on the card moved or stopped being provisional, the
     * card is announced again ({@code CaseCardChanged} with {@code from} equal to {@code to}), so
     * a dashboard does not keep showing the provisional date.
     */
    public void deadlinesRecomputed(String caseId, String eventId, CaseDeadlinesRecomputed event) {
        record(caseId, timeline -> timeline.deadlinesRecomputed(eventId, event), true);
    }

    private void record(String caseId, Predicate<CaseTimeline> change, boolean announceMovedDueDate) {
        for (int attempt = 1; ; attempt++) {
            CaseDocument doc = mongo.findById(caseId, CaseDocument.class);
            if (doc == null) {
                doc = new CaseDocument(CaseTimeline.open(caseId));
            }
            DueShown shownBefore = announceMovedDueDate ? shown(doc.timeline) : null;
            if (!change.test(doc.timeline)) {
                // Seen before: the write happened, but the alerts after it may not have (a crash
                // between the two is why the event came again). Raising is idempotent.
                if (doc.version != null) {
                    alerts.raise(evaluateRules(doc.timeline, asOfLatestEvent(doc.timeline)));
                }
                return;
            }
            List<AlertCandidate> found = evaluate(doc, asOfLatestEvent(doc.timeline), shownBefore);
            try {
                mongo.save(doc);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            wakeRelay(doc);
            alerts.raise(found);
            return;
        }
    }

    /** A license was issued: onto its case's timeline, or an alert when it names no case. */
    public void licenseIssued(String eventId, LicenseIssued event) {
        if (event.caseId() == null || event.caseId().isBlank()) {
            offSystem.licenseWithoutCase(eventId, event).ifPresent(found -> alerts.raise(List.of(found)));
            return;
        }
        record(event.caseId(), timeline -> timeline.licenseIssued(eventId, event));
    }

    /**
     * The sweep: re-evaluates every case still running or still waiting for its approval, on
     * today's date, and rule 7 over all completed cases. Returns how many cases changed card.
     */
    public int sweep() {
        int changed = reevaluateRunning();
        List<CaseTimeline> completed =
                mongo.find(Query.query(Criteria.where("timeline.completedAt").ne(null)), CaseDocument.class).stream()
                        .map(d -> d.timeline)
                        .toList();
        alerts.raise(affinity.evaluate(completed));
        return changed;
    }

    /**
     * Re-evaluates every case still running or still waiting for its approval on today's date, as
     * the sweep does; also after the working-day calendar changed (an official year replaced a
     * provisional one), since the working days used and the limits are counted on it. Idempotent:
     * a case is saved only when its card changed. Returns how many cases changed card.
     */
    public int reevaluateRunning() {
        LocalDate today = today();
        int changed = 0;
        Query running = Query.query(new Criteria()
                .orOperator(
                        Criteria.where("timeline.state").nin(closedStates()),
                        Criteria.where("timeline.approvalSeen")
                                .is(false)
                                .and("timeline.licenseIds.0")
                                .exists(true)));
        for (CaseDocument doc : mongo.find(running, CaseDocument.class)) {
            CardColour before = doc.timeline.card();
            List<AlertCandidate> found = evaluate(doc, today, null);
            if (doc.timeline.card() != before) {
                try {
                    mongo.save(doc);
                    wakeRelay(doc);
                    changed++;
                } catch (OptimisticLockingFailureException e) {
                    // An event changed the case meanwhile and evaluated it itself.
                    continue;
                }
            }
            alerts.raise(found);
        }
        return changed;
    }

    public CaseTimeline find(String caseId) {
        CaseDocument doc = mongo.findById(caseId, CaseDocument.class);
        if (doc == null) {
            throw new NotFoundException("case", caseId);
        }
        return doc.timeline;
    }

    public Optional<CaseTimeline> findIfKnown(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseDocument.class)).map(d -> d.timeline);
    }

    /** Every case timeline, for statistics. */
    public List<CaseTimeline> all() {
        return mongo.findAll(CaseDocument.class).stream().map(d -> d.timeline).toList();
    }

    public CaseClock clock() {
        return caseClock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), caseClock.zone());
    }

    /**
     * An event is judged as of its own day, not today: a consumer that lags (or a replay) must not
     * find "no notice within five days" in a case whose acceptance is simply the next event in the
     * queue. Time alone moves the rest on, in the sweep.
     */
    private LocalDate asOfLatestEvent(CaseTimeline timeline) {
        LocalDate today = today();
        return timeline.entries().stream()
                .map(TimelineEntry::at)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, caseClock.zone()))
                .filter(day -> day.isBefore(today))
                .orElse(today);
    }

    // What the card says about the promised due date, to tell whether a recomputation moved it.
    private record DueShown(LocalDate promisedDueDate, boolean provisional) {}

    private DueShown shown(CaseTimeline timeline) {
        return new DueShown(timeline.promisedDueDate(), caseClock.promisedDueProvisional(timeline));
    }

    /**
     * Evaluates the card and the rules as of {@code today}. A changed colour is announced; with
     * {@code shownBefore}, so is an unchanged colour whose promised due date moved or stopped
     * being provisional.
     */
    private List<AlertCandidate> evaluate(CaseDocument doc, LocalDate today, DueShown shownBefore) {
        CaseTimeline timeline = doc.timeline;
        try {
            CardColour colour = caseClock.cardOf(timeline, today);
            Optional<CardColour> previous = timeline.showCard(colour);
            if (!replay.isReplaying()) {
                if (previous.isPresent()) {
                    announce(doc, previous.get() == CardColour.NONE ? null : previous.get(), colour, today);
                } else if (shownBefore != null && colour != CardColour.NONE && !shownBefore.equals(shown(timeline))) {
                    announce(doc, colour, colour, today);
                }
            }
            return evaluateRules(timeline, today);
        } catch (CalendarNotCoveredException e) {
            // The calendar is data; a year not loaded yet must not stop the other cases.
            log.warn("Case {} cannot be evaluated: {}", timeline.id(), e.getMessage());
            return List.of();
        }
    }

    private void announce(CaseDocument doc, CardColour from, CardColour to, LocalDate today) {
        CaseTimeline timeline = doc.timeline;
        doc.outbox.addAll(recorder.record(
                Topics.SUPERVISION,
                List.of(new CaseCardChanged(
                        timeline.id(),
                        timeline.department(),
                        timeline.matterCode(),
                        from == null ? null : from.name(),
                        to.name(),
                        timeline.promisedDueDate(),
                        caseClock.workingDaysUsed(timeline, today),
                        clock.instant(),
                        caseClock.promisedDueProvisional(timeline)))));
    }

    private List<AlertCandidate> evaluateRules(CaseTimeline timeline, LocalDate today) {
        try {
            RuleContext context =
                    new RuleContext(today, caseClock, catalog.find(timeline.matterCode(), timeline.matterVersion()));
            List<AlertCandidate> found = new ArrayList<>();
            for (CaseRule rule : rules) {
                found.addAll(rule.evaluate(timeline, context));
            }
            return found;
        } catch (CalendarNotCoveredException e) {
            log.warn("Case {} cannot be evaluated: {}", timeline.id(), e.getMessage());
            return List.of();
        }
    }

    private void wakeRelay(CaseDocument doc) {
        if (!doc.outbox.isEmpty()) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
    }

    private static List<String> closedStates() {
        return List.of(CaseState.COMPLETED.name(), CaseState.NOT_ACCEPTED.name(), CaseState.WITHDRAWN.name());
    }
}
