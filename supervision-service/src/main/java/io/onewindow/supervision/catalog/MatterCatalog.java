package io.onewindow.supervision.catalog;

import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
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

    MatterCatalog(MongoTemplate mongo) {
        this.mongo = mongo;
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
        return Optional.ofNullable(
                mongo.findById(MatterDefinition.idOf(matterCode, version), MatterDefinition.class, COLLECTION));
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
