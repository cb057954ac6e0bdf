package io.onewindow.supervision.ingest;

import io.onewindow.platform.events.EventType;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationDenied;
import io.onewindow.platform.events.approval.ApplicationResubmitted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.ApplicationWithdrawn;
import io.onewindow.platform.events.approval.CaseDeadlinesRecomputed;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.ClockSuspended;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.NotAccepted;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import io.onewindow.platform.events.approval.VisitAttached;
import io.onewindow.platform.messaging.codec.EventHeaders;
import io.onewindow.platform.messaging.consumer.EventBatch;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.catalog.MatterCatalog;
import io.onewindow.supervision.majorprojects.MajorProjects;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The approval listener's batch ({@link EventBatch}): a case's own events (those the approval
 * dispatcher hands to {@code CaseInspection.record} and {@code deadlinesRecomputed}, which touch
 * only the case's timeline and raise alerts) are applied to timelines held in memory, each exactly
 * as one by one (card shown and announced as of the event's day, rules judged after each event),
 * and written at the end: each touched timeline once, conditionally on its version, then the
 * alerts found (the first candidate per alert id, as one by one). The matter versions and the
 * major-project flags the rules read are read once per batch. Every other event (catalog versions, calendar years, refused
 * reports and filings) reads or writes more than its case and is applied one by one between
 * batches. A case another writer wrote meanwhile is not written: its events are applied again one
 * by one, and what the rules found on them in the batch is dropped.
 */
@Component
class CaseEventBatch implements EventBatch {

    private static final Set<String> CASE_EVENTS = Stream.concat(
                    Stream.of(
                                    ApplicationSubmitted.class,
                                    PreReviewPassed.class,
                                    CorrectionRequested.class,
                                    ExtraCorrectionJustified.class,
                                    ApplicationResubmitted.class,
                                    ApplicationAccepted.class,
                                    NotAccepted.class,
                                    StepCompleted.class,
                                    ClockSuspended.class,
                                    ClockResumed.class,
                                    TimeLimitExtended.class,
                                    ApplicationApproved.class,
                                    ApplicationDenied.class,
                                    ApplicationCompleted.class,
                                    VisitAttached.class,
                                    ApplicationWithdrawn.class,
                                    PartnerMilestoneReported.class,
                                    CaseDeadlinesRecomputed.class)
                            .map(type -> type.getAnnotation(EventType.class).value()),
                    Stream.of(ApplicationApproved.V1_TYPE))
            .collect(Collectors.toUnmodifiableSet());

    private final CaseSupervision cases;
    private final AlertBook alerts;
    private final MatterCatalog catalog;
    private final MajorProjects majorProjects;

    CaseEventBatch(CaseSupervision cases, AlertBook alerts, MatterCatalog catalog, MajorProjects majorProjects) {
        this.cases = cases;
        this.alerts = alerts;
        this.catalog = catalog;
        this.majorProjects = majorProjects;
    }

    @Override
    public boolean defers(String type) {
        return CASE_EVENTS.contains(type);
    }

    @Override
    public void begin(List<EventHeaders> coming) {
        // A case event's subject is its case id.
        List<String> caseIds =
                coming.stream().map(EventHeaders::subject).distinct().toList();
        cases.beginBatch(caseIds);
        majorProjects.beginBatch(caseIds);
        alerts.beginBatch();
        catalog.beginBatch();
    }

    @Override
    public void handling(String eventId) {
        cases.handling(eventId);
        alerts.handling(eventId);
    }

    @Override
    public Set<String> flush() {
        try {
            Set<String> again = cases.flushBatch();
            alerts.flushBatch(again);
            return again;
        } finally {
            alerts.discardBatch();
            catalog.endBatch();
            majorProjects.endBatch();
        }
    }

    @Override
    public void discard() {
        cases.discardBatch();
        alerts.discardBatch();
        catalog.endBatch();
        majorProjects.endBatch();
    }
}
