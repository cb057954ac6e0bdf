package io.onewindow.supervision.cases;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    // The batch of the current thread (a consumer applying one poll), if one is open.
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    /**
     * Applies {@code change} to the stored timeline, or to a new one when the case is not known
     * yet, and writes it only when the change says it changed something. Another writer meanwhile
     * (the approval and the license listener, the sweep, the relay) makes it read and apply again.
     * Within a batch ({@link #beginBatch}) the timeline is read once, changed in memory by each
     * event in order, and written at {@link #flushBatch}.
     */
    Applied apply(String caseId, Predicate<CaseTimeline> change) {
        Batch open = batch.get();
        if (open != null) {
            return open.apply(caseId, change);
        }
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
     * Opens a batch on this thread: the timelines of {@code caseIds} are read in one query, and
     * {@link #apply} changes timelines in memory until {@link #flushBatch} or {@link #discardBatch}.
     */
    void beginBatch(Collection<String> caseIds) {
        Batch open = new Batch();
        if (!caseIds.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>(caseIds);
            for (CaseDocument read :
                    mongo.find(Query.query(Criteria.where("_id").in(ids)), CaseDocument.class)) {
                open.entries.put(read.id, new Entry(read, timelines.toAggregate(read)));
            }
            ids.removeAll(open.entries.keySet());
            open.absent.addAll(ids);
        }
        batch.set(open);
    }

    /** The event being applied now within the batch: what it changes is tagged with it. */
    void handling(String eventId) {
        Batch open = batch.get();
        if (open != null) {
            open.current = eventId;
        }
    }

    /**
     * Writes every timeline the batch changed, once, conditionally on the version it was read at
     * (inserted when new), all in one bulk write, and closes the batch.
     *
     * @return the ids of the events applied to a timeline another writer wrote meanwhile: not
     *     written, to be applied again one by one
     */
    Set<String> flushBatch() {
        Batch open = batch.get();
        batch.remove();
        Set<String> again = new LinkedHashSet<>();
        if (open == null) {
            return again;
        }
        List<AggregateStore.Write<CaseTimeline, CaseDocument>> writes = new ArrayList<>();
        for (Entry entry : open.entries.values()) {
            if (entry.changed) {
                writes.add(new AggregateStore.Write<>(entry.timeline, entry.read));
            }
        }
        // One round trip for the whole poll; a timeline another writer wrote since it was read is refused alone.
        Set<String> refused = timelines.writeAll(writes);
        for (String caseId : refused) {
            again.addAll(open.entries.get(caseId).events);
        }
        return again;
    }

    /** Closes the batch without writing anything. */
    void discardBatch() {
        batch.remove();
    }

    /** The timelines of one batch, as read and as changed since. */
    private final class Batch {

        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Set<String> absent = new HashSet<>();
        String current;

        Applied apply(String caseId, Predicate<CaseTimeline> change) {
            Entry entry = entries.computeIfAbsent(caseId, this::read);
            if (current != null && !entry.events.contains(current)) {
                entry.events.add(current);
            }
            CaseTimeline timeline = entry.timeline == null ? CaseTimeline.open(caseId) : entry.timeline;
            if (!change.test(timeline)) {
                return new Applied(timeline, false, entry.existed());
            }
            entry.timeline = timeline;
            entry.changed = true;
            return new Applied(timeline, true, true);
        }

        private Entry read(String caseId) {
            if (absent.contains(caseId)) {
                return new Entry(null, null);
            }
            CaseDocument read = mongo.findById(caseId, CaseDocument.class);
            return new Entry(read, read == null ? null : timelines.toAggregate(read));
        }
    }

    /** One timeline in a batch: the document read ({@code null}: none yet), the timeline now, the events applied. */
    private static final class Entry {

        final CaseDocument read;
        CaseTimeline timeline;
        boolean changed;
        final List<String> events = new ArrayList<>();

        Entry(CaseDocument read, CaseTimeline timeline) {
            this.read = read;
            this.timeline = timeline;
        }

        // As one by one: stored before, or created by an earlier event of the batch.
        boolean existed() {
            return read != null || changed;
        }
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
