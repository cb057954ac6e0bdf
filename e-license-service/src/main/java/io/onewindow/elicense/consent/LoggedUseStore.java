package io.onewindow.elicense.consent;

import io.onewindow.elicense.consent.domain.LoggedUse;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The use log: each use stored with its LicenseUsed event through the platform's aggregate store. */
@Component
class LoggedUseStore {

    private final AggregateStore<LoggedUse, LoggedUseDocument> uses;
    private final MongoTemplate mongo;

    LoggedUseStore(AggregateStores stores, MongoTemplate mongo) {
        this.uses = stores.of(mapping());
        this.mongo = mongo;
        mongo.indexOps(LoggedUseDocument.class)
                .createIndex(new Index("licenseId", Sort.Direction.ASC).named("licenseId"));
    }

    LoggedUse add(LoggedUse use) {
        return uses.add(use);
    }

    /** The uses of a license, newest first. */
    List<LoggedUse> ofLicense(String licenseId) {
        return mongo
                .find(
                        Query.query(Criteria.where("licenseId").is(licenseId))
                                .with(Sort.by("usedAt").descending()),
                        LoggedUseDocument.class)
                .stream()
                .map(LoggedUseDocument::toDomain)
                .toList();
    }

    /** How {@link LoggedUse} is stored: its document, id, version and outbox. */
    static AggregateMapping<LoggedUse, LoggedUseDocument> mapping() {
        return AggregateMapping.of(LoggedUse.class, LoggedUseDocument.class, "license-use", Topics.LICENSE)
                .id(LoggedUse::id)
                .stored(LoggedUseDocument::of, LoggedUseDocument::toDomain)
                .versioned(LoggedUseDocument::version, LoggedUseDocument::outbox);
    }
}
