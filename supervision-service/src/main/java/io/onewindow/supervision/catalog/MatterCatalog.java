package io.onewindow.supervision.catalog;

import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The published catalog versions as supervision keeps them (a projection of
 * {@code MatterVersionPublished}, written by matter and version, the same version again replacing
 * itself); rule 5 compares neighbouring versions through {@link #previous} and {@link #next}.
 */
@UseCase
public class MatterCatalog {

    static final String COLLECTION = "matters";

    private final MongoTemplate mongo;
    // Versions found within the batch of the current thread: read once per batch, not once per event.
    private final ThreadLocal<Map<String, MatterDefinition>> batch = new ThreadLocal<>();

    MatterCatalog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Opens a batch on this thread (a consumer applying one poll): a version found is kept until
     * {@link #endBatch()}, so the rules of many events of one matter read it once. A batch holds
     * no {@code MatterVersionPublished}: the consumer applies that event between batches.
     */
    public void beginBatch() {
        batch.set(new HashMap<>());
    }

    /** Closes the batch and forgets what it found. */
    public void endBatch() {
        batch.remove();
    }

    /** Keeps a published version (upsert by matter and version) and returns it. */
    public MatterDefinition published(String eventId, MatterVersionPublished event) {
        MatterDefinition current = MatterDefinition.of(eventId, event);
        mongo.save(current, COLLECTION);
        return current;
    }

    public Optional<MatterDefinition> find(String matterCode, Integer version) {
        if (matterCode == null || version == null) {
            return Optional.empty();
        }
        String id = MatterDefinition.idOf(matterCode, version);
        Map<String, MatterDefinition> found = batch.get();
        if (found != null && found.containsKey(id)) {
            return Optional.of(found.get(id));
        }
        Optional<MatterDefinition> definition =
                Optional.ofNullable(mongo.findById(id, MatterDefinition.class, COLLECTION));
        // Only versions that exist: one published later is still found.
        if (found != null) {
            definition.ifPresent(known -> found.put(id, known));
        }
        return definition;
    }

    /**
     * The version of {@code matterCode} in force at {@code at}: the highest published at or before
     * it, else (versions published later only) the lowest kept. Partner reports name no version.
     */
    public Optional<MatterDefinition> inForceAt(String matterCode, Instant at) {
        if (matterCode == null) {
            return Optional.empty();
        }
        if (at != null) {
            Query inForce = Query.query(Criteria.where("matterCode")
                            .is(matterCode)
                            .and("publishedAt")
                            .lte(at))
                    .with(Sort.by(Sort.Direction.DESC, "version"))
                    .limit(1);
            MatterDefinition found = mongo.findOne(inForce, MatterDefinition.class, COLLECTION);
            if (found != null) {
                return Optional.of(found);
            }
        }
        Query earliest = Query.query(Criteria.where("matterCode").is(matterCode))
                .with(Sort.by(Sort.Direction.ASC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(earliest, MatterDefinition.class, COLLECTION));
    }

    /** The latest kept version of every matter. */
    public java.util.List<MatterDefinition> latestVersions() {
        java.util.Map<String, MatterDefinition> latest = new java.util.TreeMap<>();
        for (MatterDefinition d : mongo.findAll(MatterDefinition.class, COLLECTION)) {
            latest.merge(d.matterCode(), d, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return java.util.List.copyOf(latest.values());
    }

    /** The version published before {@code current}, if kept. */
    public Optional<MatterDefinition> previous(MatterDefinition current) {
        Query query = Query.query(Criteria.where("matterCode")
                        .is(current.matterCode())
                        .and("version")
                        .lt(current.version()))
                .with(Sort.by(Sort.Direction.DESC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, MatterDefinition.class, COLLECTION));
    }

    /** The version published after {@code current}, if kept (versions may arrive out of order). */
    public Optional<MatterDefinition> next(MatterDefinition current) {
        Query query = Query.query(Criteria.where("matterCode")
                        .is(current.matterCode())
                        .and("version")
                        .gt(current.version()))
                .with(Sort.by(Sort.Direction.ASC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, MatterDefinition.class, COLLECTION));
    }
}
