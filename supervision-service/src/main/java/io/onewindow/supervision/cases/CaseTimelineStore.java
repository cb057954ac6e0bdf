package io.onewindow.supervision.cases;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The case timelines as stored in {@code case_timelines}: each timeline and the card changes it
 * announced in one document, written conditionally on the version read.
 */
@Component
class CaseTimelineStore {

    private final AggregateStore<CaseTimeline, CaseDocument> timelines;
    private final MongoTemplate mongo;

    CaseTimelineStore(AggregateStores stores, MongoTemplate mongo) {
        this.timelines = stores.of(mapping());
        this.mongo = mongo;
    }

    /** A timeline after {@link #apply}: as it stands, whether the change wrote it, whether it was stored before. */
    record Applied(CaseTimeline timeline, boolean changed, boolean existed) {}

    /**
     * Applies {@code change} to the stored timeline, or to a new one when the case is not known
     * yet, and writes it only when the change says it changed something. Another writer meanwhile
     * (the approval and the license listener, the sweep, the relay) makes it read and apply again.
     */
    Applied apply(String caseId, Predicate<CaseTimeline> change) {
        return timelines.retrying(() -> {
            CaseDocument read = mongo.findById(caseId, CaseDocument.class);
            CaseTimeline timeline = read == null ? CaseTimeline.open(caseId) : timelines.toAggregate(read);
            if (!change.test(timeline)) {
                return new Applied(timeline, false, read != null);
            }
            if (read == null) {
                try {
                    timelines.add(timeline);
                } catch (DuplicateKeyException raced) {
                    throw new OptimisticLockingFailureException("case created concurrently: " + caseId, raced);
                }
            } else {
                timelines.save(timeline, read);
            }
            return new Applied(timeline, true, true);
        });
    }

    /**
     * Saves a timeline read as {@code read} if nobody wrote it since; {@code false} when someone did
     * (an event changed the case meanwhile and evaluated it itself).
     */
    boolean saveIfUnchanged(CaseTimeline timeline, CaseDocument read) {
        try {
            timelines.save(timeline, read);
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }

    Optional<CaseTimeline> find(String caseId) {
        return timelines.find(caseId);
    }

    CaseTimeline get(String caseId) {
        return timelines.get(caseId);
    }

    List<CaseDocument> documents(Query query) {
        return mongo.find(query, CaseDocument.class);
    }

    CaseTimeline timelineOf(CaseDocument document) {
        return timelines.toAggregate(document);
    }

    List<CaseTimeline> find(Query query) {
        return documents(query).stream().map(timelines::toAggregate).toList();
    }

    List<CaseTimeline> all() {
        return mongo.findAll(CaseDocument.class).stream()
                .map(timelines::toAggregate)
                .toList();
    }

    /** How {@link CaseTimeline} is stored: its document, id, version and outbox. */
    static AggregateMapping<CaseTimeline, CaseDocument> mapping() {
        return AggregateMapping.of(CaseTimeline.class, CaseDocument.class, "case", Topics.SUPERVISION)
                .id(CaseTimeline::id)
                .stored(CaseDocument::new, document -> document.timeline)
                .versioned(document -> document.version, document -> document.outbox)
                .conflictCode("concurrent-update");
    }
}
