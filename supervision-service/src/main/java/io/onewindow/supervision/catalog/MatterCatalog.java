package io.onewindow.supervision.catalog;

import io.onewindow.platform.events.approval.MatterVersionPublished;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import io.onewindow.supervision.rules.domain.CatalogThresholdRule;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The published catalog versions as supervision keeps them, and rule 5's comparison of versions. */
@Service
public class MatterCatalog {

    static final String COLLECTION = "matters";

    private final MongoTemplate mongo;
    private final CatalogThresholdRule rule;
    private final AlertBook alerts;

    MatterCatalog(MongoTemplate mongo, CatalogThresholdRule rule, AlertBook alerts) {
        this.mongo = mongo;
        this.rule = rule;
        this.alerts = alerts;
    }

    /** Keeps a published version (upsert by matter and version) and compares it with the one before. */
    public void published(String eventId, MatterVersionPublished event) {
        MatterDefinition current = MatterDefinition.of(eventId, event);
        mongo.save(current, COLLECTION);
        previous(current)
                .flatMap(before -> rule.compare(before, current))
                .ifPresent(found -> alerts.raise(List.of(found)));
        // A version may arrive before the one it follows (replay across partitions is ordered per
        // matter, but be safe): compare the next version with this one too.
        next(current).flatMap(after -> rule.compare(current, after)).ifPresent(found -> alerts.raise(List.of(found)));
    }

    public Optional<MatterDefinition> find(String matterCode, Integer version) {
        if (matterCode == null || version == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                mongo.findById(MatterDefinition.idOf(matterCode, version), MatterDefinition.class, COLLECTION));
    }

    private Optional<MatterDefinition> previous(MatterDefinition current) {
        Query query = Query.query(Criteria.where("matterCode")
                        .is(current.matterCode())
                        .and("version")
                        .lt(current.version()))
                .with(Sort.by(Sort.Direction.DESC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, MatterDefinition.class, COLLECTION));
    }

    private Optional<MatterDefinition> next(MatterDefinition current) {
        Query query = Query.query(Criteria.where("matterCode")
                        .is(current.matterCode())
                        .and("version")
                        .gt(current.version()))
                .with(Sort.by(Sort.Direction.ASC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, MatterDefinition.class, COLLECTION));
    }
}
