package io.onewindow.elicense.consent;

import io.onewindow.elicense.consent.domain.ReadRefusal;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Refused duty reads, each stored with its LicenseReadRefused event through the platform's aggregate store. */
@Component
class ReadRefusalStore {

    private final AggregateStore<ReadRefusal, ReadRefusalDocument> refusals;

    ReadRefusalStore(AggregateStores stores, MongoTemplate mongo) {
        this.refusals = stores.of(mapping());
        mongo.indexOps(ReadRefusalDocument.class)
                .createIndex(new Index("readerUsername", Sort.Direction.ASC).named("readerUsername"));
    }

    ReadRefusal add(ReadRefusal refusal) {
        return refusals.add(refusal);
    }

    static AggregateMapping<ReadRefusal, ReadRefusalDocument> mapping() {
        return AggregateMapping.of(ReadRefusal.class, ReadRefusalDocument.class, "license-read-refusal", Topics.LICENSE)
                .id(ReadRefusal::id)
                .stored(ReadRefusalDocument::of, ReadRefusalDocument::toDomain)
                .versioned(ReadRefusalDocument::version, ReadRefusalDocument::outbox);
    }
}
