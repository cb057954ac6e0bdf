package io.onewindow.approval.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The catalog's versions, each written through the platform's aggregate store; id {@code code@number}. */
@Component
class MatterVersionStore {

    private final AggregateStore<MatterVersion, MatterVersionDocument> versions;
    private final MongoOperations mongo;

    MatterVersionStore(AggregateStores stores, MongoOperations mongo) {
        this.versions = stores.of(mapping());
        this.mongo = mongo;
    }

    /**
     * Stores a new version with its events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the version exists
     */
    MatterVersion add(MatterVersion version) {
        return versions.add(version);
    }

    /** Reads, changes and writes a version, or 404 {@code matter version}. */
    MatterVersion change(String code, int number, Consumer<MatterVersion> change) {
        return versions.change(MatterVersionDocument.idOf(code, number), change);
    }

    /** Every version of a matter, newest first. */
    List<MatterVersion> versionsOf(String code) {
        return find(query(where("code").is(code)).with(Sort.by(Sort.Direction.DESC, "number")));
    }

    /** Every version in {@code status}. */
    List<MatterVersion> inStatus(String status) {
        return find(query(where("status").is(status)));
    }

    private List<MatterVersion> find(Query query) {
        return mongo.find(query, MatterVersionDocument.class).stream()
                .map(versions::toAggregate)
                .toList();
    }

    /** How {@link MatterVersion} is stored: its document, id, version and outbox. */
    static AggregateMapping<MatterVersion, MatterVersionDocument> mapping() {
        return AggregateMapping.of(MatterVersion.class, MatterVersionDocument.class, "matter version", Topics.APPROVAL)
                .id(aggregate -> MatterVersionDocument.idOf(aggregate.code(), aggregate.version()))
                .stored(MatterVersionDocument::of, document -> document.matter)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
