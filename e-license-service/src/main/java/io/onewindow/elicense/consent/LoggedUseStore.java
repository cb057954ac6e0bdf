package io.onewindow.elicense.consent;

import io.onewindow.elicense.consent.domain.LoggedUse;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
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

    /** One page of the uses of a license, counted with the same filter. */
    Page<LoggedUse> ofLicense(String licenseId, Pageable page) {
        Query filter = Query.query(Criteria.where("licenseId").is(licenseId));
        List<LoggedUse> content = mongo.find(Query.of(filter).with(page), LoggedUseDocument.class).stream()
                .map(LoggedUseDocument::toDomain)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, LoggedUseDocument.class));
    }

    /** How {@link LoggedUse} is stored: its document, id, version and outbox. */
    static AggregateMapping<LoggedUse, LoggedUseDocument> mapping() {
        return AggregateMapping.of(LoggedUse.class, LoggedUseDocument.class, "license-use", Topics.LICENSE)
                .id(LoggedUse::id)
                .stored(LoggedUseDocument::of, LoggedUseDocument::toDomain)
                .versioned(LoggedUseDocument::version, LoggedUseDocument::outbox);
    }
}
