package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.elicense.license.domain.LicenseStatus;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The license library: licenses saved through the platform's aggregate store (state and recorded
 * events in one conditional document write), and the queries the use cases need. The unique
 * indexes on the identifier and on the case id are what make "one license per case" and "one
 * renewal per version" hold across instances.
 */
@Component
public class LicenseStore {

    /** The 409 problem code clients have always seen when a license keeps changing under a change. */
    static final String CONCURRENT_CHANGE = "license.concurrent-change";

    private final AggregateStore<License, LicenseDocument> licenses;
    private final MongoTemplate mongo;

    LicenseStore(AggregateStores stores, MongoTemplate mongo) {
        this.licenses = stores.of(mapping());
        this.mongo = mongo;
        IndexOperations indexes = mongo.indexOps(LicenseDocument.class);
        indexes.createIndex(new Index("identifier", Sort.Direction.ASC).unique().named("identifier_unique"));
        indexes.createIndex(
                new Index("caseId", Sort.Direction.ASC).unique().sparse().named("caseId_unique"));
        indexes.createIndex(new Index("holderCode", Sort.Direction.ASC).named("holderCode"));
        indexes.createIndex(new Index("validTo", Sort.Direction.ASC).named("validTo"));
    }

    /**
     * Stores a new license with its {@code LicenseIssued}.
     *
     * @throws DuplicateKeyException when a license with the same id, identifier or case id exists
     */
    License add(License license) {
        return licenses.add(license);
    }

    /** Reads, changes and saves the license, again on a fresh read when it changed meanwhile. */
    License change(String id, Consumer<License> change) {
        return licenses.change(id, change);
    }

    /** As {@link #change}, answering what the change answered. */
    <R> R changeReturning(String id, Function<License, R> change) {
        return licenses.changeReturning(id, change);
    }

    public Optional<License> find(String id) {
        return licenses.find(id);
    }

    public License get(String id) {
        return licenses.get(id);
    }

    public Optional<License> byIdentifier(String identifier) {
        return one(Criteria.where("identifier").is(identifier));
    }

    public Optional<License> byCaseId(String caseId) {
        return one(Criteria.where("caseId").is(caseId));
    }

    /** One page of the licenses held by any of {@code holderCodes}, counted with the same filter. */
    public Page<License> heldBy(Collection<String> holderCodes, Pageable page) {
        Query filter = Query.query(Criteria.where("holderCode").in(holderCodes));
        List<License> content = mongo.find(Query.of(filter).with(page), LicenseDocument.class).stream()
                .map(LicenseDocument::toDomain)
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, LicenseDocument.class));
    }

    /**
     * Valid or suspended licenses whose last valid day is on or before {@code day}, in
     * (validTo, id) order after the given position (keyset paging, so a long list of already
     * reminded licenses never hides the ones behind it).
     */
    List<License> activeEndingBy(LocalDate day, LocalDate afterValidTo, String afterId, int limit) {
        Criteria active = Criteria.where("status")
                .in(LicenseStatus.VALID.name(), LicenseStatus.SUSPENDED.name())
                .and("validTo")
                .lte(day);
        Criteria query = afterValidTo == null
                ? active
                : new Criteria()
                        .andOperator(
                                active,
                                new Criteria()
                                        .orOperator(
                                                Criteria.where("validTo").gt(afterValidTo),
                                                new Criteria()
                                                        .andOperator(
                                                                Criteria.where("validTo")
                                                                        .is(afterValidTo),
                                                                Criteria.where("_id")
                                                                        .gt(afterId))));
        return mongo
                .find(
                        Query.query(query)
                                .with(Sort.by("validTo")
                                        .ascending()
                                        .and(Sort.by("_id").ascending()))
                                .limit(limit),
                        LicenseDocument.class)
                .stream()
                .map(LicenseDocument::toDomain)
                .toList();
    }

    private Optional<License> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), LicenseDocument.class))
                .map(LicenseDocument::toDomain);
    }

    /** How {@link License} is stored: its document, id, version and outbox. */
    static AggregateMapping<License, LicenseDocument> mapping() {
        return AggregateMapping.of(License.class, LicenseDocument.class, "license", Topics.LICENSE)
                .id(License::id)
                .stored(LicenseDocument::of, LicenseDocument::toDomain)
                .versioned(LicenseDocument::version, LicenseDocument::outbox)
                .conflictCode(CONCURRENT_CHANGE);
    }
}
