package io.onewindow.approval.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
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
        this.versions = stores.of(new MatterVersionMapping());
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

    /** The version under {@code matter}, with code, number, status and department at the top for queries. */
    static final class MatterVersionMapping implements AggregateMapping<MatterVersion, MatterVersionDocument> {

        @Override
        public Class<MatterVersionDocument> documentType() {
            return MatterVersionDocument.class;
        }

        @Override
        public String id(MatterVersion aggregate) {
            return MatterVersionDocument.idOf(aggregate.code(), aggregate.version());
        }

        @Override
        public MatterVersionDocument toDocument(MatterVersion aggregate, long version, List<OutboxEntry> outbox) {
            return MatterVersionDocument.of(aggregate, version, outbox);
        }

        @Override
        public MatterVersion toAggregate(MatterVersionDocument document) {
            return document.matter;
        }

        @Override
        public Long version(MatterVersionDocument document) {
            return document.version;
        }

        @Override
        public List<OutboxEntry> outbox(MatterVersionDocument document) {
            return document.outbox;
        }

        @Override
        public String topic() {
            return Topics.APPROVAL;
        }

        @Override
        public String kind() {
            return "matter version";
        }
    }
}
