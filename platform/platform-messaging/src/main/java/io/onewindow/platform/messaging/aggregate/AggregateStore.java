package io.onewindow.platform.messaging.aggregate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Loads an aggregate, applies a change, and saves its state and the events it recorded in one
 * document write; wakes the outbox relay; and, when the write meets a newer version, reads again
 * and re-applies the change, with one policy ({@link AggregateSettings}) for every service.
 *
 * <pre>{@code
 * Booking cancelled = bookings.change(id, booking -> booking.cancel(reason, clock));
 * }</pre>
 *
 * A change may throw (a domain rule refused it, the caller may not act): nothing is written and the
 * exception reaches the caller unchanged. A change may run more than once, each time on a fresh
 * read, so it must not have effects outside the aggregate that cannot be repeated.
 *
 * <p>Build one per aggregate kind with {@link AggregateStores#of(AggregateMapping)}.
 */
public final class AggregateStore<A extends AggregateRoot, D> {

    private static final String VERSION = OutboxSource.DEFAULT_VERSION_FIELD;

    private final MongoTemplate mongo;
    private final AggregateMapping<A, D> mapping;
    private final EventRecorder recorder;
    private final Consumer<String> wakeRelay;
    private final AggregateSettings settings;
    private final AggregateMetrics metrics;
    private final String collection;

    AggregateStore(
            MongoTemplate mongo,
            AggregateMapping<A, D> mapping,
            EventRecorder recorder,
            Consumer<String> wakeRelay,
            AggregateSettings settings,
            AggregateMetrics metrics) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.wakeRelay = wakeRelay == null ? collection -> {} : wakeRelay;
        this.settings = settings == null ? AggregateSettings.DEFAULTS : settings;
        this.metrics = metrics == null ? AggregateMetrics.NONE : metrics;
        this.collection = mongo.getCollectionName(mapping.documentType());
    }

    /** The collection the aggregates live in. */
    public String collection() {
        return collection;
    }

    /**
     * Stores a new aggregate with the events it recorded.
     *
     * @throws DuplicateKeyException when one with the same id (or another unique key) exists
     */
    public A add(A aggregate) {
        List<OutboxEntry> outbox = new ArrayList<>(record(aggregate.pullEvents()));
        mongo.insert(mapping.toDocument(aggregate, 0, outbox));
        wake(outbox);
        return aggregate;
    }

    /** The aggregate with this id, if stored. */
    public Optional<A> find(String id) {
        return Optional.ofNullable(mongo.findById(id, mapping.documentType())).map(mapping::toAggregate);
    }

    /**
     * The aggregate with this id.
     *
     * @throws NotFoundException when there is none
     */
    public A get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(mapping.kind(), id));
    }

    /**
     * Applies {@code change} to the stored aggregate and saves it with its new events, only if no one
     * wrote it since it was read; otherwise reads again and re-applies, up to
     * {@link AggregateSettings#attempts()} times.
     *
     * @return the aggregate as saved
     * @throws NotFoundException when there is no aggregate with this id
     * @throws ConflictException when every attempt met a newer version
     */
    public A change(String id, Consumer<? super A> change) {
        return changeReturning(id, aggregate -> {
            change.accept(aggregate);
            return aggregate;
        });
    }

    /** As {@link #change(String, Consumer)}, returning what the change returned. */
    public <R> R changeReturning(String id, Function<? super A, R> change) {
        return retrying(() -> {
            D read = mongo.findById(id, mapping.documentType());
            if (read == null) {
                throw new NotFoundException(mapping.kind(), id);
            }
            A aggregate = mapping.toAggregate(read);
            R result = change.apply(aggregate);
            write(aggregate, read);
            return result;
        });
    }

    /**
     * Applies {@code change} to the stored aggregate and saves it only when the change answers that
     * it changed something (for redelivered events and recounts that often change nothing); a write
     * that meets a newer version is re-applied on a fresh read, as in {@link #change}.
     *
     * @return whether the aggregate was changed and saved; {@code false} also when there is none
     */
    public boolean changeIf(String id, Predicate<? super A> change) {
        return retrying(() -> {
            D read = mongo.findById(id, mapping.documentType());
            if (read == null) {
                return false;
            }
            A aggregate = mapping.toAggregate(read);
            if (!change.test(aggregate)) {
                return false;
            }
            write(aggregate, read);
            return true;
        });
    }

    /** The aggregates whose documents match {@code query}. */
    public List<A> findAll(org.springframework.data.mongodb.core.query.Query query) {
        return mongo.find(query, mapping.documentType()).stream()
                .map(mapping::toAggregate)
                .toList();
    }

    /**
     * Changes the aggregate with this id, or, when there is none yet, the one {@code create} makes,
     * and stores it; two writers creating the same id at once are resolved like a stale version.
     */
    public A upsert(String id, Supplier<? extends A> create, Consumer<? super A> change) {
        return retrying(() -> {
            D read = mongo.findById(id, mapping.documentType());
            A aggregate = read == null ? create.get() : mapping.toAggregate(read);
            change.accept(aggregate);
            if (read == null) {
                try {
                    add(aggregate);
                } catch (DuplicateKeyException raced) {
                    throw new OptimisticLockingFailureException("created concurrently: " + id, raced);
                }
            } else {
                write(aggregate, read);
            }
            return aggregate;
        });
    }

    /**
     * Saves an aggregate that was read as {@code read} (a use case that found it by a query), only
     * if the document is still at that version.
     *
     * @throws OptimisticLockingFailureException when someone wrote it since; run the whole
     *     read-change-write in {@link #retrying(Supplier)} to have it repeated
     */
    public A save(A aggregate, D read) {
        write(aggregate, read);
        return aggregate;
    }

    /**
     * One aggregate for {@link #writeAll}: a new one ({@code read} is {@code null}) or one read as
     * {@code read}.
     */
    public record Write<A, D>(A aggregate, D read) {

        public Write {
            Objects.requireNonNull(aggregate, "aggregate");
        }
    }

    /**
     * Writes several aggregates with the events each recorded in one unordered bulk write, each as
     * {@link #add} or {@link #save} would: a new one inserted, one that was read replaced only while
     * its document is still at the version read. What one write refuses does not stop the others.
     * A refused replacement is an upsert that meets the existing {@code _id}, so each refusal is
     * reported for its own aggregate and the filter needs only the {@code _id} index (the version is
     * a condition on the document found).
     *
     * @return the ids of the aggregates not written because another writer created or wrote them
     *     since they were read (their events are dropped with them: read again and re-apply)
     */
    public Set<String> writeAll(List<Write<A, D>> writes) {
        Set<String> refused = new LinkedHashSet<>();
        if (writes.isEmpty()) {
            return refused;
        }
        List<WriteModel<Document>> models = new ArrayList<>(writes.size());
        List<String> ids = new ArrayList<>(writes.size());
        boolean recordedAny = false;
        for (Write<A, D> write : writes) {
            A aggregate = write.aggregate();
            List<OutboxEntry> recorded = record(aggregate.pullEvents());
            recordedAny |= !recorded.isEmpty();
            List<OutboxEntry> outbox = new ArrayList<>();
            Long readVersion = null;
            if (write.read() != null) {
                readVersion = mapping.version(write.read());
                List<OutboxEntry> pending = mapping.outbox(write.read());
                if (pending != null) {
                    outbox.addAll(pending);
                }
            }
            outbox.addAll(recorded);
            long next = write.read() == null ? 0 : readVersion == null ? 1 : readVersion + 1;
            Document document = new Document();
            mongo.getConverter().write(mapping.toDocument(aggregate, next, outbox), document);
            String id = mapping.id(aggregate);
            ids.add(id);
            if (write.read() == null) {
                models.add(new InsertOneModel<>(document));
            } else {
                models.add(new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq(VERSION, readVersion)),
                        document,
                        new ReplaceOptions().upsert(true)));
            }
        }
        try {
            mongo.getCollection(collection).bulkWrite(models, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(ids.get(error.getIndex()));
            }
        }
        if (!refused.isEmpty()) {
            metrics.staleRead(collection);
        }
        if (recordedAny) {
            wakeRelay.accept(collection);
        }
        return refused;
    }

    /**
     * Runs a read-change-write (which does its own reads) under this store's retry policy: an
     * {@link OptimisticLockingFailureException} starts it again, after the last attempt the caller
     * gets a 409 problem. For use cases that touch the aggregate through a query rather than by id.
     */
    public <T> T retrying(Supplier<T> readChangeWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readChangeWrite.get();
            } catch (OptimisticLockingFailureException stale) {
                if (attempt >= settings.attempts()) {
                    metrics.conflict(collection);
                    throw new ConflictException(
                            mapping.conflictCode(), mapping.kind() + " changed meanwhile; reload and retry");
                }
                metrics.staleRead(collection);
                pauseBefore(attempt + 1);
            }
        }
    }

    /** The document an aggregate would be stored as, for callers that query by other fields. */
    public Class<D> documentType() {
        return mapping.documentType();
    }

    /** The aggregate a queried document holds. */
    public A toAggregate(D document) {
        return mapping.toAggregate(document);
    }

    private void write(A aggregate, D read) {
        Long readVersion = mapping.version(read);
        List<OutboxEntry> outbox = new ArrayList<>(mapping.outbox(read) == null ? List.of() : mapping.outbox(read));
        List<OutboxEntry> recorded = record(aggregate.pullEvents());
        outbox.addAll(recorded);
        long next = readVersion == null ? 1 : readVersion + 1;
        D replaced = mongo.findAndReplace(
                query(where("_id").is(mapping.id(aggregate)).and(VERSION).is(readVersion)),
                mapping.toDocument(aggregate, next, outbox),
                FindAndReplaceOptions.none());
        if (replaced == null) {
            throw new OptimisticLockingFailureException(
                    mapping.kind() + " " + mapping.id(aggregate) + " is no longer at version " + readVersion);
        }
        wake(recorded);
    }

    private List<OutboxEntry> record(List<DomainEvent> events) {
        return events.isEmpty() ? List.of() : recorder.record(mapping.topic(), events);
    }

    private void wake(List<OutboxEntry> recorded) {
        if (!recorded.isEmpty()) {
            wakeRelay.accept(collection);
        }
    }

    private void pauseBefore(int attempt) {
        Duration backoff = settings.backoff();
        if (attempt < 3 || backoff.isZero()) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(backoff.toMillis() + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a change", interrupted);
        }
    }
}
